import type { Db } from '../database/db.ts';
import { CLIENT_MARKER } from '../database/change-log.ts';
import type { Viewer } from '../auth/viewer.ts';
import { ApiError } from '../http/errors.ts';
import { isMutationName, mutationArgs } from '../../shared/mutations/index.ts';
import type { MutationEnvelope, MutationResult, PushResponse } from '../../shared/protocol.ts';
import { registry } from '../mutations/index.ts';
import { Reject, type MutationContext, type MutationDef } from '../mutations/types.ts';
import type { MutationName } from '../../shared/mutations/index.ts';
import { toSafeText } from '../../shared/mutations/common.ts';
import { noticeBookingRefused } from '../notices/automatic.ts';

export interface PushStats {
  applied: Record<string, number>;
  duplicate: Record<string, number>;
  rejected: Record<string, number>;
}

/**
 * Applies one push (docs/sync-protocol.md "Push"). All of it runs in one READ COMMITTED transaction; each
 * mutation runs in its own savepoint, so it is atomic on its own (rule 4) and `last_seq` is
 * written in the same transaction as every effect (rule 2).
 */
export async function applyPush(
  db: Db,
  viewer: Viewer,
  clientId: string,
  mutations: MutationEnvelope[],
  cardSecret: string,
  onResult?: (name: string, status: MutationResult['status']) => void,
): Promise<PushResponse> {
  const sorted = [...mutations].sort((a, b) => a.seq - b.seq);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.seq === sorted[i - 1]!.seq) {
      throw new ApiError(
        400,
        'invalid_request',
        `seq ${sorted[i]!.seq} appears twice in this push.`,
      );
    }
  }
  const results = await db.tx(async (tx) => {
    // Rule 1: a clientId belongs to the user who first pushed it. The row lock also queues
    // concurrent pushes of one client (from any replica) behind each other.
    const claimed = await tx.query(
      `INSERT INTO sync_clients (client_id, user_id) VALUES ($1, $2) ON CONFLICT (client_id) DO NOTHING
       RETURNING client_id`,
      [clientId, viewer.id],
    );
    const [client] = await tx.query<{ user_id: string; last_seq: number }>(
      `SELECT user_id, last_seq FROM sync_clients WHERE client_id = $1 FOR UPDATE`,
      [clientId],
    );
    if (!client || client.user_id !== viewer.id) {
      throw new ApiError(403, 'forbidden', 'This clientId belongs to another user.');
    }
    let lastSeq = client.last_seq;
    const out: MutationResult[] = [];
    const dupSeqs = sorted.filter((m) => m.seq <= lastSeq).map((m) => m.seq);
    const earlier = new Map(
      dupSeqs.length
        ? (
            await tx.query<{ seq: number; code: string; message: string }>(
              `SELECT seq, code, message FROM sync_rejections WHERE client_id = $1 AND seq = ANY($2::bigint[])`,
              [clientId, dupSeqs],
            )
          ).map((r) => [Number(r.seq), r])
        : [],
    );
    const now = new Date();
    const ctx: MutationContext = { tx, viewer, now, clientId, cardSecret };
    for (const m of sorted) {
      // Rule 2: already processed, never applied again.
      if (m.seq <= lastSeq) {
        const was = earlier.get(m.seq);
        out.push(
          was
            ? { seq: m.seq, status: 'duplicate', code: was.code, message: was.message }
            : { seq: m.seq, status: 'duplicate' },
        );
        continue;
      }
      // Rule 3: the next new seq must follow lastSeq; a gap refuses the whole push.
      if (m.seq !== lastSeq + 1) {
        throw new ApiError(409, 'seq_gap', `Expected seq ${lastSeq + 1}, got ${m.seq}.`, {
          lastSeq: client.last_seq,
        });
      }
      const result = await applyOne(ctx, m);
      if (result.status === 'applied' && m.name === 'org.save' && ctx.viewer.managedOrgs.length) {
        // A node added earlier in this push is the viewer's to rename, fill or invite to in the
        // same push (a tree built offline arrives as one push): the subtree is read again.
        const rows = await tx.query<{ id: string }>(`SELECT id FROM orgs WHERE $1 = ANY(path)`, [
          viewer.orgId,
        ]);
        ctx.viewer = { ...ctx.viewer, managedOrgs: rows.map((r) => r.id) };
      }
      // A message may quote what the client sent (an unknown key of the args, say); what we store
      // and send back is always valid text.
      if (result.status === 'rejected') result.message = toSafeText(result.message);
      out.push(result);
      if (result.status === 'rejected') {
        await tx.query(
          `INSERT INTO sync_rejections (client_id, seq, code, message) VALUES ($1, $2, $3, $4)`,
          [clientId, m.seq, result.code, result.message],
        );
        // A refused booking is news for the booker's inbox too (docs/notices.md), recorded with
        // the refusal. Only a taken slot: other refusals are the phone's own mistakes.
        if (m.name === 'booking.create' && result.code === 'slot_taken') {
          await noticeBookingRefused(tx, viewer.id, m.args, result.code, now);
        }
      }
      lastSeq = m.seq; // Rule 4: a rejected mutation advances lastSeq too.
    }
    if (lastSeq !== client.last_seq) {
      await tx.query(
        `UPDATE sync_clients SET last_seq = $2, updated_at = now() WHERE client_id = $1`,
        [clientId, lastSeq],
      );
    }
    // A new lastSeq or a newly claimed clientId moves the version like a record would, so the
    // idle pull (idle-pull.ts) never answers an old lastSeq; it also pokes this user's streams.
    if (claimed.length || lastSeq !== client.last_seq) {
      tx.emit({ type: CLIENT_MARKER, id: clientId, marker: true, userId: viewer.id });
    }
    return { lastSeq, results: out };
  });
  if (onResult) {
    for (const r of results.results) {
      onResult(sorted.find((m) => m.seq === r.seq)?.name ?? 'unknown', r.status);
    }
  }
  return results;
}

async function applyOne(ctx: MutationContext, m: MutationEnvelope): Promise<MutationResult> {
  if (!isMutationName(m.name) || !registry[m.name]) {
    return {
      seq: m.seq,
      status: 'rejected',
      code: 'unknown_mutation',
      message: `Unknown mutation ${m.name}.`,
    };
  }
  const parsed = mutationArgs[m.name].safeParse(m.args);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    return { seq: m.seq, status: 'rejected', code: 'invalid_request', message };
  }
  const def = registry[m.name] as MutationDef<MutationName>;
  try {
    await ctx.tx.savepoint(async () => {
      await def.authorize(ctx, parsed.data as never);
      await def.apply(ctx, parsed.data as never);
    });
    return { seq: m.seq, status: 'applied' };
  } catch (err) {
    if (err instanceof Reject)
      return { seq: m.seq, status: 'rejected', code: err.code, message: err.message };
    // A fault (database down, a bug) fails the whole push; the app retries it later, nothing is lost.
    throw err;
  }
}
