import type { SessionUser } from '../../shared/protocol.ts';
import type { MutationArgs, MutationName } from '../../shared/mutations/index.ts';
import type { MutatorTx } from '../overlay.ts';

export interface MutatorContext {
  user: SessionUser;
  /** when the user made the change (the outbox entry's `at`), so re-runs stamp the same time */
  now: string;
}

/** Applies one mutation's optimistic effect to the local tables; mirrors the server's rule. */
export type Mutator<N extends MutationName> = (
  tx: MutatorTx,
  args: MutationArgs<N>,
  ctx: MutatorContext,
) => Promise<void>;
