import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { requireViewer } from '../auth/viewer.ts';
import { hashToken, newToken } from '../auth/sessions.ts';
import { isLimited, recordFailure } from '../auth/rate-limit.ts';
import { ApiError, notFound } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { calendarFeed } from '../calendar/feed.ts';

/** Feed reads per address per window for unknown tokens, and per token for known ones. */
export const FEED_READS_PER_WINDOW = 60;
/** New feed links per user per window. */
export const FEED_RENEWALS_PER_WINDOW = 10;

const feedFile = z.strictObject({
  file: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}\.ics$/)),
});

const tooMany = () =>
  new ApiError(429, 'rate_limited', 'Too many requests. Wait 15 minutes and try again.');

/**
 * The personal calendar feed (docs/notices.md "Calendar"). The link carries a secret of its own
 * (a calendar app cannot send the bearer header), stored hashed; making a new one replaces the old,
 * and the owner can remove it.
 */
export default async function calendarRoutes(app: FastifyInstance) {
  const { db } = app.ctx;
  const auth = requireViewer(db);
  const origin = (req: { protocol: string; host: string }) => `${req.protocol}://${req.host}`;

  app.get('/api/calendar/feed', { preHandler: auth }, async (req) => {
    const [row] = await db.query<{ created_at: Date }>(
      `SELECT created_at FROM calendar_feeds WHERE user_id = $1`,
      [req.viewer.id],
    );
    return { active: Boolean(row), createdAt: row ? row.created_at.toISOString() : null };
  });

  app.post('/api/calendar/feed', { preHandler: auth }, async (req, reply) => {
    const key = `calfeed:${req.viewer.id}`;
    if (await isLimited(db, [[key, FEED_RENEWALS_PER_WINDOW]])) throw tooMany();
    await recordFailure(db, [key]);
    const { token, hash } = newToken();
    await db.query(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [req.viewer.id, hash],
    );
    return reply.status(201).send({ url: `${origin(req)}/api/calendar/${token}.ics` });
  });

  app.delete('/api/calendar/feed', { preHandler: auth }, async (req, reply) => {
    await db.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [req.viewer.id]);
    return reply.status(204).send();
  });

  // No bearer header: the secret in the path is the credential. Unknown secrets count against
  // the address (guessing stays slow), known ones against themselves (a runaway client).
  app.get('/api/calendar/:file', async (req, reply) => {
    const { file } = parse(feedFile, req.params);
    const addrKey = `calfeed-miss:${req.ip}`;
    if (await isLimited(db, [[addrKey, FEED_READS_PER_WINDOW]])) throw tooMany();
    const [row] = await db.query<{ user_id: string }>(
      `SELECT user_id FROM calendar_feeds WHERE token_hash = $1`,
      [hashToken(file.slice(0, -'.ics'.length))],
    );
    if (!row) {
      await recordFailure(db, [addrKey]);
      throw notFound('This calendar link is unknown or was replaced.');
    }
    const tokenKey = `calfeed-read:${row.user_id}`;
    if (await isLimited(db, [[tokenKey, FEED_READS_PER_WINDOW]])) throw tooMany();
    await recordFailure(db, [tokenKey]);
    const ics = await calendarFeed(db, row.user_id, origin(req));
    if (ics === null) throw notFound('This calendar link is unknown or was replaced.');
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="lianxin.ics"')
      .header('cache-control', 'private, no-cache')
      .send(ics);
  });
}
