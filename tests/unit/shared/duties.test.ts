import { describe, expect, it } from 'vitest';
import {
  contactsOnTime,
  discussionProblem,
  discussionsHeld,
  halfYearOf,
  halfYearsOf,
  previousHalfYear,
  reviewId,
  reviewProblem,
} from '../../../src/shared/visits/duties.ts';
import { stableId, worklogId } from '../../../src/shared/visits/rules.ts';
import { computeIndicator, discussionsHeldShare } from '../../../src/shared/checklist/compute.ts';

/** China Standard Time wall clock → ISO instant */
const cst = (s: string) => new Date(`${s}+08:00`).toISOString();
const NOW = Date.parse(cst('2026-12-01T10:00:00'));

describe("the instructor's duties, as both ends count them", () => {
  it('cuts the year into two China-time halves', () => {
    expect(halfYearOf(cst('2026-06-30T23:59:00'))).toBe('2026-H1');
    expect(halfYearOf(cst('2026-07-01T00:00:00'))).toBe('2026-H2');
    expect(previousHalfYear('2026-H1')).toBe('2025-H2');
    expect(halfYearsOf(2026)).toEqual(['2026-H1', '2026-H2']);
  });

  it('a held discussion has taken place and has minutes; it is never planned again', () => {
    const d = { at: cst('2026-11-20T14:00:00'), held: true, notes: '纪要', firmIds: ['a'] };
    expect(discussionProblem(d, false, NOW)).toBeNull();
    expect(discussionProblem({ ...d, notes: '  ' }, false, NOW)?.code).toBe('invalid_request');
    expect(discussionProblem({ ...d, at: cst('2026-12-05T14:00:00') }, false, NOW)?.code).toBe(
      'invalid_request',
    );
    expect(discussionProblem({ ...d, held: false }, true, NOW)?.code).toBe('invalid_transition');
    expect(discussionProblem({ ...d, firmIds: ['a', 'a'] }, false, NOW)?.code).toBe(
      'invalid_request',
    );
    // planned ahead, without minutes: fine
    expect(
      discussionProblem(
        { ...d, held: false, notes: '', at: cst('2027-01-05T14:00:00') },
        false,
        NOW,
      ),
    ).toBeNull();
  });

  it('a review is for a year begun, and an adjustment says what changes', () => {
    expect(reviewProblem({ year: 2026, outcome: 'keep', notes: '' }, NOW)).toBeNull();
    expect(reviewProblem({ year: 2027, outcome: 'keep', notes: '' }, NOW)).toMatch(/begun/);
    expect(reviewProblem({ year: 2026, outcome: 'adjust', notes: ' ' }, NOW)).toMatch(/change/);
    expect(reviewId('u1', 2026)).toBe(reviewId('u1', 2026));
    expect(reviewId('u1', 2026)).not.toBe(reviewId('u1', 2025));
    expect(worklogId('u1', '2026-11')).toBe(stableId('worklog:u1:2026-11'));
  });

  it('counts contacts on time with the interval, and the contact missed at the end', () => {
    const visits = [
      { firmId: 'f', at: cst('2026-10-25T10:00:00') },
      { firmId: 'f', at: cst('2026-11-05T10:00:00') }, // 11 days later: on time
      { firmId: 'f', at: cst('2026-11-30T10:00:00') }, // 25 days later: late
    ];
    // the year's start counts as the contact before the first (Jan 1 → Oct 25: late)
    expect(contactsOnTime(['f'], visits, 2026, 15, NOW)).toEqual({ onTime: 1, of: 3 });
    // a firm never contacted: one contact due and missed
    expect(contactsOnTime(['g'], visits, 2026, 15, NOW)).toEqual({ onTime: 0, of: 1 });
    // a year still to come counts nothing
    expect(contactsOnTime(['f'], visits, 2027, 15, NOW)).toEqual({ onTime: 0, of: 0 });
  });

  it('counts half years once ended or once a discussion was held in them', () => {
    const held = [{ instructorId: 'i', at: cst('2026-05-20T15:00:00'), held: true }];
    expect(discussionsHeld('i', held, halfYearsOf(2026), NOW)).toEqual({ held: 1, of: 1 });
    expect(
      discussionsHeld(
        'i',
        [...held, { instructorId: 'i', at: cst('2026-11-20T15:00:00'), held: true }],
        halfYearsOf(2026),
        NOW,
      ),
    ).toEqual({ held: 2, of: 2 });
    // planned only: not held; a half year still under way is not yet a miss
    expect(
      discussionsHeld(
        'i',
        [{ instructorId: 'i', at: cst('2026-05-20T15:00:00'), held: false }],
        halfYearsOf(2026),
        NOW,
      ),
    ).toEqual({ held: 0, of: 1 });
    expect(discussionsHeld('j', held, halfYearsOf(2025), NOW)).toEqual({ held: 0, of: 2 });
  });

  it('computes the checklist indicator from the instructors of the branch firms', () => {
    const discussions = [{ instructorId: 'i', at: cst('2026-05-20T15:00:00'), held: true }];
    const base = { discussions, instructorIds: ['i', 'j'], now: NOW };
    // the year: i held one in H1, j none; H2 still under way
    expect(discussionsHeldShare({ ...base, period: '2026' })).toEqual({
      value: 0.5,
      count: 1,
      of: 2,
    });
    // June: its half year ends with it
    expect(discussionsHeldShare({ ...base, period: '2026-06' }).of).toBe(2);
    // March: i had not held it yet, and the half year was not over: no data
    expect(discussionsHeldShare({ ...base, period: '2026-03' }).value).toBeNull();
    // a phone without the records reads no data
    expect(
      computeIndicator(
        'discussions_held',
        {
          events: [],
          checkins: [],
          progress: [],
          requests: [],
          dueAt: () => 0,
          visits: [],
          firmIds: [],
          lists: [],
          memberIds: [],
          discussions: null,
          instructorIds: ['i'],
        },
        '2026',
        NOW,
      ).value,
    ).toBeNull();
  });
});
