import type { Mutator } from './types.ts';

/** Organizer plans or edits a party day; the secret comes from the server with the next pull. */
export const eventSave: Mutator<'event.save'> = async (tx, args, { user, now }) => {
  const fields = {
    orgId: args.orgId,
    title: args.title,
    theme: args.theme,
    startsAt: args.startsAt,
    endsAt: args.endsAt,
    venue: args.venue,
    capacity: args.capacity ?? null,
    agenda: args.agenda,
    seriesId: args.seriesId ?? null,
  };
  const current = await tx.get('events', args.id);
  if (current) {
    // The server refuses edits of a cancelled party day; mirror that.
    if (current.status !== 'cancelled')
      await tx.patch('events', args.id, { ...fields, updatedAt: now });
    return;
  }
  await tx.put('events', {
    id: args.id,
    ...fields,
    status: 'scheduled',
    userId: user.id,
    createdAt: now,
    updatedAt: now,
  });
};
