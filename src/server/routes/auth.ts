import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { ApiError } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { DUMMY_HASH_PROMISE, verifyPassword } from '../auth/passwords.ts';
import { createSession, revokeSession } from '../auth/sessions.ts';
import { isLimited, recordFailure, signInKeys } from '../auth/rate-limit.ts';
import { requireViewer, type Viewer } from '../auth/viewer.ts';
import { viewerCacheFor } from '../auth/viewer-cache.ts';
import type { SessionUser } from '../../shared/protocol.ts';
import { signCard } from '../auth/card.ts';
import { str } from '../../shared/mutations/common.ts';

const loginBody = z.strictObject({
  login: str(z.trim(), z.minLength(1), z.maxLength(64)),
  password: str(z.minLength(1), z.maxLength(256)),
});

export const sessionUser = (
  v: Pick<Viewer, 'id' | 'name' | 'login' | 'roles' | 'orgId' | 'groups'>,
): SessionUser => ({
  id: v.id,
  name: v.name,
  login: v.login,
  roles: v.roles,
  orgId: v.orgId,
  groups: v.groups,
});

export default async function authRoutes(app: FastifyInstance) {
  const { db, loginLimits } = app.ctx;

  app.post('/api/auth/login', async (req) => {
    const body = parse(loginBody, req.body);
    const login = body.login.toLowerCase();
    const keys = signInKeys(loginLimits, login, req.ip);
    if (await isLimited(db, keys)) {
      throw new ApiError(
        429,
        'rate_limited',
        'Too many failed sign-ins. Wait 15 minutes and try again.',
      );
    }
    const rows = await db.query<{
      id: string;
      name: string;
      login: string;
      roles: string[];
      org_id: string;
      groups: string[];
      password_hash: string;
    }>(
      `SELECT id, name, login, roles, org_id, groups, password_hash FROM users
        WHERE lower(login) = $1 AND NOT disabled AND activated`,
      [login],
    );
    // A disabled or not yet activated account answers exactly like a wrong password.
    const user = rows[0];
    // An unknown login still costs one scrypt, so the answer time does not tell whether it exists.
    const ok = await verifyPassword(
      body.password,
      user?.password_hash ?? (await DUMMY_HASH_PROMISE),
    );
    if (!user || !ok) {
      await recordFailure(
        db,
        keys.map(([k]) => k),
      );
      throw new ApiError(401, 'invalid_credentials', 'Wrong login name or password.');
    }
    const token = await createSession(db, user.id);
    return {
      token,
      user: sessionUser({ ...user, orgId: user.org_id }),
    };
  });

  app.post('/api/auth/logout', { preHandler: requireViewer(db) }, async (req, reply) => {
    await revokeSession(db, req.viewer.token);
    // Other processes forget it when the revocation's notification arrives (migration 070).
    viewerCacheFor(db).forgetToken(req.viewer.token);
    return reply.status(204).send();
  });

  app.get('/api/me', { preHandler: requireViewer(db) }, async (req) => sessionUser(req.viewer));

  // The member card token shown as a QR on "me"; the app keeps it for offline display.
  app.get('/api/me/card', { preHandler: requireViewer(db) }, async (req) =>
    signCard(app.ctx.cardSecret, req.viewer.id),
  );
}
