import { ApiRequestError } from '../../sync/http.ts';

export type SignInError =
  | { key: 'invalid_credentials' | 'rate_limited' | 'network' | 'required' }
  | { key: 'unknown'; message: string };

export function toSignInError(error: unknown): SignInError {
  if (error instanceof ApiRequestError) {
    if (error.code === 'invalid_credentials' || error.code === 'unauthenticated') {
      return { key: 'invalid_credentials' };
    }
    if (error.code === 'rate_limited' || error.status === 429) return { key: 'rate_limited' };
    if (error.code === 'network' || error.code === 'timeout') return { key: 'network' };
    return { key: 'unknown', message: error.message };
  }
  // fetch rejects with a TypeError when there is no connection at all
  if (error instanceof TypeError) return { key: 'network' };
  return { key: 'unknown', message: error instanceof Error ? error.message : String(error) };
}
