import { compareIso } from '../compare.ts';
import type { ListItemRecord, ListPublicationRecord } from './records.ts';

export type SnapshotItem = Pick<
  ListItemRecord,
  | 'id'
  | 'kind'
  | 'title'
  | 'description'
  | 'category'
  | 'status'
  | 'claimedGroup'
  | 'resourceId'
  | 'provider'
  | 'contact'
  | 'startsAt'
  | 'venue'
>;

/**
 * What a park publishes of a quarter's working items (docs/organisation.md, "The three lists"):
 * the server stores it at `lists.publish`, and the phone shows the same at once, offline. Items in
 * the order given (the server's: by kind, start, creation), activities by their start.
 */
export function publicationSnapshot(
  items: readonly SnapshotItem[],
): Pick<ListPublicationRecord, 'needs' | 'resources' | 'activities'> {
  const titles = new Map(items.map((i) => [i.id, i.title]));
  return {
    needs: items
      .filter((i) => i.kind === 'need')
      .map((i) => ({
        id: i.id,
        title: i.title,
        description: i.description,
        category: i.category,
        status: i.status ?? 'open',
        claimedGroup: i.claimedGroup,
        resourceId: i.resourceId,
        resourceTitle: i.resourceId ? (titles.get(i.resourceId) ?? null) : null,
      })),
    resources: items
      .filter((i) => i.kind === 'resource')
      .map((i) => ({
        id: i.id,
        title: i.title,
        description: i.description,
        category: i.category,
        provider: i.provider,
        contact: i.contact,
      })),
    activities: items
      .filter((i) => i.kind === 'activity')
      .sort((a, b) => compareIso(a.startsAt ?? '~', b.startsAt ?? '~'))
      .map((i) => ({
        id: i.id,
        title: i.title,
        description: i.description,
        startsAt: i.startsAt,
        venue: i.venue,
      })),
  };
}
