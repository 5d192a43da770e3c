/**
 * Flowing members (流动党员) and transfers (组织关系转接): the rules both the phone's optimistic
 * mutators and the server apply (docs/organisation.md, "Flowing members and transfers").
 */

export const FLOWING_STATUSES = ['pending', 'confirmed', 'rejected', 'ended'] as const;
export type FlowingStatus = (typeof FLOWING_STATUSES)[number];
export const FLOWING_DECISIONS = ['confirm', 'reject', 'end'] as const;
export type FlowingDecision = (typeof FLOWING_DECISIONS)[number];

/** The status a decision leads to from `from`, or null when it is not allowed there. */
export function flowingNext(from: FlowingStatus, decision: FlowingDecision): FlowingStatus | null {
  if (decision === 'confirm') return from === 'pending' ? 'confirmed' : null;
  if (decision === 'reject') return from === 'pending' ? 'rejected' : null;
  return from === 'confirmed' || from === 'pending' ? 'ended' : null;
}

/** A registration's dates: real calendar days, `until` not before `since`. Null when fine. */
export function flowingDatesProblem(
  since: string,
  until: string | null | undefined,
): string | null {
  if (!isCalendarDate(since)) return 'since';
  if (until != null && (!isCalendarDate(until) || until < since)) return 'until';
  return null;
}

export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const TRANSFER_DIRECTIONS = ['internal', 'out', 'in'] as const;
export type TransferDirection = (typeof TRANSFER_DIRECTIONS)[number];

/** The steps of a case in order; `cancelled` ends one early. */
export const TRANSFER_STEPS = [
  'requested',
  'approved',
  'letter_issued',
  'accepted',
  'completed',
] as const;
export const TRANSFER_STAGES = [...TRANSFER_STEPS, 'cancelled'] as const;
export type TransferStage = (typeof TRANSFER_STAGES)[number];
export type TransferTarget = Exclude<TransferStage, 'requested'>;
export const TRANSFER_TARGETS = TRANSFER_STAGES.filter(
  (s): s is TransferTarget => s !== 'requested',
);

/** A step that waits longer than this many days is flagged on both sides. */
export const TRANSFER_REMINDER_DAYS = 7;

/**
 * Which side does each step: the sending side approves and issues the letter, the receiving side
 * accepts (placing the member) and returns the receipt. When that side is outside the district,
 * the organizers of the side inside record what the other side did.
 */
export const STEP_SIDE: Record<Exclude<TransferTarget, 'cancelled'>, 'from' | 'to'> = {
  approved: 'from',
  letter_issued: 'from',
  accepted: 'to',
  completed: 'to',
};

export const isOpenStage = (s: TransferStage) => s !== 'completed' && s !== 'cancelled';

/** The step after `stage`, or null once the case is closed. */
export function nextStep(stage: TransferStage): TransferTarget | null {
  const i = (TRANSFER_STEPS as readonly string[]).indexOf(stage);
  if (i < 0 || i === TRANSFER_STEPS.length - 1) return null;
  return TRANSFER_STEPS[i + 1] as TransferTarget;
}

/** Whether moving a case from `from` to `to` is allowed: one step at a time, or cancel while open. */
export function transferTransitionAllowed(from: TransferStage, to: TransferTarget): boolean {
  if (to === 'cancelled') return isOpenStage(from);
  return nextStep(from) === to;
}

export interface TransferShape {
  direction: TransferDirection;
  memberId?: string | null;
  memberName?: string | null;
  fromOrgId?: string | null;
  fromText?: string | null;
  toOrgId?: string | null;
  toText?: string | null;
}

/**
 * Which fields a direction needs (the name of the first missing or extra one), or null: inside the
 * district both sides are orgs and the member has an account; out of it the receiving side is
 * text; into it the sending side is text and the member is named (they have no account here yet).
 */
export function transferShapeProblem(t: TransferShape): string | null {
  const has = (v: string | null | undefined) => v != null && v !== '';
  if (t.direction === 'internal') {
    if (!has(t.memberId)) return 'memberId';
    if (!has(t.fromOrgId)) return 'fromOrgId';
    if (!has(t.toOrgId)) return 'toOrgId';
    if (t.fromOrgId === t.toOrgId) return 'toOrgId';
    if (has(t.fromText) || has(t.toText)) return 'text';
  } else if (t.direction === 'out') {
    if (!has(t.memberId)) return 'memberId';
    if (!has(t.fromOrgId)) return 'fromOrgId';
    if (!has(t.toText)) return 'toText';
    if (has(t.toOrgId) || has(t.fromText)) return 'toOrgId';
  } else {
    if (!has(t.memberName)) return 'memberName';
    if (!has(t.fromText)) return 'fromText';
    if (!has(t.toOrgId)) return 'toOrgId';
    if (has(t.fromOrgId) || has(t.toText) || has(t.memberId)) return 'fromOrgId';
  }
  return null;
}

export interface TransferStep {
  stage: TransferStage;
  at: string;
  by: string | null;
  byName: string | null;
  note: string | null;
}

/** When the case last moved (its last step), as ms since the epoch. */
export function lastStepAt(steps: readonly TransferStep[], createdAt: string): number {
  const last = steps.at(-1);
  return new Date(last?.at ?? createdAt).getTime();
}

/** Days the open case has waited for its next step; 0 for a closed one. */
export function waitingDays(
  t: { stage: TransferStage; steps: readonly TransferStep[]; createdAt: string },
  now: number,
): number {
  if (!isOpenStage(t.stage)) return 0;
  return Math.floor((now - lastStepAt(t.steps, t.createdAt)) / 86_400_000);
}

/** The reminder: an open case whose next step has waited more than TRANSFER_REMINDER_DAYS. */
export const isOverdue = (
  t: { stage: TransferStage; steps: readonly TransferStep[]; createdAt: string },
  now: number,
) => waitingDays(t, now) > TRANSFER_REMINDER_DAYS;
