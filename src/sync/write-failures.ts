import { create } from 'zustand';
import { isQuotaError, LocalWriteError, type LocalWriteErrorCode } from './errors.ts';

/** What the notice says: a LocalWriteError's code, or 'other' for anything else. */
export type WriteFailureKind = Exclude<LocalWriteErrorCode, 'invalid_args'> | 'other';

export interface WriteFailureState {
  /** the last write of this tab that could not be saved on the device; null once put away */
  failure: { kind: WriteFailureKind; count: number } | null;
}

export const useWriteFailure = create<WriteFailureState>(() => ({ failure: null }));

export function writeFailureKind(err: unknown): WriteFailureKind {
  if (err instanceof LocalWriteError) return err.code === 'invalid_args' ? 'other' : err.code;
  return isQuotaError(err) ? 'storage_full' : 'other';
}

/**
 * Every write that fails on the device itself (before anything is queued) is told here, so the
 * shell says so whichever screen made it (src/app/write-failed-notice.tsx): many buttons fire a
 * write and move on, and such a failure must never pass in silence (docs/sync-protocol.md,
 * "The app side"). `count` tells a repeat of the same failure from the one already shown.
 */
export function reportWriteFailure(err: unknown): void {
  const kind = writeFailureKind(err);
  const count = (useWriteFailure.getState().failure?.count ?? 0) + 1;
  useWriteFailure.setState({ failure: { kind, count } });
}

export function dismissWriteFailure(): void {
  useWriteFailure.setState({ failure: null });
}
