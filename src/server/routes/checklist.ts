import type { FastifyInstance } from 'fastify';
import { requireViewer } from '../auth/viewer.ts';
import { notFound } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { photoParams, sendPhoto } from './requests.ts';

export default async function checklistRoutes(app: FastifyInstance) {
  const { db } = app.ctx;
  const auth = requireViewer(db);

  /**
   * An evidence photo of a branch's entered indicator, to exactly those pull sends the entry to:
   * organizers and admins of the branch and above. Anyone else gets the 404 a missing photo gets.
   */
  app.get(
    '/api/checklist/assessments/:id/photos/:photoId',
    { preHandler: auth },
    async (req, reply) => {
      const p = parse(photoParams, req.params);
      const [row] = await db.query<{ mime: string; bytes: Uint8Array; org_id: string }>(
        `SELECT ph.mime, ph.bytes, a.org_id
         FROM checklist_photos ph JOIN checklist_assessments a ON a.id = ph.assessment_id
        WHERE ph.id = $1 AND ph.assessment_id = $2`,
        [p.photoId, p.id],
      );
      if (!row || !req.viewer.managedOrgs.includes(row.org_id)) throw notFound('No such photo.');
      return sendPhoto(req, reply, p.photoId, row);
    },
  );
}
