import type { RequestStatus } from '../../shared/mutations/requests.ts';
import { uuidv7 } from '../../shared/ids.ts';
import type { MutatorTx } from '../overlay.ts';
import type { MutatorContext } from './types.ts';

/** Changes a request's status and adds the timeline row the server will also write (with its own id). */
export async function changeStatus(
  tx: MutatorTx,
  { user, now }: MutatorContext,
  requestId: string,
  to: RequestStatus,
  note: string | null,
  extra: { acceptedAt?: string; resolvedAt?: string; assigneeId?: string } = {},
): Promise<void> {
  const request = await tx.get('requests', requestId);
  if (!request) return;
  await tx.patch('requests', requestId, { status: to, updatedAt: now, ...extra });
  await tx.put('requestEvents', {
    id: uuidv7(Date.parse(now) || Date.now()),
    requestId,
    userId: user.id,
    actorName: user.name,
    from: request.status,
    to,
    note,
    createdAt: now,
    updatedAt: now,
  });
}
