/**
 * Who may publish a notice where (docs/notices.md), written once for the server's check, the
 * phone's optimistic write and the publishing form's org picker.
 *
 * `notice.publish` is open to organizers of `orgId` or above, to staff and to admins. An admin or
 * an organizer publishes at their own org and anything below it. Staff (a department's people)
 * publish the same way, at their own org and below: a department at the district reaches the
 * whole district, one placed in a park reaches that park.
 */
export const PUBLISHER_ROLES = ['organizer', 'staff', 'admin'] as const;

export const mayPublishNotices = (roles: readonly string[] | undefined): boolean =>
  !!roles?.some((r) => (PUBLISHER_ROLES as readonly string[]).includes(r));

/** `targetPath`: the target org's ancestors and itself, root first. */
export const mayPublishAt = (
  roles: readonly string[] | undefined,
  callerOrgId: string,
  targetPath: readonly string[],
): boolean => mayPublishNotices(roles) && targetPath.includes(callerOrgId);

/** A party day is reminded of on the day before it (China Standard Time), a lesson 15 minutes ahead. */
export const LESSON_REMINDER_MINUTES = 15;

/** Most read marks in one `notice.read` (the "mark all read" button sends the whole list). */
export const MAX_READ_BATCH = 500;
