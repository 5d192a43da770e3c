import type { FastifyInstance } from 'fastify';
import { servePhotos } from './photos.ts';

export default async function checklistRoutes(app: FastifyInstance) {
  /**
   * An evidence photo of a branch's entered indicator, to exactly those pull sends the entry to:
   * organizers and admins of the branch and above.
   */
  servePhotos<{ mime: string; bytes: Uint8Array; org_id: string }>(
    app,
    '/api/checklist/assessments/:id/photos/:photoId',
    `SELECT ph.mime, ph.bytes, a.org_id
       FROM checklist_photos ph JOIN checklist_assessments a ON a.id = ph.assessment_id
      WHERE ph.id = $1 AND ph.assessment_id = $2`,
    (viewer, row) => viewer.managedOrgs.includes(row.org_id),
  );
}
