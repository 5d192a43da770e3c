import { defineMutation, Reject } from './types.ts';
import type { MutationContext } from './types.ts';
import { one } from './records.ts';
import { emitWorklog } from './visit-data.ts';
import { isFutureMonth, worklogId } from '../../shared/visits/rules.ts';

/**
 * Instructors keep a work log, and so may organizers, who log visits too (an admin-only account
 * does not); not for a month still to come.
 */
export function authorizeWorklog({ viewer, now }: MutationContext, month: string): void {
  if (!viewer.roles.includes('instructor') && !viewer.roles.includes('organizer')) {
    throw new Reject('forbidden', 'Only instructors and organizers keep a work log.');
  }
  if (isFutureMonth(month, now)) {
    throw new Reject('invalid_request', 'A work log cannot be written for a month still to come.');
  }
}

/**
 * Writes the instructor's log for the month (one per instructor and month, its id computed by
 * both ends from the pair). A submitted log is final: saving or submitting it again with other
 * text is `invalid_transition`; the same submit again changes nothing.
 */
export async function writeWorklog(
  { tx, viewer, now }: MutationContext,
  month: string,
  body: string,
  submit: boolean,
): Promise<void> {
  const id = worklogId(viewer.id, month);
  const row = await one<{ status: string; body: string }>(
    tx,
    'SELECT status, body FROM worklogs WHERE id = $1 FOR UPDATE',
    [id],
  );
  if (row?.status === 'submitted') {
    if (submit && row.body === body) return;
    throw new Reject('invalid_transition', 'This work log has been submitted already.');
  }
  if (row && row.body === body && !submit) return;
  await tx.query(
    `INSERT INTO worklogs (id, user_id, org_id, month, body, status, submitted_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
     ON CONFLICT (id) DO UPDATE SET body = excluded.body, status = excluded.status,
       submitted_at = excluded.submitted_at, updated_at = excluded.updated_at`,
    [
      id,
      viewer.id,
      viewer.orgId,
      month,
      body,
      submit ? 'submitted' : 'draft',
      submit ? now : null,
      now,
    ],
  );
  await emitWorklog(tx, id);
}

export default defineMutation({
  name: 'worklog.save',
  async authorize(ctx, args) {
    authorizeWorklog(ctx, args.month);
  },
  async apply(ctx, args) {
    await writeWorklog(ctx, args.month, args.body, false);
  },
});
