import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { pull, pullAll, pullUntilReset } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { activate, applied, freshPhone, memberAdmin } from './org-helpers.ts';

// After a move in the tree, organizers who no longer manage the moved records must not keep
// copies of them, and those who newly manage them must get them (docs/organisation.md, "A move and
// stale records").
describe('moves: what organizers of the old and the new place hold afterwards', () => {
  let s: TestServer;
  let admin: string;
  let organizer: string;

  beforeAll(async () => {
    s = await startServer();
    admin = await s.login('admin');
    organizer = await s.login('organizer');
  }, 600_000);
  afterAll(() => s?.close());

  /** An account made by the admin at `orgId`, activated; returns its id and token. */
  async function account(orgId: string, roles: string[]) {
    const id = uuidv7();
    const phone = freshPhone();
    await applied(s, admin, 'account.create', {
      id,
      orgId,
      name: '测试账号',
      phone,
      roles,
      groups: [],
    });
    const code = (await memberAdmin(s, admin, id))!.activationCode as string;
    const res = await activate(s, phone, code, 'sight-password');
    expect(res.statusCode).toBe(200);
    return { id, token: res.json().token as string };
  }

  const held = (changes: { type: string; id: string; op: string }[], type: string, id: string) =>
    changes.some((c) => c.type === type && c.id === id && c.op === 'put');

  it('member.move: the old branch organizer is reset and drops the account; those above both are not', async () => {
    const moved = await account(s.ids.branchA, ['member']);
    const orgClient = uuidv7();
    const adminClient = uuidv7();
    const before = await pullAll(s, organizer, orgClient);
    expect(held(before.changes, 'member_admin', moved.id)).toBe(true);
    const adminBefore = await pullAll(s, admin, adminClient);

    await applied(s, admin, 'member.move', { userId: moved.id, orgId: s.ids.branchB });

    const next = await pullUntilReset(s, organizer, orgClient, before.last.cursor);
    expect(next.body.reset).toBe(true);
    const again = await pullAll(s, organizer, orgClient);
    expect(held(again.changes, 'member_admin', moved.id)).toBe(false);
    expect(held(again.changes, 'user', moved.id)).toBe(false);

    // The district admin manages both branches: no reset, just the account's new place.
    const adminNext = await pullAll(s, admin, adminClient, adminBefore.last.cursor);
    expect(adminNext.changes.length).toBeGreaterThan(0);
    const { body } = await pull(s, admin, adminClient, adminBefore.last.cursor);
    expect(body.reset).toBe(false);
    expect(
      adminNext.changes.find((c) => c.type === 'member_admin' && c.id === moved.id),
    ).toMatchObject({ op: 'put', data: { orgId: s.ids.branchB } });
  });

  it('org.save: organizers above the old place only drop the subtree, above the new place only get it', async () => {
    const park2 = { id: uuidv7(), parentId: s.ids.district, kind: 'committee', name: '新园区党委' };
    await applied(s, admin, 'org.save', park2);
    const oldPark = await account(s.ids.park, ['organizer']);
    const newPark = await account(park2.id, ['organizer']);
    const inA = await account(s.ids.branchA, ['member']);
    const [oldClient, newClient] = [uuidv7(), uuidv7()];
    const oldBefore = await pullAll(s, oldPark.token, oldClient);
    const newBefore = await pullAll(s, newPark.token, newClient);
    expect(held(oldBefore.changes, 'org', s.ids.branchA)).toBe(true);
    expect(held(oldBefore.changes, 'member_admin', inA.id)).toBe(true);
    expect(held(newBefore.changes, 'member_admin', inA.id)).toBe(false);

    const branchA = { id: s.ids.branchA, kind: 'branch', name: '创客联合党支部' };
    await applied(s, admin, 'org.save', { ...branchA, parentId: park2.id });
    try {
      const oldNext = await pullUntilReset(s, oldPark.token, oldClient, oldBefore.last.cursor);
      expect(oldNext.body.reset).toBe(true);
      const oldAgain = await pullAll(s, oldPark.token, oldClient);
      expect(held(oldAgain.changes, 'org', s.ids.branchA)).toBe(false);
      expect(held(oldAgain.changes, 'member_admin', inA.id)).toBe(false);
      expect(held(oldAgain.changes, 'org', s.ids.branchB)).toBe(true);

      const newNext = await pullUntilReset(s, newPark.token, newClient, newBefore.last.cursor);
      expect(newNext.body.reset).toBe(true);
      const newAgain = await pullAll(s, newPark.token, newClient);
      // records published before the move, whose versions the cursor had passed
      expect(held(newAgain.changes, 'member_admin', inA.id)).toBe(true);
      expect(held(newAgain.changes, 'org', s.ids.branchA)).toBe(true);
    } finally {
      await applied(s, admin, 'org.save', { ...branchA, parentId: s.ids.park });
    }
  });

  it('a rename is no move: nobody is reset', async () => {
    const client = uuidv7();
    const before = await pullAll(s, organizer, client);
    const [{ epoch } = { epoch: 0 }] = await s.db.query<{ epoch: number }>(
      `SELECT view_epoch AS epoch FROM users WHERE login = 'organizer'`,
    );
    await applied(s, admin, 'org.save', {
      id: s.ids.branchA,
      parentId: s.ids.park,
      kind: 'branch',
      name: '创客联合党支部（改名）',
    });
    const { body } = await pull(s, organizer, client, before.last.cursor);
    expect(body.reset).toBe(false);
    const [after] = await s.db.query<{ epoch: number }>(
      `SELECT view_epoch AS epoch FROM users WHERE login = 'organizer'`,
    );
    expect(after!.epoch).toBe(epoch);
    await applied(s, admin, 'org.save', {
      id: s.ids.branchA,
      parentId: s.ids.park,
      kind: 'branch',
      name: '创客联合党支部',
    });
  });
});
