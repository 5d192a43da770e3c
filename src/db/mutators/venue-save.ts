import type { Mutator } from './types.ts';

/** An organizer's venue edit shows at once; closing it removes it, as the server's tombstone will. */
export const venueSave: Mutator<'venue.save'> = async (tx, args, { now }) => {
  const { active, ...fields } = args;
  if (!active) {
    await tx.delete('venues', args.id);
    return;
  }
  const current = await tx.get('venues', args.id);
  await tx.put('venues', { ...fields, createdAt: current?.createdAt ?? now, updatedAt: now });
};
