import type { MutationName } from '../../shared/mutations/index.ts';
import type { MutationDef } from './types.ts';
import bookingCreate from './booking-create.ts';
import bookingCancel from './booking-cancel.ts';
import lessonProgress from './lesson-progress.ts';
import lessonRate from './lesson-rate.ts';
import lessonSave from './lesson-save.ts';
import lessonWithdraw from './lesson-withdraw.ts';
import requestCreate from './request-create.ts';
import requestComment from './request-comment.ts';
import requestTransition from './request-transition.ts';
import requestCancel from './request-cancel.ts';
import requestRate from './request-rate.ts';
import venueSave from './venue-save.ts';
import volunteerLog from './volunteer-log.ts';
import eventSave from './event-save.ts';
import eventCancel from './event-cancel.ts';
import eventRsvp from './event-rsvp.ts';
import eventCheckin from './event-checkin.ts';
import eventCheckinMember from './event-checkin-member.ts';
import eventCheckinManual from './event-checkin-manual.ts';
import wallPost from './wall-post.ts';
import wallHide from './wall-hide.ts';
import orgSave from './org-save.ts';
import firmSave from './firm-save.ts';
import firmAssign from './firm-assign.ts';
import inviteCreate from './invite-create.ts';
import inviteRevoke from './invite-revoke.ts';
import joinDecide from './join-decide.ts';
import memberReset from './member-reset.ts';
import memberMove from './member-move.ts';
import memberSetActive from './member-set-active.ts';
import memberRoles from './member-roles.ts';
import memberStanding from './member-standing.ts';
import accountCreate from './account-create.ts';
import groupSave from './group-save.ts';
import wallUnhide from './wall-unhide.ts';
import noticePublish from './notice-publish.ts';
import noticeRead from './notice-read.ts';
import noticePrefs from './notice-prefs.ts';
import checklistSave from './checklist-save.ts';
import checklistAssess from './checklist-assess.ts';
import listItemSave from './list-item-save.ts';
import listItemRemove from './list-item-remove.ts';
import needClaim from './need-claim.ts';
import needUpdate from './need-update.ts';
import needMatch from './need-match.ts';
import listsPublish from './lists-publish.ts';
import candidateCreate from './candidate-create.ts';
import candidateAdvance from './candidate-advance.ts';
import candidateStep from './candidate-step.ts';
import flowingRegister from './flowing-register.ts';
import flowingDecide from './flowing-decide.ts';
import transferCreate from './transfer-create.ts';
import transferAdvance from './transfer-advance.ts';
import visitLog from './visit-log.ts';
import visitSettings from './visit-settings.ts';
import worklogSave from './worklog-save.ts';
import worklogSubmit from './worklog-submit.ts';
import discussionSave from './discussion-save.ts';
import instructorReview from './instructor-review.ts';

/** The registry: mutation name -> definition. Each feature adds its files and lines here. */
export const registry: { [N in MutationName]?: MutationDef<N> } = {
  'booking.create': bookingCreate,
  'booking.cancel': bookingCancel,
  'lesson.progress': lessonProgress,
  'lesson.rate': lessonRate,
  'lesson.save': lessonSave,
  'lesson.withdraw': lessonWithdraw,
  'request.create': requestCreate,
  'request.comment': requestComment,
  'request.transition': requestTransition,
  'request.cancel': requestCancel,
  'request.rate': requestRate,
  'venue.save': venueSave,
  'volunteer.log': volunteerLog,
  'event.save': eventSave,
  'event.cancel': eventCancel,
  'event.rsvp': eventRsvp,
  'event.checkin': eventCheckin,
  'event.checkin_member': eventCheckinMember,
  'event.checkin_manual': eventCheckinManual,
  'wall.post': wallPost,
  'wall.hide': wallHide,
  'org.save': orgSave,
  'firm.save': firmSave,
  'firm.assign': firmAssign,
  'invite.create': inviteCreate,
  'invite.revoke': inviteRevoke,
  'join.decide': joinDecide,
  'member.reset': memberReset,
  'member.move': memberMove,
  'member.set_active': memberSetActive,
  'member.roles': memberRoles,
  'member.standing': memberStanding,
  'account.create': accountCreate,
  'group.save': groupSave,
  'wall.unhide': wallUnhide,
  'notice.publish': noticePublish,
  'notice.read': noticeRead,
  'notice.prefs': noticePrefs,
  'checklist.save': checklistSave,
  'checklist.assess': checklistAssess,
  'list_item.save': listItemSave,
  'list_item.remove': listItemRemove,
  'need.claim': needClaim,
  'need.update': needUpdate,
  'need.match': needMatch,
  'lists.publish': listsPublish,
  'candidate.create': candidateCreate,
  'candidate.advance': candidateAdvance,
  'candidate.step': candidateStep,
  'flowing.register': flowingRegister,
  'flowing.decide': flowingDecide,
  'transfer.create': transferCreate,
  'transfer.advance': transferAdvance,
  'visit.log': visitLog,
  'visit.settings': visitSettings,
  'worklog.save': worklogSave,
  'worklog.submit': worklogSubmit,
  'discussion.save': discussionSave,
  'instructor.review': instructorReview,
};
