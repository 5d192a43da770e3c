import { defineMutation, Reject } from './types.ts';
import type { MutationContext } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one, visibleFrom } from './records.ts';
import { emitDiscussion, nearestCommon } from './duty-data.ts';
import { discussionProblem } from '../../shared/visits/duties.ts';

interface FirmRow {
  id: string;
  org_id: string;
  instructor_id: string | null;
  path: string[];
}
interface DiscussionRow {
  instructor_id: string;
  org_id: string;
  at: Date;
  place: string;
  topic: string;
  firm_ids: string[];
  notes: string;
  held: boolean;
}

async function load({ tx, viewer }: MutationContext, id: string, firmIds: string[]) {
  const existing = await one<DiscussionRow>(
    tx,
    'SELECT instructor_id, org_id, at, place, topic, firm_ids, notes, held FROM discussions WHERE id = $1',
    [id],
  );
  const firms = await tx.query<FirmRow>(
    `SELECT f.id, f.org_id, f.instructor_id, o.path
       FROM firms f JOIN orgs o ON o.id = f.org_id WHERE f.id = ANY($1::uuid[])`,
    [firmIds],
  );
  const manages = (orgId: string) => isOrganizer(viewer) && viewer.managedOrgs.includes(orgId);
  return { existing, firms, manages };
}

/**
 * The half-yearly group discussion (docs/sync-protocol.md "Mutations, v1.1"; docs/organisation.md
 * "Instructors"). Its instructor, or an organizer above all its firms, plans it and later saves it
 * again as held with the minutes. Every firm must be one the caller sees (`not_found`) and, for a
 * new discussion or a firm added later, one the discussion's instructor looks after now
 * (`invalid_request`). An id of a discussion the caller does not receive is `conflict`; the same
 * save again changes nothing.
 */
export default defineMutation({
  name: 'discussion.save',
  async authorize(ctx, args) {
    const { viewer } = ctx;
    const { existing, firms, manages } = await load(ctx, args.id, args.firmIds);
    if (existing && existing.instructor_id !== viewer.id && !manages(existing.org_id)) {
      throw new Reject('conflict', 'This id belongs to another record.');
    }
    const sees = (f: FirmRow) =>
      f.instructor_id === viewer.id ||
      visibleFrom(viewer.orgPath, f.org_id) ||
      viewer.managedOrgs.includes(f.org_id);
    const known = new Set(firms.map((f) => f.id));
    if (args.firmIds.some((id) => !known.has(id)) || !firms.every(sees)) {
      throw new Reject('not_found', 'No such firm.');
    }
    const instructs = existing
      ? existing.instructor_id === viewer.id
      : firms.every((f) => f.instructor_id === viewer.id);
    if (!instructs && !firms.every((f) => manages(f.org_id))) {
      throw new Reject(
        'forbidden',
        "Only the firms' instructor or an organizer above all of them holds their discussion.",
      );
    }
  },
  async apply(ctx, args) {
    const { tx, viewer, now } = ctx;
    const { existing, firms } = await load(ctx, args.id, args.firmIds);
    const notes = args.notes ?? existing?.notes ?? '';
    const held = args.held ?? existing?.held ?? false;
    const problem = discussionProblem(
      { at: args.at, held, notes, firmIds: args.firmIds },
      existing?.held ?? false,
      now.getTime(),
    );
    if (problem) throw new Reject(problem.code, problem.message);
    const instructorId = existing?.instructor_id ?? firms[0]!.instructor_id;
    const kept = new Set(existing?.firm_ids ?? []);
    if (!instructorId || firms.some((f) => !kept.has(f.id) && f.instructor_id !== instructorId)) {
      throw new Reject(
        'invalid_request',
        'Every firm of a discussion must be looked after by its instructor.',
      );
    }
    const orgId = nearestCommon(firms.map((f) => f.path))!;
    if (
      existing &&
      existing.at.getTime() === Date.parse(args.at) &&
      existing.place === args.place &&
      existing.topic === args.topic &&
      existing.notes === notes &&
      existing.held === held &&
      existing.org_id === orgId &&
      existing.firm_ids.join() === args.firmIds.join()
    ) {
      return; // the same save again changes nothing
    }
    await tx.query(
      `INSERT INTO discussions (id, instructor_id, org_id, user_id, at, place, topic, firm_ids, notes,
                                held, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9, $10, $11, $11)
       ON CONFLICT (id) DO UPDATE SET org_id = excluded.org_id, user_id = excluded.user_id,
         at = excluded.at, place = excluded.place, topic = excluded.topic,
         firm_ids = excluded.firm_ids, notes = excluded.notes, held = excluded.held,
         updated_at = excluded.updated_at`,
      [
        args.id,
        instructorId,
        orgId,
        viewer.id,
        args.at,
        args.place,
        args.topic,
        args.firmIds,
        notes,
        held,
        now,
      ],
    );
    await emitDiscussion(tx, args.id);
  },
});
