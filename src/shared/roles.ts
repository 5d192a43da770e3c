/**
 * docs/sync-protocol.md's `member` in the "who" column of the mutation table: the member role, which organizers
 * may hold too. RSVP, check-in, lesson progress and ratings, wall posts, bookings and service
 * requests are its writes; the server refuses them to anyone without it, and the app does not
 * offer them.
 */
export const hasMemberRole = (roles: readonly string[] | undefined): boolean =>
  !!roles?.includes('member');
