import { describe, expect, it } from 'vitest';
import {
  defaultReviewYear,
  discussionState,
  monthsDue,
  reviewRows,
  share,
  sortDiscussions,
} from '../../../../src/features/visits/duty-model.ts';
import type { FirmRecord, MemberAdminRecord } from '../../../../src/shared/org/records.ts';
import type {
  DiscussionRecord,
  InstructorReviewRecord,
  VisitRecord,
  WorklogRecord,
} from '../../../../src/shared/visits/records.ts';
import { reviewId } from '../../../../src/shared/visits/duties.ts';
import { reviewTable } from '../../../../src/features/visits/review-export.ts';
import type { TFunction } from 'i18next';

const cst = (s: string) => new Date(`${s}+08:00`).toISOString();
const NOW = new Date(cst('2026-12-01T10:00:00'));

const discussion = (id: string, at: string, held: boolean, instructorId = 'i') =>
  ({ id, instructorId, at: cst(at), held, topic: id, place: '会议室' }) as DiscussionRecord;

describe("the instructor's discussions on the home", () => {
  it('shows the first one not yet held, and flags a half year without any', () => {
    const list = [
      discussion('held', '2026-09-10T15:00:00', true),
      discussion('later', '2026-12-20T15:00:00', false),
      discussion('soon', '2026-12-08T15:00:00', false),
      discussion('other', '2026-12-02T15:00:00', false, 'j'),
    ];
    const s = discussionState(list, 'i', NOW);
    expect(s).toMatchObject({ half: '2026-H2', missing: false, nextPast: false });
    expect(s.next?.id).toBe('soon');
    // a planned one whose time passed comes first, waiting for its minutes
    const past = discussionState(
      [...list, discussion('past', '2026-11-28T15:00:00', false)],
      'i',
      NOW,
    );
    expect(past.next?.id).toBe('past');
    expect(past.nextPast).toBe(true);
    // nothing in this half year: flagged
    expect(
      discussionState([discussion('old', '2026-05-01T15:00:00', true)], 'i', NOW),
    ).toMatchObject({ missing: true, next: null });
    expect(sortDiscussions(list.slice(0, 3)).map((d) => d.id)).toEqual(['soon', 'later', 'held']);
  });
});

describe('the yearly review sheet', () => {
  const admins = [
    { userId: 'i', name: '王晓岚', orgId: 'park', roles: ['instructor'], disabled: false },
    { userId: 'j', name: '李指导', orgId: 'park', roles: ['instructor'], disabled: false },
    { userId: 'm', name: '党员', orgId: 'park', roles: ['member'], disabled: false },
    { userId: 'x', name: '停用', orgId: 'park', roles: ['instructor'], disabled: true },
  ] as MemberAdminRecord[];
  const firms = [
    { id: 'f1', name: '甲', instructorId: 'i' },
    { id: 'f2', name: '乙', instructorId: 'i' },
    { id: 'f3', name: '丙', instructorId: 'j' },
  ] as FirmRecord[];
  const visits = [
    { firmId: 'f1', at: cst('2026-11-20T10:00:00'), instructorId: 'i', userId: 'i' },
    { firmId: 'f2', at: cst('2026-11-25T10:00:00'), instructorId: 'i', userId: 'i' },
    { firmId: 'f1', at: cst('2025-11-20T10:00:00'), instructorId: 'i', userId: 'i' },
  ] as VisitRecord[];
  const worklogs = [
    { userId: 'i', month: '2026-10', status: 'submitted' },
    { userId: 'i', month: '2026-11', status: 'draft' },
    { userId: 'i', month: '2026-12', status: 'submitted' },
  ] as WorklogRecord[];
  const review = { id: reviewId('i', 2026), outcome: 'keep' } as InstructorReviewRecord;

  it('gives each active instructor their year', () => {
    const rows = reviewRows(
      {
        admins,
        firms,
        visits,
        worklogs,
        discussions: [discussion('d', '2026-05-20T15:00:00', true)],
        reviews: [review],
      },
      2026,
      15,
      NOW,
    );
    expect(rows.map((r) => r.instructorId).sort()).toEqual(['i', 'j']);
    const i = rows.find((r) => r.instructorId === 'i')!;
    expect(i.firms.map((f) => f.id)).toEqual(['f1', 'f2']);
    expect(i.visits).toBe(2);
    expect(i.logs).toEqual({ submitted: 1, of: 11 });
    expect(i.discussions).toEqual({ held: 1, of: 1 });
    expect(i.contacts.of).toBe(2);
    expect(i.review).toBe(review);
    const j = rows.find((r) => r.instructorId === 'j')!;
    expect(j).toMatchObject({ visits: 0, review: null, discussions: { held: 0, of: 1 } });
  });

  it('months due, shares and the year it opens on', () => {
    expect(monthsDue(2026, NOW)).toHaveLength(11);
    expect(monthsDue(2025, NOW)).toHaveLength(12);
    expect(monthsDue(2027, NOW)).toHaveLength(0);
    expect(share(1, 3)).toBe(33);
    expect(share(0, 0)).toBeNull();
    expect(defaultReviewYear(NOW)).toBe(2026);
    expect(defaultReviewYear(new Date(cst('2026-03-01T10:00:00')))).toBe(2025);
  });
});

describe('the review sheet as CSV', () => {
  it('has a row per instructor with the figures as the screen shows them', () => {
    const t = ((key: string) => key) as unknown as TFunction<'visits'>;
    const table = reviewTable(
      [
        {
          instructorId: 'i',
          name: '王晓岚',
          orgId: 'park',
          firms: [{ name: '甲' }, { name: '乙' }] as FirmRecord[],
          visits: 4,
          contacts: { onTime: 1, of: 3 },
          logs: { submitted: 10, of: 11 },
          discussions: { held: 0, of: 0 },
          review: { outcome: 'adjust', notes: '=减两家' } as InstructorReviewRecord,
        },
      ],
      () => '星火创业园党委',
      t,
    );
    expect(table.header).toHaveLength(10);
    expect(table.rows).toEqual([
      ['王晓岚', '星火创业园党委', '甲、乙', 4, 33, '1/3', '10/11', '', 'review.adjust', '=减两家'],
    ]);
  });
});
