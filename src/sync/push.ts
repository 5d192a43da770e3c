import * as z from 'zod/mini';
import { SCHEMA_VERSION, pushResponse, type PushResponse } from '../shared/protocol.ts';
import { META, readString } from '../db/meta.ts';
import {
  clientIdFor,
  confirmedSeq,
  confirmSeq,
  moveToNewClient,
  pendingEntries,
} from '../db/outbox.ts';
import { rebase } from '../db/rebase.ts';
import { settleRefusals } from '../db/refused.ts';
import type { OutboxEntry } from '../db/types.ts';
import { splitBatches } from './batches.ts';
import { post, type EngineContext } from './engine-context.ts';
import { ApiRequestError } from './http.ts';

export interface PushOutcome {
  sent: number;
  refused: number;
}

const MAX_RESTARTS = 3;

function gapLastSeq(err: ApiRequestError): number | null {
  const d = err.details;
  if (typeof d === 'object' && d !== null && 'lastSeq' in d && typeof d.lastSeq === 'number') {
    return d.lastSeq;
  }
  return null;
}

/** Pushes this user's outbox for the current clientId, in seq order, in batches (docs/sync-protocol.md push). */
export async function push(ctx: EngineContext): Promise<PushOutcome> {
  const { db: d, user } = ctx;
  const outcome: PushOutcome = { sent: 0, refused: 0 };
  let resendAfter = 0;
  for (let restarts = 0; ; restarts++) {
    if (restarts > MAX_RESTARTS) {
      throw new ApiRequestError('seq_gap', 409, 'The server keeps refusing the queue order.');
    }
    const clientId = await d.transaction(
      'rw',
      d.outbox,
      d.meta,
      async () => await clientIdFor(d, user.id),
    );
    const entries = (await pendingEntries(d, clientId)).filter((e) => e.seq > resendAfter);
    if (entries.length === 0) return outcome;
    try {
      for (const mutations of splitBatches(entries)) {
        const res = checkPushResponse(
          await post<unknown>(ctx, '/api/sync/push', {
            clientId,
            schemaVersion: SCHEMA_VERSION,
            mutations,
          }),
        );
        outcome.sent += mutations.length;
        outcome.refused += await applyPushResponse(ctx, clientId, res);
      }
      return outcome;
    } catch (err) {
      if (!(err instanceof ApiRequestError)) throw err;
      if (err.code === 'seq_gap' && gapLastSeq(err) !== null) {
        const lastSeq = gapLastSeq(err) ?? 0;
        const seen = await confirmedSeq(d, clientId);
        // docs/sync-protocol.md push rule 8: the server forgot what it had confirmed (restored from a backup).
        // The same move when it knows more than us but we no longer hold lastSeq + 1.
        if (lastSeq < seen || !entries.some((e) => e.seq === lastSeq + 1)) {
          await renumber(ctx, clientId);
          resendAfter = 0;
        } else {
          // Rule 3: resend from lastSeq + 1; the earlier ones wait for pull to trim them.
          await d.transaction('rw', d.meta, async () => {
            await confirmSeq(d, clientId, lastSeq);
          });
          resendAfter = lastSeq;
        }
        continue;
      }
      if (err.status === 403 && err.code === 'forbidden') {
        // Rule 1: this clientId is someone else's on the server (e.g. a restored database).
        await renumber(ctx, clientId);
        resendAfter = 0;
        continue;
      }
      throw err;
    }
  }
}

/**
 * The push answer decides what leaves the outbox, so it is checked whole before anything is
 * touched; an answer of another shape leaves the queue as it was (the next push resends it, and
 * push rule 2 makes that safe).
 */
function checkPushResponse(v: unknown): PushResponse {
  const r = z.safeParse(pushResponse, v);
  if (!r.success) {
    throw new ApiRequestError('bad_response', 200, 'The push answer has an unknown shape.');
  }
  return r.data;
}

async function renumber(ctx: EngineContext, expectedClientId: string): Promise<void> {
  const { db: d, user } = ctx;
  await d.transaction('rw', d.outbox, d.meta, async () => {
    // Another tab may have moved the queue already.
    if ((await readString(d, META.clientId(user.id))) !== expectedClientId) return;
    await moveToNewClient(d, user.id);
  });
}

/**
 * Rule 4: refused mutations leave the outbox for `refused` (the user sees what and why) and their
 * optimistic effect is undone; applied and duplicate ones stay until a pull's lastSeq covers them
 * (pull rule 4), so the screen never flips back to stale server state in between.
 */
async function applyPushResponse(
  ctx: EngineContext,
  clientId: string,
  res: PushResponse,
): Promise<number> {
  const { db: d, user } = ctx;
  // A duplicate that carries a code was rejected the first time (its answer was lost).
  const rejected = res.results.filter(
    (r) => r.status === 'rejected' || (r.status === 'duplicate' && r.code !== undefined),
  );
  const applied = new Set(res.results.filter((r) => r.status === 'applied').map((r) => r.seq));
  const at = ctx.now().toISOString();
  // Refusals of this batch, by the seq they had: only a later success of the same intent settles one.
  const refusedSeq = new Map<number, number>();
  await d.transaction('rw', d.tables, async () => {
    if (rejected.length) {
      const keys = rejected.map((r) => [clientId, r.seq]);
      const entries = (await d.outbox.where('[clientId+seq]').anyOf(keys).toArray()).filter(
        (e): e is OutboxEntry & { id: number } => e.id !== undefined,
      );
      const bySeq = new Map(rejected.map((r) => [r.seq, r]));
      const ids = await d.refused.bulkAdd(
        entries.map((e) => {
          const r = bySeq.get(e.seq);
          return {
            userId: e.userId,
            name: e.name,
            args: e.args,
            code: r && 'code' in r && r.code ? r.code : 'rejected',
            message: r && 'message' in r && r.message ? r.message : '',
            at,
          };
        }),
        { allKeys: true },
      );
      ids.forEach((id, i) => refusedSeq.set(id, entries[i]!.seq));
      await d.outbox.bulkDelete(entries.map((e) => e.id));
    }
    // After the refusals are in: a wrong code and then the right one in one batch settles the
    // wrong one; a success that came before a refusal (a second booking of a taken slot) does not.
    if (applied.size) {
      const done = await d.outbox
        .where('[clientId+seq]')
        .anyOf([...applied].map((seq) => [clientId, seq]))
        .toArray();
      await settleRefusals(d, user.id, done, refusedSeq);
    }
    await confirmSeq(d, clientId, res.lastSeq);
    // Only over this user's own tables: someone else may have signed in while we waited.
    if (rejected.length && (await readString(d, META.dataUser)) === user.id) await rebase(d, user);
  });
  return rejected.length;
}
