import { expect } from 'vitest';
import { auth, type TestServer } from './helpers.ts';
import { pushOne } from './events-helpers.ts';
import { pullAll } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { creditCodeCheckChar } from '../../src/shared/org/credit-code.ts';

/** A valid unified social credit code, different for each n. */
export function creditCode(n: number): string {
  const first17 = `91310000${String(n).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17)!;
}

let phoneSeq = 0;
/** A mobile number no test has used yet. */
export const freshPhone = () =>
  `139${String(Date.now() % 100000).padStart(5, '0')}${String(phoneSeq++ % 1000).padStart(3, '0')}`;

export async function applied(s: TestServer, token: string, name: string, args: unknown) {
  const r = await pushOne(s, token, name, args);
  expect(r, `${name} ${JSON.stringify(args)}`).toMatchObject({ status: 'applied' });
}

/** The rejection code of one mutation (or 'applied'). */
export async function outcome(s: TestServer, token: string, name: string, args: unknown) {
  const r = await pushOne(s, token, name, args);
  return r.status === 'applied' ? 'applied' : r.code;
}

/** Every record of a type that a user pulls from scratch, by id. */
export async function pulled(s: TestServer, token: string, type: string) {
  const { changes } = await pullAll(s, token, uuidv7());
  return new Map(
    changes
      .flatMap((c) => (c.type === type && c.op === 'put' ? [[c.id, c.data] as const] : []))
      .map(([id, data]) => [id, data as Record<string, unknown>]),
  );
}

export async function join(
  s: TestServer,
  code: string,
  body: { name?: string; phone: string; standing?: string; firm?: string },
) {
  return s.app.inject({
    method: 'POST',
    url: '/api/join',
    payload: { code, name: body.name ?? '新同志', standing: body.standing ?? 'full', ...body },
  });
}

export async function activate(s: TestServer, login: string, code: string, password: string) {
  return s.app.inject({
    method: 'POST',
    url: '/api/auth/activate',
    payload: { login, code, password },
  });
}

/** Makes an invite at a branch and returns its code. */
export async function inviteAt(s: TestServer, token: string, orgId: string) {
  const id = uuidv7();
  await applied(s, token, 'invite.create', {
    id,
    orgId,
    expiresAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
  });
  const [row] = await s.db.query<{ code: string }>('SELECT code FROM invites WHERE id = $1', [id]);
  return { id, code: row!.code };
}

/** The account's member_admin record as an organizer pulls it. */
export async function memberAdmin(s: TestServer, organizerToken: string, userId: string) {
  return (await pulled(s, organizerToken, 'member_admin')).get(userId);
}

export const bearer = auth;
