import type { Mutator } from './types.ts';

export const requestCreate: Mutator<'request.create'> = async (tx, args, { user, now }) => {
  // docs/sync-protocol.md push rule 7: a create whose id exists changes nothing.
  if (await tx.get('requests', args.id)) return;
  await tx.put('requests', {
    id: args.id,
    userId: user.id,
    requesterName: user.name,
    orgId: user.orgId,
    category: args.category,
    title: args.title,
    body: args.body,
    status: 'submitted',
    venueBooking: args.venueBooking ?? null,
    // Shown from the queued bytes until the server's URLs arrive.
    photos: (args.photos ?? []).map((p) => ({
      id: p.id,
      mime: p.mime,
      url: `data:${p.mime};base64,${p.data}`,
    })),
    assigneeId: null,
    rating: null,
    acceptedAt: null,
    resolvedAt: null,
    createdAt: now,
    updatedAt: now,
  });
};
