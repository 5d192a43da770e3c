import { DEMO_PASSWORD } from '../../../src/server/seed/demo.ts';
import { sharedServer } from './shared-server.ts';

/** A pulled change, with the few fields specs look at. */
export interface Pulled {
  type: string;
  data?: Record<string, unknown> & {
    name?: string;
    login?: string;
    notes?: string;
    orgId?: string;
    needs?: { title: string }[];
  };
}

/** Everything `login` pulls from the beginning, from this worker's server. */
export async function pullAs(login: string): Promise<Pulled[]> {
  const base = sharedServer().url;
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  const { token } = (await res.json()) as { token: string };
  const all: Pulled[] = [];
  let cursor = '';
  for (;;) {
    const page = await fetch(
      `${base}/api/sync/pull?clientId=${crypto.randomUUID()}&limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const body = (await page.json()) as { changes: Pulled[]; cursor: string; hasMore: boolean };
    all.push(...body.changes);
    if (!body.hasMore) return all;
    cursor = body.cursor;
  }
}

/** The login of the demo's park organizer (刘宁), who signs in with a phone number. */
export async function parkOrganizer(): Promise<string> {
  const account = (await pullAs('admin')).find(
    (c) => c.type === 'member_admin' && c.data?.name === '刘宁',
  );
  if (!account?.data?.login) throw new Error('the demo has no park organizer');
  return account.data.login;
}
