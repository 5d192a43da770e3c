import { uuidv7 } from '../../shared/ids.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { mutate } from '../../sync/mutate.ts';

// The three lists go through push like any write: they work offline and are applied once.

export const saveListItem = (args: Omit<MutationArgs<'list_item.save'>, 'id'> & { id?: string }) =>
  mutate('list_item.save', { ...args, id: args.id ?? uuidv7() });

export const removeListItem = (itemId: string) => mutate('list_item.remove', { itemId });

export const claimNeed = (needId: string, note?: string) =>
  mutate('need.claim', { needId, note: note || null });

export const updateNeed = (args: MutationArgs<'need.update'>) => mutate('need.update', args);

export const matchNeed = (needId: string, resourceId: string | null) =>
  mutate('need.match', { needId, resourceId });

export const publishLists = (orgId: string, quarter: string) =>
  mutate('lists.publish', { orgId, quarter });
