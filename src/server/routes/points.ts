import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { isAdmin, isOrganizer, requireViewer } from '../auth/viewer.ts';
import { badRequest, forbidden } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { listRules, RuleChangeError, setRule } from '../points/rules.ts';
import { pioneerRanking, pioneersCsv } from '../points/pioneers.ts';
import { monthKey, MONTH_PATTERN } from '../../shared/points/rules.ts';
import { str } from '../../shared/mutations/common.ts';

const cap = z.optional(z.nullable(z.int().check(z.minimum(0), z.maximum(1000))));
const ruleBody = z.strictObject({
  points: z.int().check(z.minimum(0), z.maximum(1000)),
  dailyCap: cap,
  monthlyCap: cap,
  effectiveFrom: z.optional(z.iso.datetime({ offset: true })),
});
const pioneersQuery = z.strictObject({
  month: z.optional(str(z.regex(MONTH_PATTERN))),
  orgId: z.optional(z.uuid()),
});

export default async function pointsRoutes(app: FastifyInstance) {
  const { db } = app.ctx;
  const auth = requireViewer(db);

  // Anyone signed in may read how points are earned: the rules are no secret.
  app.get('/api/points/rules', { preHandler: auth }, async () => listRules(db, new Date()));

  app.put<{ Params: { rule: string } }>(
    '/api/points/rules/:rule',
    { preHandler: auth },
    async (req) => {
      if (!isAdmin(req.viewer)) throw forbidden('Only administrators change point rules.');
      const body = parse(ruleBody, req.body);
      try {
        return await setRule(
          db,
          {
            rule: req.params.rule,
            points: body.points,
            dailyCap: body.dailyCap ?? null,
            monthlyCap: body.monthlyCap ?? null,
            effectiveFrom: body.effectiveFrom ? new Date(body.effectiveFrom) : undefined,
            by: req.viewer.id,
          },
          new Date(),
        );
      } catch (err) {
        if (err instanceof RuleChangeError) throw badRequest(err.message);
        throw err;
      }
    },
  );

  /** Organizers only, over an org they manage (their own by default). */
  function scope(req: FastifyRequest) {
    if (!isOrganizer(req.viewer)) throw forbidden('Only organizers see the pioneer ranking.');
    const q = parse(pioneersQuery, req.query);
    const orgId = q.orgId ?? req.viewer.orgId;
    if (!req.viewer.managedOrgs.includes(orgId)) {
      throw forbidden('You do not manage this organisation.');
    }
    return { orgId, month: q.month ?? monthKey(new Date()) };
  }

  app.get('/api/points/pioneers', { preHandler: auth }, async (req) => {
    const { orgId, month } = scope(req);
    return { month, orgId, members: await pioneerRanking(db, orgId, month) };
  });

  app.get('/api/points/pioneers.csv', { preHandler: auth }, async (req, reply) => {
    const { orgId, month } = scope(req);
    const csv = pioneersCsv(month, await pioneerRanking(db, orgId, month));
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="pioneers-${month}.csv"`)
      .send(csv);
  });
}
