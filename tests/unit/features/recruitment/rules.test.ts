import { describe, expect, it } from 'vitest';
import { addMonths, chinaDate } from '../../../../src/shared/recruitment/dates.ts';
import { dueItems } from '../../../../src/shared/recruitment/due.ts';
import {
  checkAdvance,
  checkStep,
  type CandidateState,
  type Lookup,
} from '../../../../src/shared/recruitment/rules.ts';

const NOW = new Date('2026-06-15T04:00:00Z');
const at = (d: string) => `${d}T10:00:00+08:00`;
const base: CandidateState = {
  stage: 'applicant',
  userId: null,
  appliedAt: '2023-01-10',
  activistAt: null,
  targetAt: null,
  probationaryAt: null,
  contacts: [],
};
const people: Record<string, { roles: string[]; standing: string | null }> = {
  full1: { roles: ['member'], standing: 'full' },
  full2: { roles: ['member', 'organizer'], standing: 'full' },
  prob: { roles: ['member'], standing: 'probationary' },
  staff: { roles: ['staff'], standing: null },
};
const server: Lookup = (id) => people[id];
const phone: Lookup = (id) => people[id] ?? 'unknown';

describe('recruitment dates', () => {
  it('counts months in calendar dates, clamping to the end of a shorter month', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
    // 20:00 UTC is the next morning in China
    expect(chinaDate('2025-12-31T20:00:00Z')).toBe('2026-01-01');
  });
});

describe('candidate.advance rules', () => {
  it('goes one stage at a time, forward only', () => {
    expect(checkAdvance(base, { to: 'target', at: at('2024-06-01') }, server, NOW)?.code).toBe(
      'invalid_transition',
    );
    const activist = { ...base, stage: 'activist' as const, activistAt: '2023-03-01' };
    expect(
      checkAdvance(activist, { to: 'activist', at: at('2024-06-01') }, server, NOW)?.code,
    ).toBe('invalid_transition');
    expect(
      checkAdvance(activist, { to: 'applicant', at: at('2024-06-01') }, server, NOW)?.code,
    ).toBe('invalid_transition');
    expect(checkAdvance(base, { to: 'activist', at: at('2023-03-01') }, server, NOW)).toBeNull();
  });

  it('refuses a date before the previous stage or after today', () => {
    expect(checkAdvance(base, { to: 'activist', at: at('2022-12-01') }, server, NOW)?.code).toBe(
      'too_early',
    );
    expect(checkAdvance(base, { to: 'activist', at: at('2026-06-16') }, server, NOW)?.code).toBe(
      'invalid_request',
    );
  });

  it('needs one or two contact members for a development target, and a year as activist', () => {
    const activist = { ...base, stage: 'activist' as const, activistAt: '2024-03-01' };
    expect(checkAdvance(activist, { to: 'target', at: at('2025-03-01') }, server, NOW)?.code).toBe(
      'invalid_contacts',
    );
    expect(
      checkAdvance(
        activist,
        { to: 'target', at: at('2025-03-01'), contacts: ['full1', 'full2', 'prob'] },
        server,
        NOW,
      )?.code,
    ).toBe('invalid_contacts');
    expect(
      checkAdvance(
        activist,
        { to: 'target', at: at('2025-03-01'), contacts: ['staff'] },
        server,
        NOW,
      )?.code,
    ).toBe('invalid_contacts');
    const named = { ...activist, contacts: ['prob'] };
    expect(checkAdvance(named, { to: 'target', at: at('2025-02-28') }, server, NOW)?.code).toBe(
      'too_early',
    );
    expect(checkAdvance(named, { to: 'target', at: at('2025-03-01') }, server, NOW)).toBeNull();
  });

  it('needs exactly two full members as introducers', () => {
    const target = {
      ...base,
      stage: 'target' as const,
      activistAt: '2023-03-01',
      targetAt: '2024-04-01',
      contacts: ['full1'],
    };
    const go = (introducers: string[], lookup = server) =>
      checkAdvance(target, { to: 'probationary', at: at('2024-09-01'), introducers }, lookup, NOW)
        ?.code ?? null;
    expect(go(['full1'])).toBe('invalid_introducers');
    expect(go(['full1', 'full1'])).toBe('invalid_introducers');
    expect(go(['full1', 'prob'])).toBe('invalid_introducers');
    expect(go(['full1', 'nobody'])).toBe('invalid_introducers');
    expect(go(['full1', 'full2'])).toBeNull();
    // the phone leaves people it does not hold to the server
    expect(go(['full1', 'nobody'], phone)).toBeNull();
  });

  it('makes a full member a year after the branch meeting', () => {
    const prob = {
      ...base,
      stage: 'probationary' as const,
      activistAt: '2023-03-01',
      targetAt: '2024-04-01',
      probationaryAt: '2024-09-01',
    };
    expect(checkAdvance(prob, { to: 'full', at: at('2025-08-31') }, server, NOW)?.code).toBe(
      'too_early',
    );
    expect(checkAdvance(prob, { to: 'full', at: at('2025-09-01') }, server, NOW)).toBeNull();
  });
});

