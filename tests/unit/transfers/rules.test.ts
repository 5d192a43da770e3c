import { describe, expect, it } from 'vitest';
import {
  flowingDatesProblem,
  flowingNext,
  isOverdue,
  nextStep,
  transferShapeProblem,
  transferTransitionAllowed,
  waitingDays,
} from '../../../src/shared/transfers/rules.ts';

const DAY = 86_400_000;

describe('membership-change rules (both ends)', () => {
  it('a flowing registration is confirmed or rejected while pending, ended while open', () => {
    expect(flowingNext('pending', 'confirm')).toBe('confirmed');
    expect(flowingNext('pending', 'reject')).toBe('rejected');
    expect(flowingNext('confirmed', 'end')).toBe('ended');
    expect(flowingNext('confirmed', 'confirm')).toBeNull();
    expect(flowingNext('rejected', 'end')).toBeNull();
    expect(flowingDatesProblem('2026-02-30', null)).toBe('since');
    expect(flowingDatesProblem('2026-03-01', '2026-02-28')).toBe('until');
    expect(flowingDatesProblem('2026-03-01', '2026-03-01')).toBeNull();
  });

  it('a transfer moves one step at a time and may be cancelled only while open', () => {
    expect(nextStep('requested')).toBe('approved');
    expect(nextStep('accepted')).toBe('completed');
    expect(nextStep('completed')).toBeNull();
    expect(transferTransitionAllowed('requested', 'letter_issued')).toBe(false);
    expect(transferTransitionAllowed('approved', 'letter_issued')).toBe(true);
    expect(transferTransitionAllowed('accepted', 'cancelled')).toBe(true);
    expect(transferTransitionAllowed('completed', 'cancelled')).toBe(false);
  });

  it('each direction needs its own fields', () => {
    const a = '00000000-0000-7000-8000-00000000000a';
    const b = '00000000-0000-7000-8000-00000000000b';
    const m = '00000000-0000-7000-8000-00000000000c';
    expect(
      transferShapeProblem({ direction: 'internal', memberId: m, fromOrgId: a, toOrgId: b }),
    ).toBeNull();
    expect(
      transferShapeProblem({ direction: 'internal', memberId: m, fromOrgId: a, toOrgId: a }),
    ).toBe('toOrgId');
    expect(transferShapeProblem({ direction: 'out', memberId: m, fromOrgId: a })).toBe('toText');
    expect(
      transferShapeProblem({ direction: 'in', memberName: '张三', fromText: '外区', toOrgId: b }),
    ).toBeNull();
    expect(transferShapeProblem({ direction: 'in', fromText: '外区', toOrgId: b })).toBe(
      'memberName',
    );
  });

  it('flags a step that has waited more than seven days, on an open case only', () => {
    const at = (daysAgo: number, now: number) => new Date(now - daysAgo * DAY).toISOString();
    const now = Date.UTC(2026, 5, 1);
    const steps = [
      { stage: 'approved' as const, at: at(8, now), by: null, byName: null, note: null },
    ];
    const open = { stage: 'approved' as const, steps, createdAt: at(9, now) };
    expect(waitingDays(open, now)).toBe(8);
    expect(isOverdue(open, now)).toBe(true);
    expect(isOverdue({ ...open, steps: [{ ...steps[0]!, at: at(7, now) }] }, now)).toBe(false);
    expect(isOverdue({ ...open, stage: 'completed' }, now)).toBe(false);
  });
});
