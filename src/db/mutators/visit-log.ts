import type { Mutator } from './types.ts';

/**
 * The visit and the requests its problems become show at once, offline: the instructor sees them
 * in their list before the server has them (docs/sync-protocol.md push rule 7 on a resend).
 */
export const visitLog: Mutator<'visit.log'> = async (tx, args, { user, now }) => {
  if (await tx.get('visits', args.id)) return;
  const firm = await tx.get('firms', args.firmId);
  const orgId = firm?.orgId ?? user.orgId;
  const problems = args.problems ?? [];
  for (const [i, p] of problems.entries()) {
    if (await tx.get('requests', p.id)) continue;
    const at = new Date(Date.parse(now) + i).toISOString();
    await tx.put('requests', {
      id: p.id,
      userId: user.id,
      requesterName: user.name,
      orgId,
      category: p.category,
      title: p.title,
      body: p.body,
      status: 'submitted',
      venueBooking: null,
      photos: [],
      assigneeId: null,
      rating: null,
      acceptedAt: null,
      resolvedAt: null,
      visitId: args.id,
      firmId: args.firmId,
      firmName: firm?.name ?? null,
      createdAt: at,
      updatedAt: at,
    });
  }
  await tx.put('visits', {
    id: args.id,
    firmId: args.firmId,
    firmName: firm?.name ?? '',
    orgId,
    userId: user.id,
    authorName: user.name,
    instructorId: firm?.instructorId ?? null,
    at: args.at,
    kind: args.kind,
    notes: args.notes,
    met: args.met || null,
    answers: args.answers ?? [],
    requestIds: problems.map((p) => p.id),
    // Shown from the queued bytes until the server's URLs arrive.
    photos: (args.photos ?? []).map((p) => ({
      id: p.id,
      mime: p.mime,
      url: `data:${p.mime};base64,${p.data}`,
    })),
    createdAt: now,
    updatedAt: now,
  });
};
