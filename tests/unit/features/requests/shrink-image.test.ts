import { describe, expect, it } from 'vitest';
import {
  fitWithin,
  PhotoTooLargeError,
  sendAsIs,
  shrinkToLimit,
  smallerOf,
} from '../../../../src/features/requests/shrink-image.ts';
import { MAX_PHOTO_BYTES } from '../../../../src/shared/mutations/requests.ts';

/** An encoder whose output grows with the pixels and the quality, like JPEG roughly does. */
const fakeEncoder = (bytesPerPixel: number) => {
  const calls: [number, number, number][] = [];
  const encode = async (w: number, h: number, q: number) => {
    calls.push([w, h, q]);
    return { size: Math.round(w * h * q * bytesPerPixel) };
  };
  return { encode, calls };
};

describe('shrinkToLimit', () => {
  it('keeps the aspect ratio and never enlarges', () => {
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  });

  it('returns the first encoding under the limit, trying quality before size', async () => {
    const { encode, calls } = fakeEncoder(0.15);
    const blob = await shrinkToLimit(4032, 3024, encode);
    expect(blob.size).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
    // 1600x1200 at 0.82 is ~231 KiB, at 0.7 ~197 KiB: one step down in quality, same size
    expect(calls).toEqual([
      [1600, 1200, 0.82],
      [1600, 1200, 0.7],
    ]);
  });

  it('shrinks the picture when lower quality is not enough', async () => {
    const { encode, calls } = fakeEncoder(1);
    const blob = await shrinkToLimit(4000, 3000, encode);
    expect(blob.size).toBeLessThanOrEqual(MAX_PHOTO_BYTES);
    expect(calls.at(-1)![0]).toBeLessThan(1600);
  });

  it('gives up with a clear error when nothing fits', async () => {
    const { encode } = fakeEncoder(100);
    await expect(shrinkToLimit(4000, 3000, encode)).rejects.toBeInstanceOf(PhotoTooLargeError);
  });

  it('sends a small picture as it is, and never a "compressed" one larger than the original', () => {
    // A 43 KB PNG screenshot that came out of the JPEG encoder as 111 KB.
    const png = { size: 43 * 1024, type: 'image/png' };
    const jpeg = { size: 111 * 1024, type: 'image/jpeg' };
    expect(sendAsIs(png, 1080, 720)).toBe(true);
    expect(smallerOf(png, jpeg)).toBe(png);
    // Too large to keep, too big an edge, or a type the server does not take: compressed.
    expect(sendAsIs({ size: MAX_PHOTO_BYTES + 1, type: 'image/png' }, 800, 600)).toBe(false);
    expect(sendAsIs(png, 4000, 3000)).toBe(false);
    expect(sendAsIs({ size: 40_000, type: 'image/heic' }, 800, 600)).toBe(false);
    expect(smallerOf({ size: 900_000, type: 'image/png' }, jpeg)).toBe(jpeg);
    expect(smallerOf({ size: 40_000, type: 'image/heic' }, jpeg)).toBe(jpeg);
  });
});
