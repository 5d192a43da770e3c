import type { Tx } from '../database/db.ts';
import { createOrg } from '../accounts/orgs.ts';
import { emitAllServiceGroups } from '../accounts/service-groups.ts';
import { createUser } from '../accounts/users.ts';
import { demoSeeders } from './seeders.ts';

export const DEMO_PASSWORD = 'lianxin-demo';

export interface DemoIds {
  district: string;
  park: string;
  branchA: string;
  branchB: string;
  groupA1: string;
  users: Record<'admin' | 'organizer' | 'member' | 'member2' | 'outsider' | 'staff', string>;
  /** the moment of seeding, so content can be placed around it (an event in progress now, ...) */
  now: Date;
}

export const DEMO_LOGINS = [
  'admin',
  'organizer',
  'member',
  'member2',
  'outsider',
  'staff',
] as const;

/** A small district for a newcomer and for tests (issue 3): one park committee, two branches. */
export async function seedDemo(tx: Tx, now = new Date()): Promise<DemoIds> {
  const district = await createOrg(tx, {
    parentId: null,
    name: '高新区两新工委',
    kind: 'district',
  });
  const park = await createOrg(tx, {
    parentId: district,
    name: '星火创业园党委',
    kind: 'committee',
  });
  const branchA = await createOrg(tx, { parentId: park, name: '创客联合党支部', kind: 'branch' });
  const branchB = await createOrg(tx, { parentId: park, name: '数智楼宇党支部', kind: 'branch' });
  const groupA1 = await createOrg(tx, { parentId: branchA, name: '硬件创客党小组', kind: 'group' });
  const u = async (
    login: string,
    name: string,
    roles: string[],
    orgId: string,
    groups: string[] = [],
  ) => createUser(tx, { login, name, password: DEMO_PASSWORD, roles, orgId, groups });
  const users = {
    admin: await u('admin', '区工委管理员', ['admin'], district),
    organizer: await u('organizer', '林书记', ['organizer', 'member'], branchA),
    member: await u('member', '陈晓创', ['member'], branchA),
    member2: await u('member2', '王一帆', ['member'], branchA),
    outsider: await u('outsider', '赵楼宇', ['member'], branchB),
    staff: await u('staff', '周律师', ['staff'], park, ['legal', 'talent']),
  };
  const ids: DemoIds = { district, park, branchA, branchB, groupA1, users, now };
  for (const seed of demoSeeders) await seed(tx, ids);
  // The seeded requests were taken on without going through a transition: publish the groups'
  // usual times once they are all in.
  await emitAllServiceGroups(tx);
  return ids;
}
