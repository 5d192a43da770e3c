import * as z from 'zod/mini';
import {
  isMutationName,
  mutationArgs,
  type MutationArgs,
  type MutationName,
} from '../../shared/mutations/index.ts';
import type { MutatorTx } from '../overlay.ts';
import { bookingCancel } from './booking-cancel.ts';
import { bookingCreate } from './booking-create.ts';
import { eventCheckinMember } from './event-checkin-member.ts';
import { eventCheckinManual } from './event-checkin-manual.ts';
import { eventCancel } from './event-cancel.ts';
import { eventSave } from './event-save.ts';
import { wallHide } from './wall-hide.ts';
import { wallUnhide } from './wall-unhide.ts';
import { eventCheckin } from './event-checkin.ts';
import { eventRsvp } from './event-rsvp.ts';
import { lessonProgress } from './lesson-progress.ts';
import { lessonRate } from './lesson-rate.ts';
import { lessonSave } from './lesson-save.ts';
import { lessonWithdraw } from './lesson-withdraw.ts';
import { requestCancel } from './request-cancel.ts';
import { requestComment } from './request-comment.ts';
import { requestCreate } from './request-create.ts';
import { requestRate } from './request-rate.ts';
import { requestTransition } from './request-transition.ts';
import { volunteerLog } from './volunteer-log.ts';
import { wallPost } from './wall-post.ts';
import { venueSave } from './venue-save.ts';
import { orgSave } from './org-save.ts';
import { firmSave } from './firm-save.ts';
import { firmAssign } from './firm-assign.ts';
import { inviteCreate } from './invite-create.ts';
import { inviteRevoke } from './invite-revoke.ts';
import { joinDecide } from './join-decide.ts';
import { memberReset } from './member-reset.ts';
import { memberMove } from './member-move.ts';
import { memberSetActive } from './member-set-active.ts';
import { memberRoles } from './member-roles.ts';
import { memberStanding } from './member-standing.ts';
import { accountCreate } from './account-create.ts';
import { noticePublish } from './notice-publish.ts';
import { noticeRead } from './notice-read.ts';
import { noticePrefs } from './notice-prefs.ts';
import { checklistSave } from './checklist-save.ts';
import { checklistAssess } from './checklist-assess.ts';
import {
  listItemRemove,
  listItemSave,
  listsPublish,
  needClaim,
  needMatch,
  needUpdate,
} from './lists.ts';
import { candidateCreate } from './candidate-create.ts';
import { candidateAdvance } from './candidate-advance.ts';
import { candidateStep } from './candidate-step.ts';
import { flowingRegister } from './flowing-register.ts';
import { flowingDecide } from './flowing-decide.ts';
import { transferCreate } from './transfer-create.ts';
import { transferAdvance } from './transfer-advance.ts';
import { visitLog } from './visit-log.ts';
import { visitSettings } from './visit-settings.ts';
import { worklogSave, worklogSubmit } from './worklog.ts';
import { discussionSave, instructorReview } from './duties.ts';
import { groupSave } from './group-save.ts';
import type { Mutator, MutatorContext } from './types.ts';

/** One local mutator per protocol mutation; the mapped type makes a missing one a type error. */
export const mutators: { [N in MutationName]: Mutator<N> } = {
  'request.create': requestCreate,
  'request.comment': requestComment,
  'request.transition': requestTransition,
  'request.cancel': requestCancel,
  'request.rate': requestRate,
  'lesson.progress': lessonProgress,
  'lesson.rate': lessonRate,
  'lesson.save': lessonSave,
  'lesson.withdraw': lessonWithdraw,
  'event.rsvp': eventRsvp,
  'event.checkin': eventCheckin,
  'event.checkin_member': eventCheckinMember,
  'wall.post': wallPost,
  'event.save': eventSave,
  'event.cancel': eventCancel,
  'event.checkin_manual': eventCheckinManual,
  'wall.hide': wallHide,
  'wall.unhide': wallUnhide,
  'booking.create': bookingCreate,
  'booking.cancel': bookingCancel,
  'venue.save': venueSave,
  'volunteer.log': volunteerLog,
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
  'group.save': groupSave,
};

export type ParsedMutation = {
  [N in MutationName]: { name: N; args: MutationArgs<N> };
}[MutationName];

/** Parses a mutation with the shared schema (ARCHITECTURE habit 3); null when it does not fit. */
export function parseMutation(name: string, args: unknown): ParsedMutation | null {
  if (!isMutationName(name)) return null;
  const result = z.safeParse(mutationArgs[name], args);
  return result.success ? ({ name, args: result.data } as ParsedMutation) : null;
}

export function runMutator<N extends MutationName>(
  tx: MutatorTx,
  name: N,
  args: MutationArgs<N>,
  ctx: MutatorContext,
): Promise<void> {
  const mutator: Mutator<N> = mutators[name];
  return mutator(tx, args, ctx);
}
