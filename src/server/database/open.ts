import type { Config } from '../config.ts';
import { openPglite, openPostgres, type Db } from './db.ts';

/** PGlite in DATA_DIR when DATABASE_URL is unset, else the PostgreSQL server. */
export function openDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'DB_POOL_MAX'> &
    Partial<Pick<Config, 'PGLITE_SHARED_BUFFERS'>>,
): Promise<Db> {
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, config.DB_POOL_MAX)
    : openPglite(config.DATA_DIR, { sharedBuffers: config.PGLITE_SHARED_BUFFERS });
}
