import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { requireViewer, type Viewer } from '../auth/viewer.ts';
import { notFound } from '../http/errors.ts';
import { parse } from '../http/parse.ts';

const photoParams = z.strictObject({ id: z.uuid(), photoId: z.uuid() });

/**
 * Sends a stored photo. A photo never changes under its id, so the browser may keep it privately
 * for a long time; `Vary: Authorization` keeps a shared cache from handing it to someone else.
 */
function sendPhoto(
  req: FastifyRequest,
  reply: FastifyReply,
  photoId: string,
  photo: { mime: string; bytes: Uint8Array },
) {
  const etag = `"${photoId}"`;
  reply
    .header('cache-control', 'private, max-age=31536000, immutable')
    .header('vary', 'Authorization')
    .header('etag', etag);
  if (req.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.type(photo.mime).send(Buffer.from(photo.bytes));
}

/**
 * `GET <path>` (with `:id` and `:photoId`) answering the photo `sql` finds (its parameters: the
 * photo id, then the record id) to exactly those `mayRead` lets through, the ones pull sends the
 * record to. Not readable and not there answer alike (404), so an id tells nobody whether a
 * record exists. The app fetches it with its bearer token and shows it through an object URL.
 */
export function servePhotos<R extends { mime: string; bytes: Uint8Array }>(
  app: FastifyInstance,
  path: string,
  sql: string,
  mayRead: (viewer: Viewer, row: R) => boolean,
) {
  const { db } = app.ctx;
  app.get(path, { preHandler: requireViewer(db) }, async (req, reply) => {
    const p = parse(photoParams, req.params);
    const [row] = await db.query<R>(sql, [p.photoId, p.id]);
    if (!row || !mayRead(req.viewer, row)) throw notFound('No such photo.');
    return sendPhoto(req, reply, p.photoId, row);
  });
}
