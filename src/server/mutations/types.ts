import type * as z from 'zod/mini';
import type { Tx } from '../database/db.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { MutationName } from '../../shared/mutations/index.ts';
import { mutationArgs } from '../../shared/mutations/index.ts';
import type { RejectCode } from '../../shared/errors.ts';

export interface MutationContext {
  tx: Tx;
  viewer: Viewer;
  /** server time: it orders and stamps records (phone clocks are wrong) */
  now: Date;
  clientId: string;
  cardSecret: string;
}

/**
 * One mutation (docs/sync-protocol.md "Mutations, v1"): its args schema (shared with the app), a permission
 * check and the apply function. Both may throw `Reject`; anything else is a server fault.
 */
export interface MutationDef<N extends MutationName> {
  name: N;
  authorize(ctx: MutationContext, args: z.infer<(typeof mutationArgs)[N]>): Promise<void>;
  apply(ctx: MutationContext, args: z.infer<(typeof mutationArgs)[N]>): Promise<void>;
}

/** A mutation refused by validation, permission or a business rule: status `rejected` (push rule 4). */
export class Reject extends Error {
  constructor(
    readonly code: RejectCode,
    message: string,
  ) {
    super(message);
  }
}

export function defineMutation<N extends MutationName>(def: MutationDef<N>): MutationDef<N> {
  return def;
}

export const argsSchema = <N extends MutationName>(name: N) => mutationArgs[name];
