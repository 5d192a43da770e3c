/** The workbench is for organizers, admins and instructors; members never see its tab. */
export const mayUseWorkbench = (roles: readonly string[] | undefined) =>
  !!roles && ['organizer', 'admin', 'instructor'].some((r) => roles.includes(r));
