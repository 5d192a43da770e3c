import * as z from 'zod/mini';
import { PGLITE_SHARED_BUFFERS } from './database/pglite-settings.ts';

/** Configuration from the environment, validated at start with a clear message. */
const envSchema = z.object({
  NODE_ENV: z.optional(z.enum(['development', 'production', 'test'])),
  PORT: z._default(
    z.pipe(
      z.string().check(z.regex(/^\d{1,5}$/, 'PORT must be a number 0-65535')),
      z.transform(Number),
    ),
    8080,
  ),
  HOST: z._default(z.string().check(z.minLength(1)), '0.0.0.0'),
  DATA_DIR: z._default(z.string().check(z.minLength(1)), './data'),
  DATABASE_URL: z.optional(
    z.string().check(z.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')),
  ),
  PGLITE_SHARED_BUFFERS: z._default(
    z.string().check(z.regex(/^\d+(kB|MB|GB)$/, 'PGLITE_SHARED_BUFFERS is a size such as 32MB')),
    PGLITE_SHARED_BUFFERS,
  ),
  LIVE_STREAMS_PER_USER: z.optional(
    z.pipe(
      z.string().check(z.regex(/^[1-9]\d{0,4}$/, 'LIVE_STREAMS_PER_USER must be a number 1-99999')),
      z.transform(Number),
    ),
  ),
  DB_POOL_MAX: z._default(z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number)), 10),
  LIANXIN_SEED: z.optional(z.enum(['demo', 'none'])),
  METRICS_TOKEN: z.optional(
    z.string().check(z.minLength(16, 'METRICS_TOKEN needs 16+ characters')),
  ),
  LOG_LEVEL: z._default(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    'info',
  ),
  STATIC_DIR: z._default(z.string(), 'dist'),
  CARD_SECRET: z.optional(z.string().check(z.minLength(32, 'CARD_SECRET needs 32+ characters'))),
  TRUST_PROXY: z.optional(z.string()),
  // The contact the push services see in every Web Push request (docs/deploy.md "Web Push").
  VAPID_SUBJECT: z.optional(
    z
      .string()
      .check(
        z.regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'VAPID_SUBJECT must be mailto: or https:'),
      ),
  ),
});

export type Config = z.infer<typeof envSchema> & { production: boolean };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const clean = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const port = parsed.data.PORT;
  if (port > 65535) throw new ConfigError('Invalid configuration:\n  PORT: must be 0-65535');
  return { ...parsed.data, production: parsed.data.NODE_ENV === 'production' };
}

export class ConfigError extends Error {}
