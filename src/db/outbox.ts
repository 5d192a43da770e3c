import Dexie from 'dexie';
import { uuidv7 } from '../shared/ids.ts';
import type { LianxinDB } from './db.ts';
import { META, readNumber, readString, writeMeta } from './meta.ts';
import type { OutboxEntry } from './types.ts';

/** This device's clientId for `userId` (docs/sync-protocol.md push rule 1: a clientId belongs to one user). */
export async function clientIdFor(d: LianxinDB, userId: string): Promise<string> {
  const existing = await readString(d, META.clientId(userId));
  if (existing) return existing;
  const created = uuidv7();
  await writeMeta(d, META.clientId(userId), created);
  return created;
}

export async function confirmedSeq(d: LianxinDB, clientId: string): Promise<number> {
  return readNumber(d, META.confirmedSeq(clientId));
}

/** Raises the highest seq the server has told us it processed for this client (never lowers it). */
export async function confirmSeq(d: LianxinDB, clientId: string, lastSeq: number): Promise<void> {
  if (lastSeq > (await confirmedSeq(d, clientId))) {
    await writeMeta(d, META.confirmedSeq(clientId), lastSeq);
  }
}

export function entriesOf(d: LianxinDB, clientId: string) {
  return d.outbox
    .where('[clientId+seq]')
    .between([clientId, Dexie.minKey], [clientId, Dexie.maxKey]);
}

/** docs/sync-protocol.md push rule 3: seqs run on without gaps after what the server has already processed. */
export async function nextSeq(d: LianxinDB, clientId: string): Promise<number> {
  const last = await entriesOf(d, clientId).last();
  return Math.max(last?.seq ?? 0, await confirmedSeq(d, clientId)) + 1;
}

export async function pendingEntries(d: LianxinDB, clientId: string): Promise<OutboxEntry[]> {
  return entriesOf(d, clientId).toArray();
}

/**
 * docs/sync-protocol.md push rule 8: the server no longer knows what this client sent (restored from a backup),
 * so the user's whole queue moves to a fresh clientId numbered from 1. Rule 7 keeps re-sent
 * creates from doubling. Runs inside the caller's rw transaction (outbox + meta).
 */
export async function moveToNewClient(d: LianxinDB, userId: string): Promise<string> {
  const clientId = uuidv7();
  const entries = await d.outbox.where('userId').equals(userId).toArray();
  await d.outbox.bulkPut(entries.map((e, i) => ({ ...e, clientId, seq: i + 1 })));
  await writeMeta(d, META.clientId(userId), clientId);
  return clientId;
}
