import type * as z from 'zod/mini';
import * as requests from './requests.ts';
import * as bookings from './bookings.ts';
import * as lessons from './lessons.ts';
import * as events from './events.ts';
import * as venues from './venues.ts';
import * as volunteer from './volunteer.ts';
import * as org from './org.ts';
import * as notices from './notices.ts';
import * as checklist from './checklist.ts';
import * as lists from './lists.ts';
import * as recruitment from './recruitment.ts';
import * as transfers from './transfers.ts';
import * as visits from './visits.ts';

/**
 * Every mutation name the protocol knows (docs/sync-protocol.md "Mutations, v1") and the schema of its args.
 * The server parses args with these at the boundary; the app builds args that satisfy them.
 */
export const mutationArgs = {
  'request.create': requests.requestCreate,
  'request.comment': requests.requestComment,
  'request.transition': requests.requestTransition,
  'request.cancel': requests.requestCancel,
  'request.rate': requests.requestRate,
  'lesson.progress': lessons.lessonProgress,
  'lesson.rate': lessons.lessonRate,
  'lesson.save': lessons.lessonSave,
  'lesson.withdraw': lessons.lessonWithdraw,
  'event.rsvp': events.eventRsvp,
  'event.checkin': events.eventCheckin,
  'event.checkin_member': events.eventCheckinMember,
  'wall.post': events.wallPost,
  'event.save': events.eventSave,
  'event.cancel': events.eventCancel,
  'event.checkin_manual': events.eventCheckinManual,
  'wall.hide': events.wallHide,
  'wall.unhide': events.wallUnhide,
  'booking.create': bookings.bookingCreate,
  'booking.cancel': bookings.bookingCancel,
  'venue.save': venues.venueSave,
  'volunteer.log': volunteer.volunteerLog,
  'org.save': org.orgSave,
  'firm.save': org.firmSave,
  'firm.assign': org.firmAssign,
  'invite.create': org.inviteCreate,
  'invite.revoke': org.inviteRevoke,
  'join.decide': org.joinDecide,
  'member.reset': org.memberReset,
  'member.move': org.memberMove,
  'member.set_active': org.memberSetActive,
  'member.roles': org.memberRoles,
  'member.standing': org.memberStanding,
  'account.create': org.accountCreate,
  'notice.publish': notices.noticePublish,
  'notice.read': notices.noticeRead,
  'notice.prefs': notices.noticePrefs,
  'checklist.save': checklist.checklistSave,
  'checklist.assess': checklist.checklistAssess,
  'list_item.save': lists.listItemSave,
  'list_item.remove': lists.listItemRemove,
  'need.claim': lists.needClaim,
  'need.update': lists.needUpdate,
  'need.match': lists.needMatch,
  'lists.publish': lists.listsPublish,
  'candidate.create': recruitment.candidateCreate,
  'candidate.advance': recruitment.candidateAdvance,
  'candidate.step': recruitment.candidateStep,
  'flowing.register': transfers.flowingRegister,
  'flowing.decide': transfers.flowingDecide,
  'transfer.create': transfers.transferCreate,
  'transfer.advance': transfers.transferAdvance,
  'visit.log': visits.visitLog,
  'visit.settings': visits.visitSettings,
  'worklog.save': visits.worklogSave,
  'worklog.submit': visits.worklogSubmit,
  'discussion.save': visits.discussionSave,
  'instructor.review': visits.instructorReview,
  'group.save': org.groupSave,
} satisfies Record<string, z.ZodMiniType>;

export type MutationName = keyof typeof mutationArgs;
export type MutationArgs<N extends MutationName> = z.infer<(typeof mutationArgs)[N]>;

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutationArgs, name);
}
