import type { FastifyInstance } from 'fastify';
import { canReadVisit } from '../mutations/visit-data.ts';
import { servePhotos } from './photos.ts';

export default async function visitRoutes(app: FastifyInstance) {
  /**
   * A photo of an instructor's visit, to exactly those pull sends the visit to (the firm's
   * instructor, organizers above the firm, admins).
   */
  servePhotos<{
    mime: string;
    bytes: Uint8Array;
    instructor_id: string | null;
    user_id: string;
    org_id: string;
  }>(
    app,
    '/api/visits/:id/photos/:photoId',
    `SELECT ph.mime, ph.bytes, v.instructor_id, v.user_id, v.org_id
       FROM visit_photos ph JOIN visits v ON v.id = ph.visit_id
      WHERE ph.id = $1 AND ph.visit_id = $2`,
    canReadVisit,
  );
}
