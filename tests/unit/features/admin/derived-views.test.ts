import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type LianxinDB } from '../../../../src/db/db.ts';
import { mergeAccounts } from '../../../../src/features/admin/accounts.ts';
import { auditDiff } from '../../../../src/features/admin/audit-diff.ts';
import { coverageByPark, parkOf } from '../../../../src/features/admin/coverage.ts';
import { creditCodeFeedback } from '../../../../src/features/admin/credit-code-feedback.ts';
import { toCsv } from '../../../../src/features/admin/csv.ts';
import { filterFirms, NO_FILTER } from '../../../../src/features/admin/firm-filter.ts';
import {
  buildTree,
  descendantsOf,
  flattenTree,
  moveTargets,
} from '../../../../src/features/admin/org-tree-model.ts';
import { nextSort, sortRows } from '../../../../src/features/admin/sort-rows.ts';
import type { FirmRecord, MemberAdminRecord } from '../../../../src/shared/org/records.ts';
import type { OrgRecord, UserRecord } from '../../../../src/shared/records.ts';

const T = '2026-11-01T00:00:00.000Z';

const orgs: OrgRecord[] = [
  { id: 'd', parentId: null, kind: 'district', name: '滨江区两新工委' },
  { id: 'p1', parentId: 'd', kind: 'committee', name: '创新园党委' },
  { id: 'p2', parentId: 'd', kind: 'committee', name: '金融港党委' },
  { id: 'g1', parentId: 'p1', kind: 'grid', name: '东区网格' },
  { id: 'b1', parentId: 'g1', kind: 'branch', name: '联合第一支部' },
  { id: 'b2', parentId: 'p1', kind: 'branch', name: '星云科技支部' },
  { id: 'b3', parentId: 'p2', kind: 'branch', name: '金融联合支部' },
  { id: 'gr1', parentId: 'b1', kind: 'group', name: '第一党小组' },
];

const user = (id: string, orgId: string, roles: string[]): UserRecord => ({
  id,
  userId: id,
  name: `用户${id}`,
  login: `1380000${id.padStart(4, '0')}`,
  roles,
  orgId,
  groups: [],
});

const admin = (
  id: string,
  orgId: string,
  roles: string[],
  standing: 'full' | 'probationary' | null,
  disabled = false,
): MemberAdminRecord => ({
  ...user(id, orgId, roles),
  phone: null,
  standing,
  joinedAt: null,
  disabled,
  activated: true,
  activationCode: null,
  activationExpiresAt: null,
  createdAt: T,
  updatedAt: T,
});

const firm = (over: Partial<FirmRecord> & Pick<FirmRecord, 'id' | 'name'>): FirmRecord => ({
  orgId: 'p1',
  creditCode: '91350100M000100Y43',
  coverage: 'none',
  branchId: null,
  building: null,
  industry: null,
  headcount: null,
  memberCount: null,
  instructorId: null,
  createdAt: T,
  updatedAt: T,
  ...over,
});

let db: LianxinDB;
let n = 0;

