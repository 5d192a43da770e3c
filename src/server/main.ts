import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase } from './database/open.ts';
import { startEmbeddedMaintenance } from './database/maintenance.ts';
import { prepareDatabase, sharedSecret } from './bootstrap.ts';
import { DEFAULT_LIMITS } from './auth/rate-limit.ts';
import type { ServerContext } from './context.ts';
import { packageVersion } from './version.ts';

const VERSION = packageVersion();

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const db = await openDatabase(config);
  const ctx: ServerContext = {
    config,
    db,
    version: VERSION,
    loginLimits: DEFAULT_LIMITS,
    cardSecret: '',
    ...(config.LIVE_STREAMS_PER_USER ? { liveStreamsPerUser: config.LIVE_STREAMS_PER_USER } : {}),
  };
  const app = await buildApp(ctx, {
    logger: { level: config.LOG_LEVEL, redact: ['req.headers.authorization'] },
    processMetrics: true,
  });
  await prepareDatabase(db, config, app.log);
  ctx.cardSecret = config.CARD_SECRET ?? (await sharedSecret(db, 'card_secret'));
  const stopMaintenance = startEmbeddedMaintenance(db, app.log);

  // Graceful shutdown: stop accepting, let in-flight requests finish, then close the database.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      stopMaintenance();
      await app.close();
      await db.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(
    { db: db.kind, version: VERSION },
    `Lianxin listening on http://localhost:${config.PORT}`,
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