describe('candidate.step rules', () => {
  it('records a step only in its stage, on or after the stage began', () => {
    expect(checkStep(base, { kind: 'talk', at: at('2023-01-20') }, NOW)).toBeNull();
    expect(checkStep(base, { kind: 'review', at: at('2023-01-20') }, NOW)?.code).toBe(
      'invalid_transition',
    );
    expect(checkStep(base, { kind: 'talk', at: at('2023-01-01') }, NOW)?.code).toBe('too_early');
  });
});

describe('what is due', () => {
  it('flags the talk within a month of applying, then overdue', () => {
    const c = { ...base, appliedAt: '2026-06-01' };
    expect(dueItems(c, [], '2026-06-20')[0]).toEqual({
      kind: 'talk',
      date: '2026-07-01',
      status: 'due',
    });
    expect(dueItems(c, [], '2026-07-02')[0]?.status).toBe('overdue');
    expect(dueItems(c, [{ kind: 'talk', at: '2026-06-10' }], '2026-07-02')[0]?.kind).toBe(
      'activist',
    );
  });

  it('reviews an activist every half year and opens the target stage after a year', () => {
    const c = { ...base, stage: 'activist' as const, activistAt: '2025-06-01' };
    const items = dueItems(c, [{ kind: 'review', at: '2025-12-01' }], '2026-06-15');
    expect(items).toEqual([
      { kind: 'review', date: '2026-06-01', status: 'overdue' },
      { kind: 'target', date: '2026-06-01', status: 'due' },
    ]);
  });

  it('asks a development target for the political review and the training', () => {
    const c = {
      ...base,
      stage: 'target' as const,
      activistAt: '2024-01-01',
      targetAt: '2025-02-01',
    };
    const kinds = (steps: { kind: 'political_review' | 'training'; at: string }[]) =>
      dueItems(c, steps, '2026-06-15').map((i) => i.kind);
    expect(kinds([])).toEqual(['political_review', 'training', 'probationary']);
    expect(kinds([{ kind: 'political_review', at: '2025-03-01' }])).toEqual([
      'training',
      'probationary',
    ]);
  });

  it('counts probation from the branch meeting', () => {
    const c = {
      ...base,
      stage: 'probationary' as const,
      activistAt: '2023-01-01',
      targetAt: '2024-02-01',
      probationaryAt: '2025-07-01',
    };
    expect(dueItems(c, [], '2026-06-15')).toEqual([
      { kind: 'full', date: '2026-07-01', status: 'upcoming' },
    ]);
    expect(dueItems({ ...c, stage: 'full', fullAt: '2026-07-01' }, [], '2026-07-02')).toEqual([]);
  });
});
