import type { MutationArgs, MutationName } from '../shared/mutations/index.ts';
import { db as defaultDb, type LianxinDB } from '../db/db.ts';
import { readSession } from '../db/meta.ts';
import { parseMutation, runMutator } from '../db/mutators/index.ts';
import { clientIdFor, nextSeq } from '../db/outbox.ts';
import { overlayTx } from '../db/overlay.ts';
import { envelopeBytes, PUSH_BYTE_BUDGET } from './batches.ts';
import { isQuotaError, LocalWriteError } from './errors.ts';
import { scheduleSync } from './scheduler.ts';
import { reportWriteFailure } from './write-failures.ts';

export interface MutateDeps {
  db: LianxinDB;
  now?: () => Date;
  /** told after the write committed (the app schedules a sync) */
  afterWrite?: () => void;
}

/**
 * Records a user's change: the optimistic effect and the outbox entry in ONE transaction (docs/sync-protocol.md
 * "The app side"), so the screen never shows a change that is not queued, or queues one it hides.
 */
export async function mutateWith<N extends MutationName>(
  deps: MutateDeps,
  name: N,
  args: MutationArgs<N>,
): Promise<void> {
  const d = deps.db;
  const parsed = parseMutation(name, args);
  if (!parsed) throw new LocalWriteError('invalid_args', `Arguments do not fit ${name}.`);
  const at = (deps.now?.() ?? new Date()).toISOString();
  if (envelopeBytes({ seq: 1, name, args: parsed.args, at }) > PUSH_BYTE_BUDGET) {
    throw new LocalWriteError('too_large', `${name} is too large to send.`);
  }
  try {
    await d.transaction('rw', d.tables, async () => {
      const session = await readSession(d);
      if (!session) throw new LocalWriteError('not_signed_in', 'Sign in to make changes.');
      const { user } = session;
      const clientId = await clientIdFor(d, user.id);
      const seq = await nextSeq(d, clientId);
      await runMutator(overlayTx(d), parsed.name, parsed.args, { user, now: at });
      await d.outbox.add({ userId: user.id, clientId, seq, name, args: parsed.args, at });
    });
  } catch (err) {
    if (err instanceof LocalWriteError) throw err;
    if (isQuotaError(err)) {
      throw new LocalWriteError('storage_full', 'The phone has no room left to save this.', err);
    }
    throw err;
  }
  deps.afterWrite?.();
}

/**
 * The app's entry point for every write: `await mutate('request.create', {...})`. A write that
 * cannot be saved on the device is also reported to the shell's notice (write-failures.ts), then
 * rejected as ever, so a screen that awaits it can keep what was typed.
 */
export function mutate<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<void> {
  return mutateWith({ db: defaultDb, afterWrite: scheduleSync }, name, args).catch(
    (err: unknown) => {
      reportWriteFailure(err);
      throw err;
    },
  );
}
