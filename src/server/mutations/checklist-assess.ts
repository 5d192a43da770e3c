import { uuidv7 } from '../../shared/ids.ts';
import { assessProblem } from '../../shared/checklist/rules.ts';
import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one, visibleFrom } from './records.ts';
import { audit } from '../accounts/audit.ts';
import type { Tx } from '../database/db.ts';
import { MAX_PHOTOS } from '../../shared/mutations/requests.ts';
import { decodePhotos } from './request-photos.ts';
import { districtGoals, emitChecklistAssessment } from './checklist-data.ts';

/**
 * One entered indicator of a branch's monthly or annual report, with its evidence: organizers and
 * admins of the branch or above. One row per branch, period and indicator; the latest entry wins.
 */
export default defineMutation({
  name: 'checklist.assess',
  async authorize({ tx, viewer }, args) {
    const org = await one<{ kind: string }>(tx, 'SELECT kind FROM orgs WHERE id = $1', [
      args.orgId,
    ]);
    const sees =
      org && (visibleFrom(viewer.orgPath, args.orgId) || viewer.managedOrgs.includes(args.orgId));
    if (!org || !sees) throw new Reject('not_found', 'No such branch.');
    if (!isOrganizer(viewer) || !viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject('forbidden', 'Only organizers of the branch or above enter its report.');
    }
    if (org.kind !== 'branch') throw new Reject('invalid_request', 'A report belongs to a branch.');
  },
  async apply({ tx, viewer, now }, args) {
    const problem = assessProblem(await districtGoals(tx, args.orgId), args, now.getTime());
    if (problem) throw new Reject('invalid_request', problem);
    const added = decodePhotos(args.photos);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO checklist_assessments AS a
              (id, org_id, period, indicator_id, value, evidence, user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (org_id, period, indicator_id) DO UPDATE SET value = excluded.value,
         evidence = excluded.evidence, user_id = excluded.user_id, updated_at = excluded.updated_at
       -- the same entry again writes nothing and sends phones nothing
       WHERE a.value IS DISTINCT FROM excluded.value OR a.evidence <> excluded.evidence
       RETURNING id`,
      [
        uuidv7(now.getTime()),
        args.orgId,
        args.period,
        args.indicatorId,
        args.value,
        args.evidence,
        viewer.id,
        now,
      ],
    );
    // No row back: the entry stood unchanged. Without photos to add or drop, nothing else to do.
    if (!row && !added.length && !args.dropPhotos?.length) return;
    const id =
      row?.id ??
      (await one<{ id: string }>(
        tx,
        'SELECT id FROM checklist_assessments WHERE org_id = $1 AND period = $2 AND indicator_id = $3',
        [args.orgId, args.period, args.indicatorId],
      ))!.id;
    const photosChanged = await applyPhotos(tx, id, args.dropPhotos ?? [], added, viewer.id, now);
    if (!row && !photosChanged) return;
    await emitChecklistAssessment(tx, id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'checklist.assess',
      targetType: 'checklist_assessment',
      targetId: id,
      orgId: args.orgId,
      after: {
        period: args.period,
        indicatorId: args.indicatorId,
        value: args.value,
        ...(photosChanged
          ? { photosAdded: added.length, photosDropped: args.dropPhotos ?? [] }
          : {}),
      },
    });
  },
});

/**
 * Adds and removes an entry's evidence photos. A photo already on this entry is a resend and is
 * skipped; one whose id is another entry's is `conflict`; more than MAX_PHOTOS in all is refused.
 * Answers whether anything changed.
 */
async function applyPhotos(
  tx: Tx,
  entryId: string,
  drop: readonly string[],
  added: { id: string; mime: string; bytes: Buffer }[],
  userId: string,
  now: Date,
): Promise<boolean> {
  if (!added.length && !drop.length) return false;
  let changed = false;
  if (drop.length) {
    const gone = await tx.query(
      'DELETE FROM checklist_photos WHERE assessment_id = $1 AND id = ANY($2::uuid[]) RETURNING id',
      [entryId, drop],
    );
    changed = gone.length > 0;
  }
  const ids = added.map((p) => p.id);
  const existing = ids.length
    ? await tx.query<{ id: string; assessment_id: string }>(
        'SELECT id, assessment_id FROM checklist_photos WHERE id = ANY($1::uuid[])',
        [ids],
      )
    : [];
  if (existing.some((p) => p.assessment_id !== entryId)) {
    throw new Reject('conflict', "A photo's id belongs to another record.");
  }
  const fresh = added.filter((p) => !existing.some((e) => e.id === p.id));
  const [count] = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM checklist_photos WHERE assessment_id = $1',
    [entryId],
  );
  if (count!.n + fresh.length > MAX_PHOTOS) {
    throw new Reject('invalid_request', `An entry holds at most ${MAX_PHOTOS} photos.`);
  }
  for (const [i, p] of fresh.entries()) {
    await tx.query(
      `INSERT INTO checklist_photos (id, assessment_id, position, mime, bytes, size, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [p.id, entryId, count!.n + i, p.mime, p.bytes, p.bytes.length, now],
    );
  }
  if (fresh.length) changed = true;
  if (changed) {
    await tx.query('UPDATE checklist_assessments SET user_id = $2, updated_at = $3 WHERE id = $1', [
      entryId,
      userId,
      now,
    ]);
  }
  return changed;
}
