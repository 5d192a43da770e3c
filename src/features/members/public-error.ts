import { ApiRequestError } from '../../sync/http.ts';

/** An endpoint's refusal as one of the keys a public form has words for, or `unknown`. */
export function publicErrorKey<K extends string>(
  error: unknown,
  known: readonly K[],
): { key: K | 'unknown' | 'network'; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ApiRequestError) {
    const code = error.status === 429 ? 'rate_limited' : error.code;
    if (code === 'network') return { key: 'network', message };
    if ((known as readonly string[]).includes(code)) return { key: code as K, message };
    return { key: 'unknown', message };
  }
  // fetch rejects with a TypeError when there is no connection at all
  if (error instanceof TypeError) return { key: 'network', message };
  return { key: 'unknown', message };
}
