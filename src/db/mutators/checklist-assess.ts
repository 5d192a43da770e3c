import { uuidv7 } from '../../shared/ids.ts';
import { assessProblem, goalsOrDefault } from '../../shared/checklist/rules.ts';
import type { Mutator } from './types.ts';

/**
 * One entered indicator; the same branch, period and indicator again replaces it (the server's
 * rule). The row made here carries a local id until the server's arrives (see overlay.ts).
 */
export const checklistAssess: Mutator<'checklist.assess'> = async (tx, args, { user, now }) => {
  const org = await tx.get('orgs', args.orgId);
  const district = org ? await districtOf(tx, org.id) : null;
  const template = district ? await tx.findBy('checklistTemplates', 'orgId', district) : undefined;
  if (assessProblem(goalsOrDefault(template?.goals), args, Date.parse(now))) return;
  const current = await tx.findBy('checklistAssessments', '[orgId+period+indicatorId]', [
    args.orgId,
    args.period,
    args.indicatorId,
  ]);
  // Shown from the queued bytes until the server's URLs arrive; dropped ones go at once.
  const drop = new Set(args.dropPhotos ?? []);
  const kept = (current?.photos ?? []).filter((p) => !drop.has(p.id));
  const photos = [
    ...kept,
    ...(args.photos ?? [])
      .filter((p) => !kept.some((k) => k.id === p.id))
      .map((p) => ({ id: p.id, mime: p.mime, url: `data:${p.mime};base64,${p.data}` })),
  ];
  if (current) {
    await tx.patch('checklistAssessments', current.id, {
      value: args.value,
      evidence: args.evidence,
      photos,
      userId: user.id,
      authorName: user.name,
      updatedAt: now,
    });
    return;
  }
  await tx.put('checklistAssessments', {
    id: uuidv7(),
    orgId: args.orgId,
    period: args.period,
    indicatorId: args.indicatorId,
    value: args.value,
    evidence: args.evidence,
    photos,
    userId: user.id,
    authorName: user.name,
    createdAt: now,
    updatedAt: now,
  });
};

/** The root of the org's tree, walking up the org records the phone holds. */
async function districtOf(
  tx: Parameters<Mutator<'checklist.assess'>>[0],
  orgId: string,
): Promise<string> {
  let id = orgId;
  for (let i = 0; i < 10; i++) {
    const o = await tx.get('orgs', id);
    if (!o?.parentId) return id;
    id = o.parentId;
  }
  return id;
}
