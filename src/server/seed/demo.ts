import type { Tx } from '../database/db.ts';
import { createOrg } from '../accounts/orgs.ts';
import { emitAllServiceGroups } from '../accounts/service-groups.ts';
import type { TimeLimit } from '../../shared/time-limit.ts';

/** Repairs within two days; advice and paperwork within a working week or less. */
const DEMO_TIME_LIMITS: Record<ServiceGroup, TimeLimit> = {
  party_guidance: { unit: 'workdays', amount: 5 },
  talent: { unit: 'workdays', amount: 3 },
  general: { unit: 'workdays', amount: 2 },
  finance: { unit: 'workdays', amount: 5 },
  legal: { unit: 'workdays', amount: 5 },
  property: { unit: 'hours', amount: 48 },
  social: { unit: 'workdays', amount: 5 },
};
import { createUser } from '../accounts/users.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { ServiceGroup } from '../../shared/groups.ts';
import { demoSeeders } from './seeders.ts';
import {
  branchMemberCounts,
  type BranchKey,
  type GridKey,
  type InstructorKey,
} from './firm-catalog.ts';
import { emitMemberAdmins, insertPeople, joinedDates, type DemoPerson } from './members.ts';
import { demoNames, demoPhones } from './people.ts';
import { rememberDemo } from './keep-alive.ts';

export const DEMO_PASSWORD = 'lianxin-demo';

export interface DemoIds {
  district: string;
  park: string;
  branchA: string;
  branchB: string;
  groupA1: string;
  /** the second park committee, with its own grids, branches, venues and people */
  park2: string;
  grids: Record<GridKey, string>;
  /** every branch of the demo; `A` and `B` are branchA and branchB */
  branches: Record<BranchKey, string>;
  users: Record<
    'admin' | 'organizer' | 'member' | 'member2' | 'outsider' | 'staff' | 'instructor',
    string
  >;
  /** the organizer (支部书记) of each branch; branch A's is `organizer` */
  secretaries: Record<BranchKey, string>;
  instructors: Record<InstructorKey, string>;
  /** the moment of seeding, so content can be placed around it (an event in progress now, ...) */
  now: Date;
}

/** The named logins, all with DEMO_PASSWORD; everyone else signs in with their phone number. */
export const DEMO_LOGINS = [
  'admin',
  'organizer',
  'member',
  'member2',
  'outsider',
  'staff',
  'instructor',
] as const;

/**
 * The demo district: two park committees, each with two grids (片区/楼宇网格) holding six joint
 * branches and two firms' own branches between them; about 120 members spread over the branches
 * as the firm register says, staff for all seven service groups, two instructors.
 */
