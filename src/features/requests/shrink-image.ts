import { MAX_PHOTO_BYTES, PHOTO_MIME } from '../../shared/mutations/requests.ts';

/** The long edge a photo starts at: plenty for a document or a broken tap, small to send. */
export const START_EDGE = 1600;
const QUALITIES = [0.82, 0.7, 0.58, 0.46];
const MIN_EDGE = 320;

export type Encode<B extends { size: number }> = (
  width: number,
  height: number,
  quality: number,
) => Promise<B>;

export class PhotoTooLargeError extends Error {
  constructor() {
    super('photo_too_large');
  }
}

/** Size scaled so its long edge is at most `edge`, never enlarged. */
export function fitWithin(width: number, height: number, edge: number) {
  const scale = Math.min(1, edge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * Finds an encoding of at most `limit` bytes: lower the JPEG quality step by step, then the size,
 * so a photo stays as sharp as the limit allows. Gives up below a useful size.
 */
export async function shrinkToLimit<B extends { size: number }>(
  width: number,
  height: number,
  encode: Encode<B>,
  limit = MAX_PHOTO_BYTES,
): Promise<B> {
  let edge = Math.min(START_EDGE, Math.max(width, height));
  while (edge >= MIN_EDGE) {
    const size = fitWithin(width, height, edge);
    for (const q of QUALITIES) {
      const blob = await encode(size.width, size.height, q);
      if (blob.size <= limit) return blob;
    }
    edge = Math.floor(edge * 0.7);
  }
  throw new PhotoTooLargeError();
}

export type PhotoMime = (typeof PHOTO_MIME)[number];

export const isPhotoMime = (type: string): type is PhotoMime =>
  (PHOTO_MIME as readonly string[]).includes(type);

/**
 * A picked file the server would take as it is: one of its image types, within the byte limit and
 * no larger than a photo is resized to. Re-encoding such a file only costs quality, and a PNG
 * (a screenshot, a diagram) usually grows as a JPEG.
 */
export function sendAsIs(
  file: { size: number; type: string },
  width: number,
  height: number,
  limit = MAX_PHOTO_BYTES,
): boolean {
  return isPhotoMime(file.type) && file.size <= limit && Math.max(width, height) <= START_EDGE;
}

/** Never sends a "compressed" photo larger than the original the server would have taken. */
export function smallerOf<B extends { size: number }>(
  original: B & { type: string },
  compressed: B,
  limit = MAX_PHOTO_BYTES,
): B {
  return isPhotoMime(original.type) && original.size <= limit && original.size <= compressed.size
    ? original
    : compressed;
}
