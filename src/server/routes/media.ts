import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../database/db.ts';
import { bearer, isOrganizer, loadViewer, requireViewer } from '../auth/viewer.ts';
import { ApiError, badRequest, forbidden, notFound } from '../http/errors.ts';
import { MAX_MEDIA_BYTES, MEDIA_MIME, type MediaMime } from '../../shared/mutations/lessons.ts';
import { mediaUrl } from '../mutations/lesson-data.ts';

/**
 * Lesson media: upload (organizers) and download with Range support.
 *
 * Who may read a file. Media ids are the SHA-256 of the bytes, so an id cannot be guessed by
 * anyone who does not already hold the file, and ids are handed out only inside lesson records,
 * which pull delivers by the visibility rules (docs/sync-protocol.md pull rule 2). Lesson media is not secret
 * inside the district, and the service worker fetches it without an Authorization header to store
 * it for offline use, so a file that some live (not withdrawn) lesson uses is served to anyone who
 * presents its id: the id is the capability. Withdrawing the last lesson that uses a file ends
 * that. A file no live lesson uses yet (just uploaded, not yet published) is served only to a
 * signed-in organizer who manages the org it was uploaded in.
 */

/** Read from the database in slices, so a 20 MB video never sits whole in the server's memory. */
const CHUNK = 256 * 1024;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ID_RE = /^[0-9a-f]{64}$/;

const isMediaMime = (m: string): m is MediaMime => (MEDIA_MIME as readonly string[]).includes(m);

const ascii = (b: Buffer, start: number, s: string) =>
  b.length >= start + s.length && b.toString('latin1', start, start + s.length) === s;

/** Checks the bytes really are what the Content-Type says (the first bytes of each format). */
export function sniffMatches(mime: MediaMime, b: Buffer): boolean {
  switch (mime) {
    case 'audio/mpeg':
      return ascii(b, 0, 'ID3') || (b.length > 1 && b[0] === 0xff && (b[1]! & 0xe0) === 0xe0);
    case 'audio/mp4':
    case 'video/mp4':
      return ascii(b, 4, 'ftyp');
    case 'audio/ogg':
      return ascii(b, 0, 'OggS');
    case 'audio/wav':
      return ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE');
    case 'image/jpeg':
      return b.length > 2 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
    case 'image/png':
      return ascii(b, 1, 'PNG') && b[0] === 0x89;
    case 'image/webp':
      return ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP');
  }
}

export type ByteRange = { start: number; end: number };

/**
 * Parses a `Range` header against a file of `size` bytes (RFC 9110 14.1.2). Returns null to
 * ignore it (not bytes, several ranges: the whole file is an allowed answer), 'unsatisfiable'
 * for 416, or the inclusive range.
 */
