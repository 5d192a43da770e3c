import type { Client } from 'pg';
import { loadPg } from './pg.ts';
import type { PGlite } from '@electric-sql/pglite';
import { AUTH_CHANNEL, CHANGES_CHANNEL } from './change-note.ts';

/**
 * One process's ear on the database: the commits of every process (CHANGES_CHANNEL) and changes to
 * sessions and users (AUTH_CHANNEL). Whoever trusts what it heard (the idle pull shortcut, the
 * token cache) must check `connected`: while the connection is down news may be missed, and after
 * it comes back `resync` listeners are told that anything may have changed.
 */
export interface Notifications {
  readonly connected: boolean;
  on(event: 'change' | 'auth', fn: (payload: string) => void): () => void;
  on(event: 'resync', fn: () => void): () => void;
  close(): Promise<void>;
}

type Listener = (payload: string) => void;

class Hub {
  private listeners = {
    change: new Set<Listener>(),
    auth: new Set<Listener>(),
    resync: new Set<Listener>(),
  };
  on(event: keyof Hub['listeners'], fn: Listener) {
    this.listeners[event].add(fn);
    return () => void this.listeners[event].delete(fn);
  }
  emit(event: keyof Hub['listeners'], payload = '') {
    for (const fn of this.listeners[event]) fn(payload);
  }
}

const channelEvent = (channel: string) => (channel === CHANGES_CHANNEL ? 'change' : 'auth');

/** PGlite is this process's own database: its notifications cannot be missed. */
export async function pgliteNotifications(pgl: PGlite): Promise<Notifications> {
  const hub = new Hub();
  const stops = await Promise.all(
    [CHANGES_CHANNEL, AUTH_CHANNEL].map((ch) =>
      pgl.listen(ch, (payload) => hub.emit(channelEvent(ch), payload)),
    ),
  );
  return {
    connected: true,
    on: (event: 'change' | 'auth' | 'resync', fn: Listener) => hub.on(event, fn),
    async close() {
      await Promise.all(stops.map((s) => s().catch(() => undefined)));
    },
  };
}

const RETRY_MAX_MS = 10_000;
/** A connection that died silently is found by a cheap query at this interval. */
const PING_MS = 10_000;

/**
 * One dedicated connection per process, LISTENing on both channels; reconnects with backoff.
 * Resolves once the first connection listens (or fails: then it keeps retrying in the background).
 */
export async function postgresNotifications(url: string): Promise<Notifications> {
  const pg = await loadPg();
  const hub = new Hub();
  let client: Client | null = null;
  let connected = false;
  let closed = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let ping: ReturnType<typeof setInterval> | undefined;

  const drop = (c: Client) => {
    if (client !== c) return;
    client = null;
    connected = false;
    clearInterval(ping);
    c.end().catch(() => undefined);
    if (closed) return;
    failures++;
    retry = setTimeout(() => void connect(), Math.min(RETRY_MAX_MS, 100 * 2 ** failures));
    retry.unref();
  };

  const connect = async () => {
    const c = new pg.Client({
      connectionString: url,
      application_name: 'lianxin-listen',
      keepAlive: true,
    });
    client = c;
    c.on('error', () => drop(c));
    c.on('end', () => drop(c));
    c.on('notification', (n) => hub.emit(channelEvent(n.channel), n.payload ?? ''));
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGES_CHANNEL}; LISTEN ${AUTH_CHANNEL}`);
    } catch {
      drop(c);
      return;
    }
    if (client !== c || closed) return;
    connected = true;
    failures = 0;
    ping = setInterval(() => {
      c.query('SELECT 1').catch(() => drop(c));
    }, PING_MS);
    ping.unref();
    // Whatever was committed while nobody listened went unheard: everyone re-checks.
    hub.emit('resync');
  };

  await connect();
  return {
    get connected() {
      return connected;
    },
    on: (event: 'change' | 'auth' | 'resync', fn: Listener) => hub.on(event, fn),
    async close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(ping);
      const c = client;
      client = null;
      connected = false;
      await c?.end().catch(() => undefined);
    },
  };
}
