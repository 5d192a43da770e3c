import { worklogId } from '../../shared/visits/rules.ts';
import type { MutatorContext } from './types.ts';
import type { Mutator } from './types.ts';
import type { MutatorTx } from '../overlay.ts';

/** Same id as the server's (one log per instructor and month); a submitted log stays as it is. */
async function writeWorklog(
  tx: MutatorTx,
  month: string,
  body: string,
  submit: boolean,
  { user, now }: MutatorContext,
): Promise<void> {
  const id = worklogId(user.id, month);
  const current = await tx.get('worklogs', id);
  if (current?.status === 'submitted') return;
  await tx.put('worklogs', {
    id,
    userId: user.id,
    authorName: user.name,
    orgId: user.orgId,
    month,
    body,
    status: submit ? 'submitted' : 'draft',
    submittedAt: submit ? now : null,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  });
}

export const worklogSave: Mutator<'worklog.save'> = (tx, args, ctx) =>
  writeWorklog(tx, args.month, args.body, false, ctx);

export const worklogSubmit: Mutator<'worklog.submit'> = (tx, args, ctx) =>
  writeWorklog(tx, args.month, args.body, true, ctx);
