import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { existingOwner, one, visibleFrom } from './records.ts';
import { emitRequest, recordEvent } from './request-data.ts';
import { emitVisit } from './visit-data.ts';
import { decodeNewPhotos } from './request-photos.ts';
import { VISIT_AT_LEAD_MS } from '../../shared/visits/rules.ts';

interface FirmRow {
  org_id: string;
  instructor_id: string | null;
}

/**
 * An instructor's contact with a firm (docs/sync-protocol.md "Mutations, v1.1"): the firm's
 * instructor or an organizer above the firm logs it. Each problem becomes a request with the
 * problem's id, filed for the firm (org = the firm's org, requester = whoever logged the visit),
 * routed to its service group, in the same transaction. Push rule 7: the same visit again changes
 * nothing; a visit, problem or photo id someone else's record has is `conflict`. Photos are
 * checked as a request's are (decodeNewPhotos) and read back through GET /api/visits/:id/photos/:photoId.
 */
export default defineMutation({
  name: 'visit.log',
  async authorize({ tx, viewer }, args) {
    const firm = await one<FirmRow>(tx, 'SELECT org_id, instructor_id FROM firms WHERE id = $1', [
      args.firmId,
    ]);
    const instructs = !!firm && firm.instructor_id === viewer.id;
    const sees =
      !!firm &&
      (instructs ||
        visibleFrom(viewer.orgPath, firm.org_id) ||
        viewer.managedOrgs.includes(firm.org_id));
    if (!firm || !sees) throw new Reject('not_found', 'No such firm.');
    if (!instructs && !(isOrganizer(viewer) && viewer.managedOrgs.includes(firm.org_id))) {
      throw new Reject(
        'forbidden',
        "Only the firm's instructor or an organizer above it logs visits.",
      );
    }
  },
  async apply({ tx, viewer, now }, args) {
    const owner = await existingOwner(tx, 'visits', args.id);
    if (owner === viewer.id) return; // push rule 7: the same create again changes nothing
    if (owner !== undefined) throw new Reject('conflict', 'This id belongs to another record.');
    if (Date.parse(args.at) > now.getTime() + VISIT_AT_LEAD_MS) {
      throw new Reject('invalid_request', 'A visit cannot lie in the future.');
    }
    const problems = args.problems ?? [];
    const ids = problems.map((p) => p.id);
    if (new Set([...ids, args.id]).size !== ids.length + 1) {
      throw new Reject('invalid_request', 'Two problems (or a problem and the visit) share an id.');
    }
    if (ids.length) {
      const taken = await tx.query('SELECT 1 FROM requests WHERE id = ANY($1::uuid[])', [ids]);
      if (taken.length) throw new Reject('conflict', "A problem's id belongs to another record.");
    }
    const photos = await decodeNewPhotos(tx, 'visit_photos', args.photos);
    const firm = (await one<FirmRow>(tx, 'SELECT org_id, instructor_id FROM firms WHERE id = $1', [
      args.firmId,
    ]))!;
    await tx.query(
      `INSERT INTO visits (id, firm_id, org_id, user_id, instructor_id, at, kind, notes, met, answers,
                           created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $11)`,
      [
        args.id,
        args.firmId,
        firm.org_id,
        viewer.id,
        firm.instructor_id,
        args.at,
        args.kind,
        args.notes,
        args.met || null,
        JSON.stringify(args.answers ?? []),
        now,
      ],
    );
    for (const [i, p] of photos.entries()) {
      await tx.query(
        `INSERT INTO visit_photos (id, visit_id, position, mime, bytes, size, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [p.id, args.id, i, p.mime, p.bytes, p.bytes.length, now],
      );
    }
    for (const [i, p] of problems.entries()) {
      // A millisecond apart, so the requests keep the order the instructor wrote them in.
      const at = new Date(now.getTime() + i);
      const r = { id: p.id, user_id: viewer.id, org_id: firm.org_id, category: p.category };
      await tx.query(
        `INSERT INTO requests (id, user_id, org_id, category, title, body, visit_id, firm_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
        [r.id, r.user_id, r.org_id, r.category, p.title, p.body, args.id, args.firmId, at],
      );
      await recordEvent(tx, r, null, 'submitted', viewer, null, at);
      await emitRequest(tx, r.id);
    }
    await emitVisit(tx, args.id);
  },
});
