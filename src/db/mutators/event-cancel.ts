import type { Mutator } from './types.ts';

/** The party day shows as cancelled at once and its code stops showing on this phone. */
export const eventCancel: Mutator<'event.cancel'> = async (tx, args, { now }) => {
  await tx.patch('events', args.eventId, { status: 'cancelled', updatedAt: now });
  if (await tx.get('eventSecrets', args.eventId)) await tx.delete('eventSecrets', args.eventId);
};