export async function seedDemo(tx: Tx, now = new Date()): Promise<DemoIds> {
  const org = (parentId: string, name: string, kind: 'committee' | 'grid' | 'branch' | 'group') =>
    createOrg(tx, { parentId, name, kind });
  const district = await createOrg(tx, {
    parentId: null,
    name: '高新区两新工委',
    kind: 'district',
  });
  const park = await org(district, '星火创业园党委', 'committee');
  const park2 = await org(district, '滨江数字经济产业园党委', 'committee');
  const grids: Record<GridKey, string> = {
    maker: await org(park, '创客街区片区网格', 'grid'),
    tower: await org(park, '数智大厦楼宇网格', 'grid'),
    river: await org(park2, '滨江一号楼宇网格', 'grid'),
    north: await org(park2, '北岸创新港片区网格', 'grid'),
  };
  const branches: Record<BranchKey, string> = {
    A: await org(grids.maker, '创客联合党支部', 'branch'),
    workshop: await org(grids.maker, '智造工坊联合党支部', 'branch'),
    B: await org(grids.tower, '数智楼宇党支部', 'branch'),
    yunfan: await org(grids.tower, '云帆数据党支部', 'branch'),
    content: await org(grids.river, '数字内容联合党支部', 'branch'),
    trade: await org(grids.river, '跨境电商联合党支部', 'branch'),
    life: await org(grids.north, '生命科技联合党支部', 'branch'),
    hesheng: await org(grids.north, '禾生生物党支部', 'branch'),
  };
  const groupA1 = await org(branches.A, '硬件创客党小组', 'group');

  const phones = demoPhones(200);
  let nextPhone = 0;
  const phone = () => phones[nextPhone++]!;
  const joined = joinedDates(now, 3);
  const u = async (
    login: string,
    name: string,
    roles: string[],
    orgId: string,
    groups: string[] = [],
  ) => {
    const id = await createUser(tx, {
      login,
      name,
      password: DEMO_PASSWORD,
      roles,
      orgId,
      groups,
      phone: phone(),
    });
    if (roles.includes('member')) {
      await tx.query(`UPDATE users SET standing = 'full', joined_at = $2 WHERE id = $1`, [
        id,
        joined('full'),
      ]);
    }
    return id;
  };
  const users = {
    admin: await u('admin', '区工委管理员', ['admin'], district),
    organizer: await u('organizer', '林书记', ['organizer', 'member'], branches.A),
    member: await u('member', '陈晓创', ['member'], branches.A),
    member2: await u('member2', '王一帆', ['member'], branches.A),
    outsider: await u('outsider', '赵楼宇', ['member'], branches.B),
    staff: await u('staff', '周律师', ['staff'], park, ['legal', 'talent']),
    instructor: await u('instructor', '王晓岚', ['instructor'], park),
  };

  // Everyone else signs in with their phone number, as imported members do.
  const people: DemoPerson[] = [];
  const names = demoNames(140);
  let nextName = 0;
  const person = (
    roles: string[],
    orgId: string,
    extra: Partial<Pick<DemoPerson, 'groups' | 'standing' | 'activated' | 'name'>> = {},
  ) => {
    const p = phone();
    const standing = roles.includes('member') ? (extra.standing ?? 'full') : null;
    people.push({
      login: p,
      phone: p,
      name: extra.name ?? names[nextName++]!,
      roles,
      orgId,
      groups: extra.groups,
      standing,
      joinedAt: standing ? joined(standing) : null,
      activated: extra.activated ?? true,
    });
    return people.length - 1;
  };
  const staff = (orgId: string, groups: ServiceGroup[]) => person(['staff'], orgId, { groups });
  staff(park, ['party_guidance']);
  staff(park, ['finance']);
  staff(park, ['property']);
  staff(park2, ['general', 'social']);
  staff(park2, ['legal', 'finance']);
  person(['organizer'], park, { name: '刘宁' });
  person(['organizer'], park2);
  const riverInstructor = person(['instructor'], park2);

  // Members per branch, as many as its firms' member counts add up to; the first new one of a
  // branch is its secretary. About one in nine is probationary (预备党员); three of those were
  // approved days ago and have not activated their accounts yet.
  const counts = branchMemberCounts();
  const fixed: Partial<Record<BranchKey, number>> = { A: 3, B: 1 };
  const secretaryAt: Partial<Record<BranchKey, number>> = {};
  let k = 0;
  let waiting = 3;
  for (const key of Object.keys(branches) as BranchKey[]) {
    for (let i = 0; i < counts[key] - (fixed[key] ?? 0); i++) {
      k++;
      const secretary = key !== 'A' && i === 0;
      const standing = !secretary && k % 9 === 4 ? 'probationary' : 'full';
      const activated = !(standing === 'probationary' && waiting > 0 && k > 40);
      if (!activated) waiting--;
      // a few of branch A's makers meet as the hardware party group
      const orgId = key === 'A' && i < 6 ? groupA1 : branches[key];
      const at = person(secretary ? ['organizer', 'member'] : ['member'], orgId, {
        standing,
        activated,
      });
      if (secretary) secretaryAt[key] = at;
    }
  }
  const { ids: made, codes } = await insertPeople(
    tx,
    people,
    await hashPassword(DEMO_PASSWORD),
    now,
  );

  const secretaries = { A: users.organizer } as Record<BranchKey, string>;
  for (const [key, at] of Object.entries(secretaryAt)) secretaries[key as BranchKey] = made[at]!;
  const ids: DemoIds = {
    district,
    park,
    park2,
    grids,
    branches,
    branchA: branches.A,
    branchB: branches.B,
    groupA1,
    users,
    secretaries,
    instructors: { star: users.instructor, river: made[riverInstructor]! },
    now,
  };
  for (const seed of demoSeeders) await seed(tx, ids);
  // Each group's time limit (限时办结), as a district might set them.
  for (const [key, limit] of Object.entries(DEMO_TIME_LIMITS)) {
    await tx.query('UPDATE service_groups SET limit_unit = $2, limit_amount = $3 WHERE key = $1', [
      key,
      limit.unit,
      limit.amount,
    ]);
  }
  // The seeded requests were taken on without going through a transition: publish the groups'
  // usual times once they are all in.
  await emitAllServiceGroups(tx);
  await emitMemberAdmins(tx, codes);
  await rememberDemo(tx, now);
  return ids;
}
