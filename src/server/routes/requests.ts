import type { FastifyInstance } from 'fastify';
import { canReadRequest } from '../mutations/request-access.ts';
import { servePhotos } from './photos.ts';

export default async function requestRoutes(app: FastifyInstance) {
  /** A photo of a request, to exactly those who may read the request (pull rule 2). */
  servePhotos<{
    mime: string;
    bytes: Uint8Array;
    user_id: string;
    org_id: string;
    category: string;
  }>(
    app,
    '/api/requests/:id/photos/:photoId',
    `SELECT ph.mime, ph.bytes, r.user_id, r.org_id, r.category
       FROM request_photos ph JOIN requests r ON r.id = ph.request_id
      WHERE ph.id = $1 AND ph.request_id = $2`,
    canReadRequest,
  );
}
