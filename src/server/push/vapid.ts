import webpush from 'web-push';
import type { Db } from '../database/db.ts';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

const KEY = 'vapid_keys';
const cache = new WeakMap<Db, Promise<VapidKeys>>();

/**
 * The server's VAPID key pair (RFC 8292), generated once and kept in app_meta like the card
 * secret, so every replica signs with the same key and subscriptions survive a restart. The
 * first writer wins; a replica that lost the race reads the winner's pair.
 */
export function vapidKeys(db: Db): Promise<VapidKeys> {
  let keys = cache.get(db);
  if (!keys) {
    keys = loadOrCreate(db);
    cache.set(db, keys);
    keys.catch(() => cache.delete(db));
  }
  return keys;
}

async function loadOrCreate(db: Db): Promise<VapidKeys> {
  const fresh = webpush.generateVAPIDKeys();
  await db.query(`INSERT INTO app_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [
    KEY,
    JSON.stringify(fresh),
  ]);
  const [row] = await db.query<{ value: string }>(`SELECT value FROM app_meta WHERE key = $1`, [
    KEY,
  ]);
  const stored = JSON.parse(row!.value) as VapidKeys;
  return { publicKey: stored.publicKey, privateKey: stored.privateKey };
}
