import { uuidv7 } from '../../shared/ids.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { mutate } from '../../sync/mutate.ts';

/** Files a request offline; it shows at once as waiting and is confirmed by the next sync. */
export async function fileRequest(args: Omit<MutationArgs<'request.create'>, 'id'>) {
  const id = uuidv7();
  await mutate('request.create', { id, ...args });
  return id;
}

export const commentOnRequest = (requestId: string, body: string) =>
  mutate('request.comment', { id: uuidv7(), requestId, body });

export const moveRequest = (args: MutationArgs<'request.transition'>) =>
  mutate('request.transition', args);

export const cancelRequest = (requestId: string) => mutate('request.cancel', { requestId });

export const rateRequest = (args: MutationArgs<'request.rate'>) => mutate('request.rate', args);
