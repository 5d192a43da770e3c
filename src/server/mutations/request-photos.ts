import { MAX_PHOTO_BYTES, type PHOTO_MIME } from '../../shared/mutations/requests.ts';
import type { Tx } from '../database/db.ts';
import { Reject } from './types.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The first bytes every file of a type starts with: the bytes must be the image they claim to be. */
const MAGIC: Record<(typeof PHOTO_MIME)[number], (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' &&
    b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** Decodes photo `n` (1-based, for the message) or refuses it with a reason the member can act on. */
export function decodePhoto(
  p: { mime: (typeof PHOTO_MIME)[number]; data: string },
  n: number,
): Buffer {
  if (p.data.length % 4 !== 0 || !BASE64.test(p.data)) {
    throw new Reject('invalid_request', `Photo ${n} is not valid base64.`);
  }
  const bytes = Buffer.from(p.data, 'base64');
  if (bytes.length === 0) throw new Reject('invalid_request', `Photo ${n} is empty.`);
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw new Reject(
      'invalid_request',
      `Photo ${n} is ${Math.ceil(bytes.length / 1024)} KB; at most ${MAX_PHOTO_BYTES / 1024} KB is allowed.`,
    );
  }
  if (!MAGIC[p.mime](bytes)) {
    throw new Reject(
      'invalid_request',
      `Photo ${n} is not a ${p.mime.slice(6).toUpperCase()} image.`,
    );
  }
  return bytes;
}

/** Decodes photos in the order given, refusing two with one id (`invalid_request`). */
export function decodePhotos<
  P extends { id: string; mime: (typeof PHOTO_MIME)[number]; data: string },
>(photos: readonly P[] = []): (P & { bytes: Buffer })[] {
  const decoded = photos.map((p, i) => ({ ...p, bytes: decodePhoto(p, i + 1) }));
  if (new Set(decoded.map((p) => p.id)).size !== decoded.length) {
    throw new Reject('invalid_request', 'Two photos have the same id.');
  }
  return decoded;
}

/**
 * Decodes the photos of a new record (a request, a visit) before its first write, so a refusal
 * stores nothing: two photos with one id are `invalid_request`, an id that a photo of `table`
 * already has is `conflict`.
 */
export async function decodeNewPhotos<
  P extends { id: string; mime: (typeof PHOTO_MIME)[number]; data: string },
>(
  tx: Tx,
  table: 'request_photos' | 'visit_photos',
  photos: readonly P[] = [],
): Promise<(P & { bytes: Buffer })[]> {
  const decoded = decodePhotos(photos);
  if (decoded.length) {
    const taken = await tx.query(`SELECT 1 FROM ${table} WHERE id = ANY($1::uuid[])`, [
      decoded.map((p) => p.id),
    ]);
    if (taken.length) throw new Reject('conflict', 'A photo id belongs to another record.');
  }
  return decoded;
}
