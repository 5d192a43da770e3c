import type { Config } from './config.ts';
import type { Db } from './database/db.ts';
import type { LoginLimits } from './auth/rate-limit.ts';
import type { Agent } from 'node:https';

export interface ServerContext {
  config: Config;
  db: Db;
  version: string;
  loginLimits: LoginLimits;
  /** secret for signing member cards; from CARD_SECRET or generated once and kept in app_meta */
  cardSecret: string;
  /** the live stream's comment interval (tests shorten it; src/server/routes/live.ts) */
  liveHeartbeatMs?: number;
  /** open live streams per user and process (tests lower it; src/server/routes/live.ts) */
  liveStreamsPerUser?: number;
  /** the HTTPS agent Web Push uses (tests trust their local push service through it) */
  pushAgent?: Agent;
  /** Prometheus counters, when metrics are on */
  metrics?: {
    pushed(name: string, status: 'applied' | 'duplicate' | 'rejected'): void;
    pulled(changes: number): void;
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: ServerContext;
  }
}
