import type { FastifyInstance } from 'fastify';
import { ApiError } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { hashPassword, verifyPassword, DUMMY_HASH_PROMISE } from '../auth/passwords.ts';
import { createSession, hashToken } from '../auth/sessions.ts';
import { isLimited, recordFailure, signInKeys } from '../auth/rate-limit.ts';
import { requireViewer } from '../auth/viewer.ts';
import { hashCode, revokeSessions } from '../accounts/activation.ts';
import { audit } from '../accounts/audit.ts';
import { emitMemberAdmin } from '../accounts/users.ts';
import { clearJoinCodes } from '../mutations/org-data.ts';
import { activateBody, passwordBody } from '../../shared/org/api.ts';
import { sessionUser } from './auth.ts';

const wrong = () => new ApiError(401, 'invalid_credentials', 'Wrong login name or code.');

/**
 * First sign-in with a one-time code, and a signed-in user's own password change
 * (docs/sync-protocol.md, "Endpoints, v1.1"; docs/organisation.md).
 */
export default async function activationRoutes(app: FastifyInstance) {
  const { db, loginLimits } = app.ctx;

  // Rate-limited like login, on the same counters: guessing codes costs sign-in attempts.
  app.post('/api/auth/activate', async (req) => {
    const body = parse(activateBody, req.body);
    const login = body.login.toLowerCase();
    const keys = signInKeys(loginLimits, login, req.ip);
    if (await isLimited(db, keys)) {
      throw new ApiError(
        429,
        'rate_limited',
        'Too many failed sign-ins. Wait 15 minutes and try again.',
      );
    }
    // Hashed before the transaction: scrypt is slow and must not hold a connection or a lock.
    const passwordHash = await hashPassword(body.password);
    const result = await db.tx(async (tx) => {
      const [user] = await tx.query<{
        id: string;
        name: string;
        login: string;
        roles: string[];
        org_id: string;
        groups: string[];
      }>(
        `UPDATE users SET password_hash = $3, activation_hash = NULL, activation_expires_at = NULL,
                activated = true, updated_at = now()
          WHERE lower(login) = $1 AND NOT disabled AND activation_hash = $2
                AND activation_expires_at > now()
          RETURNING id, name, login, roles, org_id, groups`,
        [login, hashCode(body.code), passwordHash],
      );
      if (!user) return null;
      await emitMemberAdmin(tx, user.id, null);
      await clearJoinCodes(tx, user.id);
      await audit(tx, {
        actorId: user.id,
        action: 'activate',
        targetType: 'user',
        targetId: user.id,
        orgId: user.org_id,
        after: { activated: true },
      });
      return { user, token: await createSession(tx, user.id) };
    });
    if (!result) {
      await recordFailure(
        db,
        keys.map(([k]) => k),
      );
      throw wrong();
    }
    return {
      token: result.token,
      user: sessionUser({ ...result.user, orgId: result.user.org_id }),
    };
  });

  app.post('/api/auth/password', { preHandler: requireViewer(db) }, async (req, reply) => {
    const body = parse(passwordBody, req.body);
    const v = req.viewer;
    const key = `login:${v.login.toLowerCase()}`;
    if (await isLimited(db, [[key, loginLimits.perLogin]])) {
      throw new ApiError(
        429,
        'rate_limited',
        'Too many failed attempts. Wait 15 minutes and try again.',
      );
    }
    const [row] = await db.query<{ password_hash: string }>(
      'SELECT password_hash FROM users WHERE id = $1',
      [v.id],
    );
    const ok = await verifyPassword(body.current, row?.password_hash || (await DUMMY_HASH_PROMISE));
    if (!row || !ok) {
      await recordFailure(db, [key]);
      throw new ApiError(401, 'invalid_credentials', 'The current password is wrong.');
    }
    const next = await hashPassword(body.next);
    await db.tx(async (tx) => {
      await tx.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
        v.id,
        next,
      ]);
      // Every other device signs in again: a changed password is often a suspected leak.
      await revokeSessions(tx, v.id, hashToken(v.token));
      await audit(tx, {
        actorId: v.id,
        action: 'password',
        targetType: 'user',
        targetId: v.id,
        orgId: v.orgId,
      });
    });
    return reply.status(204).send();
  });
}
