/** Why a local write could not be recorded; the UI shows a message for each code, never loses silently. */
export type LocalWriteErrorCode = 'invalid_args' | 'not_signed_in' | 'storage_full' | 'too_large';

export class LocalWriteError extends Error {
  override readonly name = 'LocalWriteError';
  constructor(
    readonly code: LocalWriteErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** IndexedDB reports a full disk as QuotaExceededError, often wrapped by Dexie as the inner error. */
export function isQuotaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    if (typeof e !== 'object') return false;
    const name = 'name' in e ? e.name : undefined;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = 'inner' in e ? e.inner : 'cause' in e ? e.cause : undefined;
  }
  return false;
}
