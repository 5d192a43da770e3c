import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { loadPark, publishLists } from './lists-data.ts';
import { audit } from '../accounts/audit.ts';

/**
 * The park's organizer publishes the quarter's three lists: a snapshot of every item now, which
 * the members of the park (and below) pull and read offline. Publishing again replaces it.
 */
export default defineMutation({
  name: 'lists.publish',
  async authorize({ viewer }, args) {
    if (!isOrganizer(viewer) || !viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject('forbidden', "Only the park's organizers publish its lists.");
    }
  },
  async apply({ tx, viewer, now }, args) {
    const park = await loadPark(tx, args.orgId);
    await publishLists(tx, park, args.quarter, viewer, now);
    await audit(tx, {
      actorId: viewer.id,
      action: 'lists.publish',
      targetType: 'list_publication',
      targetId: null,
      orgId: park.id,
      after: { quarter: args.quarter },
    });
  },
});
