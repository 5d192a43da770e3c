import { uuidv7 } from '../../shared/ids.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { MAX_READ_BATCH } from '../../shared/notices/rules.ts';
import { mutate } from '../../sync/mutate.ts';

/** Publishes offline; it shows at once and goes out with the next sync. */
export async function publishNotice(args: Omit<MutationArgs<'notice.publish'>, 'id'>) {
  const id = uuidv7();
  await mutate('notice.publish', { id, ...args });
  return id;
}

/** Marks notices read on every device of this user (through push); already-read ones are left out. */
export async function markRead(ids: readonly string[]) {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += MAX_READ_BATCH) {
    await mutate('notice.read', { noticeIds: unique.slice(i, i + MAX_READ_BATCH) });
  }
}

export const setMutedKinds = (muted: MutationArgs<'notice.prefs'>['muted']) =>
  mutate('notice.prefs', { muted });
