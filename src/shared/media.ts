// Kept apart from the lesson mutations' schemas so that a screen which only checks a file before
// uploading it does not load the schema library (docs/performance.md, "Offline start").

/** Media a lesson may carry, and the upload limit (the server answers 400 / 413 beyond). */
export const MEDIA_MIME = [
  'audio/mpeg',
  'audio/mp4',
  'audio/ogg',
  'audio/wav',
  'video/mp4',
  'image/jpeg',
  'image/png',
  'image/webp',
] as const;
export type MediaMime = (typeof MEDIA_MIME)[number];
export const MAX_MEDIA_BYTES = 20 * 1024 * 1024;
