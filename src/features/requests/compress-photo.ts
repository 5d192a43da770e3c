import { uuidv7 } from '../../shared/ids.ts';
import { isPhotoMime, sendAsIs, shrinkToLimit, smallerOf, type PhotoMime } from './shrink-image.ts';

export interface QueuedPhoto {
  id: string;
  mime: PhotoMime;
  /** base64 without the data: prefix, as request.create carries it */
  data: string;
  bytes: number;
}

async function decode(file: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === 'function') {
    try {
      // honours the EXIF orientation, so portrait phone photos do not arrive on their side
      return await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch {
      /* older Safari: fall back to an <img> */
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/**
 * Resizes and recompresses a picked photo on the phone with a canvas, before it is queued: the
 * outbox and the push stay small, and the server's 200 KB limit is met before going offline.
 * A file that is already small is queued as it is, and a re-encoding that came out larger than
 * the original is dropped for it.
 */
export async function compressPhoto(file: Blob): Promise<QueuedPhoto> {
  const image = await decode(file);
  const width = 'naturalWidth' in image ? image.naturalWidth : image.width;
  const height = 'naturalHeight' in image ? image.naturalHeight : image.height;
  if (sendAsIs(file, width, height)) {
    if ('close' in image) image.close();
    return queued(file);
  }
  const canvas = document.createElement('canvas');
  const blob = await shrinkToLimit(width, height, async (w, h, quality) => {
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    // JPEG has no transparency: a white ground keeps transparent PNGs readable.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(image, 0, 0, w, h);
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('encode failed'))),
        'image/jpeg',
        quality,
      ),
    );
  });
  if ('close' in image) image.close();
  return queued(smallerOf(file, blob));
}

async function queued(blob: Blob): Promise<QueuedPhoto> {
  const mime = isPhotoMime(blob.type) ? blob.type : 'image/jpeg';
  return { id: uuidv7(), mime, data: await blobToBase64(blob), bytes: blob.size };
}
