import { afterEach } from 'vitest';
import { createDb, type LianxinDB } from '../../../src/db/db.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import type { MutationArgs, MutationName } from '../../../src/shared/mutations/index.ts';
import { createSyncEngine, type EngineDeps } from '../../../src/sync/engine.ts';
import { mutateWith } from '../../../src/sync/mutate.ts';
import { signInWith, signOutWith } from '../../../src/sync/sign-in.ts';
import { FakeServer } from './fake-server.ts';

const open: LianxinDB[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) {
    d.close();
    await d.delete();
  }
});

/** A phone (its own database) talking to `server`. */
export function device(server: FakeServer, engine: Partial<EngineDeps> = {}) {
  const db = createDb(`test-${uuidv7()}`);
  open.push(db);
  const deps = { db, fetch: server.fetch };
  let clock = Date.parse('2025-03-01T09:00:00Z');
  const now = () => new Date((clock += 1000));
  return {
    db,
    engine: createSyncEngine({ ...deps, now, ...engine }),
    signIn: (login: string) => signInWith(deps, login, 'pw'),
    signOut: () => signOutWith(deps),
    mutate: <N extends MutationName>(name: N, args: MutationArgs<N>) =>
      mutateWith({ db, now }, name, args),
  };
}

export function world() {
  const server = new FakeServer();
  const alice = server.addUser('alice');
  const bob = server.addUser('bob');
  return { server, alice, bob };
}

export const LESSON = '0195a000-0000-7000-8000-00000000000a';
export const EVENT = '0195a000-0000-7000-8000-00000000000e';
export const VENUE = '0195a000-0000-7000-8000-0000000000f0';
export const newId = () => uuidv7();

export function requestArgs(title = '注册公司需要帮助') {
  return { id: uuidv7(), category: 'general' as const, title, body: '想了解工商注册流程。' };
}
