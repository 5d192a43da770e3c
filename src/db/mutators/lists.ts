import { publicationSnapshot } from '../../shared/lists/snapshot.ts';
import type { ListItemRecord } from '../../shared/lists/records.ts';
import { mayClaim, mayMoveNeed, MAX_NEED_NOTES, noteRequired } from '../../shared/lists/rules.ts';
import type { Mutator, MutatorContext } from './types.ts';
import type { MutatorTx } from '../overlay.ts';

/**
 * The three lists, shown at once (docs/organisation.md, "The three lists"). Permissions are the
 * server's to check: a refused change is undone when its refusal arrives. The state rules are the
 * shared ones, so a move the server would refuse is not shown.
 */

export const listItemSave: Mutator<'list_item.save'> = async (tx, args, { user, now }) => {
  const current = await tx.get('listItems', args.id);
  if (current && (current.orgId !== args.orgId || current.kind !== args.kind)) return;
  const park = await tx.get('orgs', args.orgId);
  await tx.put('listItems', {
    id: args.id,
    orgId: args.orgId,
    orgName: current?.orgName ?? park?.name ?? '',
    quarter: args.quarter,
    kind: args.kind,
    title: args.title,
    description: args.description,
    category: args.kind === 'activity' ? null : (args.category ?? null),
    provider: args.kind === 'resource' ? args.provider || null : null,
    contact: args.kind === 'resource' ? args.contact || null : null,
    startsAt: args.kind === 'activity' ? (args.startsAt ?? null) : null,
    venue: args.kind === 'activity' ? args.venue || null : null,
    sourceType: args.sourceType ?? null,
    sourceId: args.sourceType ? (args.sourceId ?? null) : null,
    status: current?.status ?? (args.kind === 'need' ? 'open' : null),
    claimedGroup: current?.claimedGroup ?? null,
    claimedBy: current?.claimedBy ?? null,
    claimedByName: current?.claimedByName ?? null,
    claimedAt: current?.claimedAt ?? null,
    resourceId: current?.resourceId ?? null,
    notes: current?.notes ?? [],
    userId: current?.userId ?? user.id,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  });
};

export const listItemRemove: Mutator<'list_item.remove'> = async (tx, args, { now }) => {
  for (const need of await tx.findAll('listItems', 'resourceId', args.itemId)) {
    await tx.patch('listItems', need.id, { resourceId: null, updatedAt: now });
  }
  await tx.delete('listItems', args.itemId);
};

const withNote = (
  need: ListItemRecord,
  { user, now }: MutatorContext,
  status: ListItemRecord['status'],
  text: string,
) => [...need.notes, { at: now, name: user.name, status, text }].slice(-MAX_NEED_NOTES);

export const needClaim: Mutator<'need.claim'> = async (tx, args, ctx) => {
  const need = await tx.get('listItems', args.needId);
  if (!need || need.kind !== 'need' || !need.status) return;
  const groupStaff = need.category !== null && ctx.user.groups.includes(need.category);
  if (!mayClaim(need.status, { organizer: false, groupStaff })) return;
  await tx.patch('listItems', need.id, {
    status: 'claimed',
    claimedGroup: need.category,
    claimedBy: ctx.user.id,
    claimedByName: ctx.user.name,
    claimedAt: ctx.now,
    notes: withNote(need, ctx, 'claimed', args.note ?? ''),
    updatedAt: ctx.now,
  });
};

export const needUpdate: Mutator<'need.update'> = async (tx, args, ctx) => {
  const need = await tx.get('listItems', args.needId);
  if (!need || need.kind !== 'need' || !need.status) return;
  const to = args.to ?? null;
  const note = args.note ?? '';
  if ((!to && !note) || (noteRequired(to ?? undefined) && !note)) return;
  // The app cannot tell here whether the user manages the park; the server can, and refuses.
  if (to && !mayMoveNeed(need.status, to, { organizer: true, groupStaff: true })) return;
  const release = to === 'open';
  await tx.patch('listItems', need.id, {
    status: to ?? need.status,
    notes: withNote(need, ctx, to, note),
    ...(release
      ? { claimedGroup: null, claimedBy: null, claimedByName: null, claimedAt: null }
      : {}),
    updatedAt: ctx.now,
  });
};

export const needMatch: Mutator<'need.match'> = async (tx, args, { now }) => {
  const need = await tx.get('listItems', args.needId);
  if (!need || need.kind !== 'need') return;
  if (args.resourceId) {
    const resource = await tx.get('listItems', args.resourceId);
    if (
      !resource ||
      resource.kind !== 'resource' ||
      resource.orgId !== need.orgId ||
      resource.quarter !== need.quarter
    )
      return;
  }
  await tx.patch('listItems', need.id, { resourceId: args.resourceId, updatedAt: now });
};

/** The snapshot the server will publish, from what this phone holds of the park's quarter. */
export const listsPublish: Mutator<'lists.publish'> = async (tx, args, { user, now }) => {
  const items = (await tx.findAll('listItems', '[orgId+quarter]', [args.orgId, args.quarter])).sort(
    (a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  );
  const park = await tx.get('orgs', args.orgId);
  const existing = await tx.findBy('listPublications', '[orgId+quarter]', [
    args.orgId,
    args.quarter,
  ]);
  await writePublication(tx, {
    id: existing?.id ?? `local-${args.orgId}-${args.quarter}`,
    orgId: args.orgId,
    orgName: park?.name ?? items[0]?.orgName ?? '',
    quarter: args.quarter,
    publishedAt: now,
    publishedByName: user.name,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    items,
  });
};

async function writePublication(
  tx: MutatorTx,
  p: {
    id: string;
    orgId: string;
    orgName: string;
    quarter: string;
    publishedAt: string;
    publishedByName: string;
    createdAt: string;
    updatedAt: string;
    items: ListItemRecord[];
  },
) {
  const { items, ...rest } = p;
  await tx.put('listPublications', { ...rest, ...publicationSnapshot(items) });
}
