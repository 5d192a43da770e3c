import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { requireViewer } from '../auth/viewer.ts';
import { notFound } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { canReadRequest } from '../mutations/request-access.ts';

export const photoParams = z.strictObject({ id: z.uuid(), photoId: z.uuid() });

/**
 * Sends a stored photo. A photo never changes under its id, so the browser may keep it privately
 * for a long time; `Vary: Authorization` keeps a shared cache from handing it to someone else.
 */
export function sendPhoto(
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

export default async function requestRoutes(app: FastifyInstance) {
  const { db } = app.ctx;
  const auth = requireViewer(db);

  /**
   * A photo of a request, to exactly those who may read the request (pull rule 2). The app fetches
   * it with its bearer token and shows it through an object URL.
   */
  app.get('/api/requests/:id/photos/:photoId', { preHandler: auth }, async (req, reply) => {
    const p = parse(photoParams, req.params);
    const [row] = await db.query<{
      mime: string;
      bytes: Uint8Array;
      user_id: string;
      org_id: string;
      category: string;
    }>(
      `SELECT ph.mime, ph.bytes, r.user_id, r.org_id, r.category
         FROM request_photos ph JOIN requests r ON r.id = ph.request_id
        WHERE ph.id = $1 AND ph.request_id = $2`,
      [p.photoId, p.id],
    );
    // Not readable and not there answer alike, so an id tells nobody whether a request exists.
    if (!row || !canReadRequest(req.viewer, row)) throw notFound('No such photo.');
    return sendPhoto(req, reply, p.photoId, row);
  });
}
