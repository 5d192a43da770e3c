import { uuidv7 } from '../../shared/ids.ts';
import type { Mutator } from './types.ts';

export const eventRsvp: Mutator<'event.rsvp'> = async (tx, args, { user, now }) => {
  const current = await tx.findBy('rsvps', '[eventId+userId]', [args.eventId, user.id]);
  if (current) {
    await tx.patch('rsvps', current.id, { status: args.status, updatedAt: now });
    return;
  }
  await tx.put('rsvps', {
    id: uuidv7(),
    userId: user.id,
    eventId: args.eventId,
    status: args.status,
    createdAt: now,
    updatedAt: now,
  });
};
