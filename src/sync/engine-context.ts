import type { SessionUser } from '../shared/protocol.ts';
import type { LianxinDB } from '../db/db.ts';
import { apiRequest, type HttpClientOptions } from './http.ts';

/** What one sync run works with; built fresh per run from the stored session. */
export interface EngineContext {
  db: LianxinDB;
  http: HttpClientOptions;
  user: SessionUser;
  now: () => Date;
}

export const get = <T>(ctx: EngineContext, path: string) => apiRequest<T>(ctx.http, 'GET', path);
export const post = <T>(ctx: EngineContext, path: string, body: unknown) =>
  apiRequest<T>(ctx.http, 'POST', path, body);
