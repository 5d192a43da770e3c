import { describe, expect, it } from 'vitest';
import { currentInvite } from '../../../../src/features/members/current-invite.ts';
import { managedOrgs } from '../../../../src/features/members/managed-orgs.ts';
import { matches, sortMembers } from '../../../../src/features/members/member-sort.ts';

const member = (id: string, name: string, phone: string, extra: object = {}) => ({
  id,
  name,
  phone,
  login: phone,
  orgId: 'a',
  standing: 'full' as const,
  activated: true,
  disabled: false,
  ...extra,
});

const roll = [
  member('1', '王一帆', '13800000003'),
  member('2', '陈晓创', '13800000001', { activated: false }),
  member('3', '林书记', '13800000002', { disabled: true, orgId: 'b' }),
  member('4', '赵楼宇', '13800000004', { standing: 'probationary' as const }),
];
const orgName = (id: string) => (id === 'a' ? '创客联合党支部' : '数智楼宇党支部');

describe('the members roll', () => {
  it('finds a member by part of the name or the phone number, however it is typed', () => {
    expect(matches(roll[0]!, '一帆')).toBe(true);
    expect(matches(roll[1]!, '138 0000 0001')).toBe(true);
    expect(matches(roll[1]!, '+8613800000001')).toBe(true);
    expect(matches(roll[1]!, '王')).toBe(false);
  });

  it('sorts by status with accounts waiting for activation first, and back the other way', () => {
    const asc = sortMembers(roll, { key: 'status', dir: 'asc' }, orgName);
    expect(asc.map((m) => m.id)[0]).toBe('2');
    expect(asc.map((m) => m.id).at(-1)).toBe('3');
    const desc = sortMembers(roll, { key: 'status', dir: 'desc' }, orgName);
    expect(desc[0]!.id).toBe('3');
  });

  it('sorts by phone, standing and organisation, ties by name', () => {
    expect(sortMembers(roll, { key: 'phone', dir: 'asc' }, orgName).map((m) => m.id)).toEqual([
      '2',
      '3',
      '1',
      '4',
    ]);
    expect(sortMembers(roll, { key: 'standing', dir: 'desc' }, orgName)[0]!.id).toBe('4');
    expect(sortMembers(roll, { key: 'org', dir: 'desc' }, orgName)[0]!.id).toBe('3');
  });

  it('filters and sorts in one go', () => {
    expect(sortMembers(roll, { key: 'name', dir: 'asc' }, orgName, '1380000000')).toHaveLength(4);
    expect(
      sortMembers(roll, { key: 'name', dir: 'asc' }, orgName, '楼宇').map((m) => m.id),
    ).toEqual(['4']);
  });
});

describe('what an organizer manages', () => {
  const orgs = [
    { id: 'd', parentId: null, name: '区', kind: 'district' as const },
    { id: 'p', parentId: 'd', name: '园区', kind: 'committee' as const },
    { id: 'b2', parentId: 'p', name: '乙支部', kind: 'branch' as const },
    { id: 'b1', parentId: 'p', name: '甲支部', kind: 'branch' as const },
    { id: 'g', parentId: 'b1', name: '小组', kind: 'group' as const },
    { id: 'x', parentId: null, name: '别区', kind: 'district' as const },
  ];

  it('is their node and everything below it, parents first, never a sibling', () => {
    const managed = managedOrgs(orgs, 'p');
    expect(managed.map((m) => m.org.id).sort()).toEqual(['b1', 'b2', 'g', 'p']);
    expect(managed[0]).toMatchObject({ org: { id: 'p' }, depth: 0 });
    expect(managed.find((m) => m.org.id === 'g')?.depth).toBe(2);
    expect(managedOrgs(orgs, undefined)).toEqual([]);
  });
});

describe("a branch's current invitation code", () => {
  const invite = (id: string, createdAt: string, extra: object = {}) => ({
    id,
    orgId: 'b1',
    code: `code-${id}`,
    expiresAt: '2026-12-31T00:00:00Z',
    revokedAt: null,
    userId: 'u',
    uses: 0,
    createdAt,
    updatedAt: createdAt,
    ...extra,
  });
  const now = new Date('2026-12-01T00:00:00Z');

  it('is the newest neither revoked nor expired', () => {
    const invites = [
      invite('old', '2026-10-01T00:00:00Z'),
      invite('new', '2026-11-01T00:00:00Z'),
      invite('revoked', '2026-11-20T00:00:00Z', { revokedAt: '2026-11-21T00:00:00Z' }),
      invite('expired', '2026-11-25T00:00:00Z', { expiresAt: '2026-11-30T00:00:00Z' }),
    ];
    expect(currentInvite(invites, now)?.id).toBe('new');
    expect(currentInvite([invites[2]!, invites[3]!], now)).toBeUndefined();
  });
});