beforeEach(async () => {
  db = createDb(`admin-views-${++n}`);
  await db.orgs.bulkPut(orgs);
  // users reach the phone for everyone; member_admin adds standing and disabled
  await db.users.bulkPut([
    user('1', 'b1', ['member']),
    user('2', 'gr1', ['member']),
    user('3', 'b1', ['member', 'organizer']),
    user('4', 'b2', ['member']),
    user('5', 'p1', ['organizer']),
    user('6', 'b3', ['member']),
  ]);
  await db.memberAdmins.bulkPut([
    admin('1', 'b1', ['member'], 'full'),
    admin('2', 'gr1', ['member'], 'full'),
    admin('3', 'b1', ['member', 'organizer'], 'probationary'),
    admin('4', 'b2', ['member'], 'full'),
    admin('7', 'b2', ['member'], 'full', true),
  ]);
  await db.firms.bulkPut([
    firm({ id: 'f1', name: '星云科技', coverage: 'own_branch', branchId: 'b2', memberCount: 4 }),
    firm({ id: 'f2', name: '青禾设计', coverage: 'joint_branch', branchId: 'b1', memberCount: 1 }),
    firm({ id: 'f3', name: '安澜咨询', coverage: 'joint_branch', branchId: 'b1', memberCount: 2 }),
    firm({ id: 'f4', name: '未覆盖甲', coverage: 'none', memberCount: 2, building: 'A 座 5 层' }),
    firm({ id: 'f5', name: '未覆盖乙', coverage: 'none', memberCount: 5 }),
    firm({ id: 'f6', name: '无党员企业', coverage: 'none', memberCount: 0 }),
    firm({ id: 'f7', name: '港湾金融', orgId: 'p2', coverage: 'instructor', memberCount: 3 }),
  ]);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function read() {
  const [o, users, admins, firms] = await Promise.all([
    db.orgs.toArray(),
    db.users.toArray(),
    db.memberAdmins.toArray(),
    db.firms.toArray(),
  ]);
  return { orgs: o, accounts: mergeAccounts(users, admins), firms };
}

describe('org tree counts', () => {
  it('adds members and firms up from the leaves; organizers are the node’s own', async () => {
    const { orgs: o, accounts, firms } = await read();
    const tree = buildTree(o, accounts, firms, 'd');
    const rows = flattenTree(tree);
    const at = (id: string) => rows.find((r) => r.org.id === id)!.counts;
    // the disabled account 7 is not counted; user 6 has no admin record and still counts
    expect(at('b1')).toEqual({ members: 3, firms: 2, organizers: 1 });
    expect(at('g1')).toEqual({ members: 3, firms: 2, organizers: 0 });
    expect(at('p1')).toEqual({ members: 4, firms: 6, organizers: 1 });
    expect(at('d')).toEqual({ members: 5, firms: 7, organizers: 0 });
    // depth-first, children in pinyin order
    expect(rows.map((r) => r.org.id)).toEqual(['d', 'p1', 'g1', 'b1', 'gr1', 'b2', 'p2', 'b3']);
  });

  it('shows an organizer only the subtree they manage', async () => {
    const { orgs: o, accounts, firms } = await read();
    const rows = flattenTree(buildTree(o, accounts, firms, 'g1'));
    expect(rows.map((r) => r.org.name)).toEqual(['东区网格', '联合第一支部', '第一党小组']);
  });

  it('offers as new parents only kinds that may hold the node, never its own descendants', async () => {
    const { orgs: o } = await read();
    const all = descendantsOf(o, 'd');
    expect(moveTargets(o, 'b1', all).map((x) => x.id)).toEqual(['p1', 'p2']);
    expect(moveTargets(o, 'g1', all).map((x) => x.id)).toEqual(['p2']);
    // a park cannot go under its own grid or branch, nor anywhere but the district it is in
    expect(moveTargets(o, 'p1', all)).toEqual([]);
    // only within the viewer's tree
    expect(moveTargets(o, 'b2', descendantsOf(o, 'p1')).map((x) => x.id)).toEqual(['g1']);
  });
});

describe('coverage per park', () => {
  it('lists firms with members but no coverage first, most members first', async () => {
    const { orgs: o, accounts, firms } = await read();
    const parks = coverageByPark(o, accounts, firms, descendantsOf(o, 'd'));
    expect(parks.map((p) => p.park.name)).toEqual(['创新园党委', '金融港党委']);
    const [p1, p2] = parks;
    expect(p1!.uncovered.map((f) => f.name)).toEqual(['未覆盖乙', '未覆盖甲']);
    expect(p1!.firmCount).toBe(6);
    expect(p2!.uncovered).toEqual([]);
  });

  it('names branches under three full members, counting groups and leaving out the disabled', async () => {
    const { orgs: o, accounts, firms } = await read();
    const [p1, p2] = coverageByPark(o, accounts, firms, descendantsOf(o, 'd'));
    // b1: 1 and 2 full (2 sits in a group), 3 probationary; b2: 4 full, 7 disabled
    expect(p1!.thinBranches.map((b) => [b.branch.id, b.fullMembers])).toEqual([
      ['b2', 1],
      ['b1', 2],
    ]);
    // 6 has no standing on the phone (no admin record): not counted as full
    expect(p2!.thinBranches.map((b) => [b.branch.id, b.fullMembers])).toEqual([['b3', 0]]);
  });

  it('shows each joint branch with the firms it covers', async () => {
    const { orgs: o, accounts, firms } = await read();
    const [p1] = coverageByPark(o, accounts, firms, descendantsOf(o, 'd'));
    expect(p1!.jointBranches.map((j) => [j.branch.id, j.firms.map((f) => f.id)])).toEqual([
      ['b1', ['f3', 'f2']],
    ]);
  });

  it('finds a node’s park', async () => {
    const { orgs: o } = await read();
    expect(parkOf(o, 'gr1')?.id).toBe('p1');
    expect(parkOf(o, 'd')).toBeNull();
  });
});

describe('register search, filter and sort', () => {
  it('searches name, credit code and building, ignoring case and spaces', async () => {
    const { orgs: o, firms } = await read();
    const park = (id: string) => parkOf(o, id)?.id ?? null;
    const names = (q: Partial<typeof NO_FILTER>) =>
      filterFirms(firms, { ...NO_FILTER, ...q }, park)
        .map((f) => f.id)
        .sort();
    expect(names({ query: '星云' })).toEqual(['f1']);
    expect(names({ query: 'a座5' })).toEqual(['f4']);
    expect(names({ query: 'm000100' })).toHaveLength(7);
    expect(names({ coverage: 'joint_branch' })).toEqual(['f2', 'f3']);
    expect(names({ parkId: 'p2' })).toEqual(['f7']);
    expect(names({ parkId: 'p1', coverage: 'none', query: '未覆盖' })).toEqual(['f4', 'f5']);
  });

  it('sorts Chinese names in pinyin order, numbers numerically, empty values last', async () => {
    const { firms } = await read();
    const by = (key: 'name' | 'memberCount' | 'building', dir: 'asc' | 'desc') =>
      sortRows(firms, { key, dir }, (f, k) => f[k]).map((f) => f.id);
    // 安 an, 港 gang, 青 qing, 未 wei (甲 jia < 乙 yi), 无 wu, 星 xing
    expect(by('name', 'asc')).toEqual(['f3', 'f7', 'f2', 'f4', 'f5', 'f6', 'f1']);
    expect(by('memberCount', 'desc')).toEqual(['f5', 'f1', 'f7', 'f3', 'f4', 'f2', 'f6']);
    expect(by('building', 'desc')[0]).toBe('f4');
    expect(by('building', 'asc')[0]).toBe('f4');
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort({ key: 'name', dir: 'desc' }, 'memberCount')).toEqual({
      key: 'memberCount',
      dir: 'asc',
    });
  });
});

describe('credit code as it is typed', () => {
  it('names a wrong character at once, the length until complete, then the check character', () => {
    expect(creditCodeFeedback('91O')).toMatchObject({ problem: 'character', badChar: 'O' });
    expect(creditCodeFeedback('9135')).toMatchObject({ problem: 'length', length: 4 });
    expect(creditCodeFeedback('91350100M000100Y44')).toMatchObject({ problem: 'check' });
    expect(creditCodeFeedback(' 91350100m000100y43 ')).toMatchObject({ problem: null });
  });
});

describe('exports and audit', () => {
  it('writes CSV with a BOM, CRLF, quoting and defused formulas', () => {
    const csv = toCsv(
      ['企业名称', '党员人数'],
      [
        ['星云, "科技"', 4],
        ['=HYPERLINK()', null],
      ],
    );
    expect(csv).toBe('\uFEFF企业名称,党员人数\r\n"星云, ""科技""",4\r\n\'=HYPERLINK(),\r\n');
  });

  it('shows only the fields a change changed', () => {
    expect(
      auditDiff(
        { name: '旧名', kind: 'branch', roles: ['member'], updatedAt: 'x' },
        { name: '新名', kind: 'branch', roles: ['member', 'organizer'], updatedAt: 'y' },
      ),
    ).toEqual([
      { field: 'name', before: '旧名', after: '新名' },
      { field: 'roles', before: 'member', after: 'member、organizer' },
    ]);
    expect(auditDiff(null, { name: '新支部' })).toEqual([
      { field: 'name', before: null, after: '新支部' },
    ]);
  });
});