export function parseRange(header: string, size: number): ByteRange | 'unsatisfiable' | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return null;
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return null;
  if (a === '') {
    const n = Number(b);
    if (n === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(a);
  if (start >= size) return 'unsatisfiable';
  const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  if (end < start) return null;
  return { start, end };
}

function toBuffer(v: unknown): Buffer {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  throw new Error('unexpected bytea value');
}

function streamBytes(db: Db, id: string, start: number, end: number): Readable {
  return Readable.from(
    (async function* () {
      for (let at = start; at <= end; at += CHUNK) {
        const len = Math.min(CHUNK, end - at + 1);
        const [row] = await db.query<{ part: unknown }>(
          'SELECT substring(data FROM $2 FOR $3) AS part FROM media WHERE id = $1',
          [id, at + 1, len],
        );
        if (!row) throw new Error('media vanished');
        yield toBuffer(row.part);
      }
    })(),
  );
}

async function mayReadUnpublished(db: Db, req: FastifyRequest, orgId: string) {
  const token = bearer(req);
  const viewer = token ? await loadViewer(db, token) : null;
  return !!viewer && isOrganizer(viewer) && viewer.managedOrgs.includes(orgId);
}

async function serveMedia(db: Db, req: FastifyRequest, reply: FastifyReply) {
  const { id } = req.params as { id: string };
  if (!ID_RE.test(id)) throw badRequest('A media id is 64 hexadecimal characters.');
  const [media] = await db.query<{ mime: string; bytes: number; org_id: string; live: boolean }>(
    `SELECT mime, bytes, org_id, EXISTS (
        SELECT 1 FROM lesson_media lm JOIN lessons l ON l.id = lm.lesson_id
         WHERE lm.media_id = m.id AND NOT l.withdrawn) AS live
       FROM media m WHERE id = $1`,
    [id],
  );
  if (!media) throw notFound('No such media.');
  if (!media.live && !(await mayReadUnpublished(db, req, media.org_id))) {
    throw notFound('No such media.');
  }
  const etag = `"${id}"`;
  reply
    .header('accept-ranges', 'bytes')
    .header('etag', etag)
    .header('cache-control', media.live ? IMMUTABLE : 'private, no-store')
    .header('content-type', media.mime);
  const inm = req.headers['if-none-match'];
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    return reply.status(304).send();
  }
  const size = media.bytes;
  const rangeHeader = req.headers.range;
  const ifRange = req.headers['if-range'];
  // If-Range with another validator: the client's copy is stale, so it gets the whole file.
  const range =
    rangeHeader && (!ifRange || ifRange === etag) ? parseRange(rangeHeader, size) : null;
  if (range === 'unsatisfiable') {
    return reply
      .status(416)
      .header('content-range', `bytes */${size}`)
      .header('content-type', 'application/json; charset=utf-8')
      .send({
        error: { code: 'range_not_satisfiable', message: `The file has ${size} bytes.` },
      });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  if (range) reply.status(206).header('content-range', `bytes ${start}-${end}/${size}`);
  reply.header('content-length', String(end - start + 1));
  if (req.method === 'HEAD' || size === 0) return reply.send();
  return reply.send(streamBytes(db, id, start, end));
}

export default async function mediaRoutes(app: FastifyInstance) {
  const { db } = app.ctx;

  app.get('/api/media/:id', { exposeHeadRoute: true }, (req, reply) => serveMedia(db, req, reply));

  // Uploads arrive as the raw file; every type is read as bytes here and checked in the handler,
  // so a wrong type gets a clear 400 rather than a generic parser error.
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: MAX_MEDIA_BYTES },
    (_r, body, done) => done(null, body),
  );

  app.post(
    '/api/media',
    {
      bodyLimit: MAX_MEDIA_BYTES,
      // Refuse an oversized upload from its Content-Length, before reading 20 MB for nothing.
      onRequest: async (req) => {
        const len = Number(req.headers['content-length'] ?? 0);
        if (len > MAX_MEDIA_BYTES) throw tooLarge();
      },
      preHandler: requireViewer(db),
    },
    async (req, reply) => {
      const viewer = req.viewer;
      if (!isOrganizer(viewer)) throw forbidden('Only organizers can upload lesson media.');
      const mime = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!isMediaMime(mime)) {
        throw badRequest(`Files of type "${mime || 'unknown'}" cannot be uploaded.`, {
          allowed: MEDIA_MIME,
        });
      }
      const body = req.body;
      if (!Buffer.isBuffer(body) || body.length === 0) throw badRequest('The file is empty.');
      if (body.length > MAX_MEDIA_BYTES) throw tooLarge();
      if (!sniffMatches(mime, body)) {
        throw badRequest(`The file's content is not ${mime}.`);
      }
      const id = createHash('sha256').update(body).digest('hex');
      await db.query(
        `INSERT INTO media (id, mime, bytes, data, org_id, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO NOTHING`,
        [id, mime, body.length, body, viewer.orgId, viewer.id],
      );
      return reply.status(201).send({ id, url: mediaUrl(id), mime, bytes: body.length });
    },
  );
}

const tooLarge = () =>
  new ApiError(
    413,
    'payload_too_large',
    `A media file may be at most ${MAX_MEDIA_BYTES / 1024 / 1024} MB.`,
    { maxBytes: MAX_MEDIA_BYTES },
  );
