import type { FastifyInstance } from 'fastify';
import { ApiError, badRequest } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { isLimited, recordFailure } from '../auth/rate-limit.ts';
import { audit } from '../accounts/audit.ts';
import { emitInvite, emitJoinRequest } from '../mutations/org-data.ts';
import { noticeJoinRequest } from '../notices/automatic.ts';
import { joinBody } from '../../shared/org/api.ts';
import { isValidPhone, normalizePhone } from '../../shared/org/phone.ts';
import { uuidv7 } from '../../shared/ids.ts';

/**
 * `POST /api/join`: a newcomer scanned a branch's invitation code at the service centre. Anyone
 * may ask, so every attempt counts against the address's limit (as failed sign-ins do), which
 * keeps both code guessing and queue flooding slow.
 */
export default async function joinRoutes(app: FastifyInstance) {
  const { db, loginLimits } = app.ctx;

  app.post('/api/join', async (req, reply) => {
    const body = parse(joinBody, req.body);
    const key = `join:${req.ip}`;
    if (await isLimited(db, [[key, loginLimits.perAddress]])) {
      throw new ApiError(429, 'rate_limited', 'Too many requests. Wait 15 minutes and try again.');
    }
    await recordFailure(db, [key]);
    if (!isValidPhone(body.phone)) {
      throw badRequest('The phone number must be a mainland mobile number.', [
        { path: 'phone', message: 'phone_format' },
      ]);
    }
    const done = await db.tx(async (tx) => {
      const [invite] = await tx.query<{ id: string; org_id: string }>(
        `SELECT id, org_id FROM invites
          WHERE code = $1 AND revoked_at IS NULL AND expires_at > now()`,
        [body.code.trim().toUpperCase()],
      );
      if (!invite) return false;
      const id = uuidv7();
      await tx.query(
        `INSERT INTO join_requests (id, invite_id, org_id, name, phone, firm, standing)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          invite.id,
          invite.org_id,
          body.name,
          normalizePhone(body.phone),
          body.firm || null,
          body.standing,
        ],
      );
      await emitJoinRequest(tx, id);
      await emitInvite(tx, invite.id);
      await noticeJoinRequest(tx, { id, orgId: invite.org_id, name: body.name }, new Date());
      await audit(tx, {
        actorId: null,
        action: 'join',
        targetType: 'join_request',
        targetId: id,
        orgId: invite.org_id,
        after: { name: body.name, standing: body.standing },
      });
      return true;
    });
    if (!done) {
      throw new ApiError(
        404,
        'invalid_invite',
        'This invitation code is unknown, revoked or expired.',
      );
    }
    return reply.status(202).send({ status: 'pending' });
  });
}
