import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { firmsByDue, settingsFor } from '../../../../src/features/visits/home-model.ts';
import type { FirmRecord } from '../../../../src/shared/org/records.ts';
import type { VisitRecord } from '../../../../src/shared/visits/records.ts';
import {
  contactDue,
  DEFAULT_CONTACT_DAYS,
  monthOf,
  monthRange,
  previousMonth,
  worklogId,
} from '../../../../src/shared/visits/rules.ts';

const firm = (id: string, name = id) => ({ id, name }) as FirmRecord;
const visit = (firmId: string, at: string) =>
  ({ id: `${firmId}-${at}`, firmId, at }) as VisitRecord;

describe("instructors' rules", () => {
  it('months are China time; the previous month wraps the year', () => {
    expect(monthOf('2025-01-31T16:30:00Z')).toBe('2025-02');
    expect(previousMonth('2025-01')).toBe('2024-12');
    expect(monthRange('2025-02')).toEqual({
      from: '2025-01-31T16:00:00.000Z',
      to: '2025-02-28T16:00:00.000Z',
    });
  });

  it('a work log id is a UUID, the same for the same user and month, different otherwise', () => {
    const a = worklogId('u1', '2025-03');
    expect(z.safeParse(z.uuid(), a).success).toBe(true);
    expect(worklogId('u1', '2025-03')).toBe(a);
    expect(worklogId('u1', '2025-04')).not.toBe(a);
    expect(worklogId('u2', '2025-03')).not.toBe(a);
  });

  it('a contact is due an interval after the last one; never contacted is overdue', () => {
    const now = new Date('2025-03-20T00:00:00Z');
    expect(contactDue('2025-03-10T00:00:00Z', 15, now)).toMatchObject({
      overdue: false,
      daysLeft: 5,
    });
    expect(contactDue('2025-03-01T00:00:00Z', 15, now)).toMatchObject({ overdue: true });
    expect(contactDue(null, 15, now).overdue).toBe(true);
  });

  it('orders firms by when a contact is due, never-contacted first', () => {
    const now = new Date('2025-03-20T00:00:00Z');
    const rows = firmsByDue(
      [firm('recent'), firm('old'), firm('never')],
      [visit('recent', '2025-03-18T00:00:00Z'), visit('old', '2025-02-20T00:00:00Z')],
      DEFAULT_CONTACT_DAYS,
      now,
    );
    expect(rows.map((r) => [r.firm.id, r.overdue])).toEqual([
      ['never', true],
      ['old', true],
      ['recent', false],
    ]);
  });

  it("uses the district's settings that apply to the user, else the defaults", () => {
    const orgs = [
      { id: 'd', parentId: null, name: '区', kind: 'district' as const },
      { id: 'p', parentId: 'd', name: '园区', kind: 'committee' as const },
    ];
    expect(settingsFor(orgs, [], 'p').intervalDays).toBe(DEFAULT_CONTACT_DAYS);
    const s = {
      id: 'd',
      orgId: 'd',
      intervalDays: 10,
      questions: [],
      createdAt: '',
      updatedAt: '',
    };
    expect(settingsFor(orgs, [s], 'p')).toEqual({ intervalDays: 10, questions: [] });
  });
});
