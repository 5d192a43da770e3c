import type { FastifyInstance } from 'fastify';
import { requireViewer } from '../auth/viewer.ts';
import { notFound } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { canReadVisit } from '../mutations/visit-data.ts';
import { photoParams, sendPhoto } from './requests.ts';

export default async function visitRoutes(app: FastifyInstance) {
  const { db } = app.ctx;
  const auth = requireViewer(db);

  /**
   * A photo of an instructor's visit, to exactly those pull sends the visit to (the firm's
   * instructor, organizers above the firm, admins). Anyone else gets the 404 a missing photo gets.
   */
  app.get('/api/visits/:id/photos/:photoId', { preHandler: auth }, async (req, reply) => {
    const p = parse(photoParams, req.params);
    const [row] = await db.query<{
      mime: string;
      bytes: Uint8Array;
      instructor_id: string | null;
      user_id: string;
      org_id: string;
    }>(
      `SELECT ph.mime, ph.bytes, v.instructor_id, v.user_id, v.org_id
         FROM visit_photos ph JOIN visits v ON v.id = ph.visit_id
        WHERE ph.id = $1 AND ph.visit_id = $2`,
      [p.photoId, p.id],
    );
    if (!row || !canReadVisit(req.viewer, row)) throw notFound('No such photo.');
    return sendPhoto(req, reply, p.photoId, row);
  });
}
