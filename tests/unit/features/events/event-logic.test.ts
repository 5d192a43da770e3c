import { describe, expect, it } from 'vitest';
import { parseCheckinLink } from '../../../../src/features/events/checkin-link.ts';
import { memberOfCard } from '../../../../src/features/events/card-token.ts';
import { attendanceOf, monthlyRates } from '../../../../src/features/events/attendance.ts';
import { planSeries } from '../../../../src/features/events/series-plan.ts';
import { DEFAULT_RULE } from '../../../../src/shared/party-days.ts';
import { mutationArgs } from '../../../../src/shared/mutations/index.ts';

const E = '01890a5d-ac96-774b-bcce-b302099a8057';
const U1 = '01890a5d-ac96-774b-bcce-b302099a8001';
const U2 = '01890a5d-ac96-774b-bcce-b302099a8002';
const U3 = '01890a5d-ac96-774b-bcce-b302099a8003';

describe('check-in links', () => {
  it('reads a scanned URL and a page query', () => {
    expect(parseCheckinLink(`https://lianxin.example/checkin?e=${E}&w=57000000&c=012345`)).toEqual({
      eventId: E,
      window: 57000000,
      code: '012345',
    });
    expect(parseCheckinLink(new URLSearchParams(`e=${E}&w=1&c=999999`))).toMatchObject({
      window: 1,
    });
  });

  it('refuses anything else', () => {
    for (const bad of [
      `https://x.example/other?e=${E}&w=1&c=123456`,
      `https://x.example/checkin?e=nope&w=1&c=123456`,
      `https://x.example/checkin?e=${E}&w=-1&c=123456`,
      `https://x.example/checkin?e=${E}&w=1&c=12345`,
      'javascript:alert(1)',
      '',
    ]) {
      expect(parseCheckinLink(bad)).toBeNull();
    }
  });
});

describe('member cards', () => {
  const payload = (o: unknown) =>
    btoa(JSON.stringify(o)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  it('reads the member a card names', () => {
    const token = `${payload({ u: U1, e: 2e9 })}.c2lnbmF0dXJl`;
    expect(memberOfCard(token)).toEqual({ memberId: U1, cardToken: token });
  });
  it('ignores QR codes that are not cards', () => {
    expect(memberOfCard('https://example.com')).toBeNull();
    expect(memberOfCard(`${payload({ u: 'x' })}.sig`)).toBeNull();
    expect(memberOfCard('a.b.c')).toBeNull();
  });
});

describe('attendance', () => {
  const orgs = [
    { id: 'park', parentId: null },
    { id: 'A', parentId: 'park' },
    { id: 'A1', parentId: 'A' },
    { id: 'B', parentId: 'park' },
  ];
  const users = [
    { id: U1, name: '陈', orgId: 'A', roles: ['member'] },
    { id: U2, name: '王', orgId: 'A1', roles: ['member'] },
    { id: U3, name: '赵', orgId: 'B', roles: ['member'] },
    { id: 'staff', name: '周', orgId: 'A', roles: ['staff'] },
  ];
  const event = { id: E, orgId: 'A' };

  it('lists members of the org subtree with who answered and who came', () => {
    const a = attendanceOf(
      event,
      orgs,
      users,
      [
        { eventId: E, userId: U1, status: 'going' },
        { eventId: E, userId: U2, status: 'going' },
      ],
      [
        { eventId: E, userId: U1, method: 'code', createdAt: '2025-01-09T06:00:00Z' },
        { eventId: 'other', userId: U2, method: 'code', createdAt: '2025-01-09T06:00:00Z' },
      ],
    );
    expect(a.rows.map((r) => r.user.id).sort()).toEqual([U1, U2].sort());
    expect(a).toMatchObject({ going: 2, came: 1, missed: 1 });
  });

  it('computes a rate per Shanghai month over past events', () => {
    const events = [
      {
        id: E,
        orgId: 'A',
        startsAt: '2025-01-09T06:00:00Z',
        endsAt: '2025-01-09T08:00:00Z',
        status: 'scheduled' as const,
      },
      {
        id: 'e2',
        orgId: 'A',
        startsAt: '2025-02-13T06:00:00Z',
        endsAt: '2025-02-13T08:00:00Z',
        status: 'scheduled' as const,
      },
      {
        id: 'e3',
        orgId: 'A',
        startsAt: '2025-03-13T06:00:00Z',
        endsAt: '2025-03-13T08:00:00Z',
        status: 'cancelled' as const,
      },
      {
        id: 'e4',
        orgId: 'A',
        startsAt: '2030-03-13T06:00:00Z',
        endsAt: '2030-03-13T08:00:00Z',
        status: 'scheduled' as const,
      },
    ];
    const checkins = [
      { eventId: E, userId: U1, method: 'code' as const, createdAt: '' },
      { eventId: E, userId: U2, method: 'card' as const, createdAt: '' },
      { eventId: 'e2', userId: U2, method: 'manual' as const, createdAt: '' },
    ];
    expect(monthlyRates(events, orgs, users, checkins, Date.parse('2025-06-01'))).toEqual([
      { month: '2025-01', rate: 1, came: 2, expected: 2 },
      { month: '2025-02', rate: 0.5, came: 1, expected: 2 },
    ]);
  });
});

describe('planning a monthly series', () => {
  it('makes one valid event.save per theme on the second Thursday', () => {
    const saves = planSeries(
      {
        orgId: E,
        title: '月度主题党日',
        venue: '红色会客厅',
        capacity: 30,
        agenda: [{ title: '重温入党誓词', mandatory: true }],
      },
      DEFAULT_RULE,
      '2025-01',
      ['一月主题', '二月主题', '三月主题'],
    );
    expect(saves.map((s) => s.startsAt)).toEqual([
      '2025-01-09T06:00:00.000Z',
      '2025-02-13T06:00:00.000Z',
      '2025-03-13T06:00:00.000Z',
    ]);
    expect(new Set(saves.map((s) => s.seriesId)).size).toBe(1);
    expect(new Set(saves.map((s) => s.id)).size).toBe(3);
    for (const s of saves) expect(mutationArgs['event.save'].safeParse(s).success).toBe(true);
  });
});
