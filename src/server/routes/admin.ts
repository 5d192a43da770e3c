import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { isAdmin, isOrganizer, requireViewer } from '../auth/viewer.ts';
import { ApiError, badRequest, forbidden } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { audit } from '../accounts/audit.ts';
import { checkImport, createImported } from '../accounts/import.ts';
import { auditCsv, auditPage } from '../accounts/audit-read.ts';
import { isSafeText } from '../../shared/mutations/common.ts';

/** 20,000 rows of a spreadsheet fit well within this. */
const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;

const importQuery = z.strictObject({ dryRun: z.optional(z.enum(['0', '1', 'true', 'false'])) });
const auditQuery = z.strictObject({
  before: z.optional(z.coerce.number().check(z.int(), z.minimum(1))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(500))),
  format: z.optional(z.enum(['json', 'csv'])),
});

/** The district's desk: member import and the audit log (docs/organisation.md). */
export default async function adminRoutes(app: FastifyInstance) {
  const { db } = app.ctx;
  const auth = requireViewer(db);

  // A spreadsheet saved as CSV; in this plugin only (the rest of the API takes JSON).
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );

  app.post('/api/admin/import', { preHandler: auth, bodyLimit: IMPORT_BODY_LIMIT }, async (req) => {
    const v = req.viewer;
    if (!isOrganizer(v)) throw forbidden('Only organizers import members.');
    const q = parse(importQuery, req.query);
    if (typeof req.body !== 'string') throw badRequest('Send the spreadsheet as text/csv.');
    // The same rule as every JSON text field: PostgreSQL cannot store NUL, nor a broken character.
    if (!isSafeText(req.body)) throw badRequest('The file contains NUL or broken characters.');
    const dryRun = q.dryRun === '1' || q.dryRun === 'true';
    const branchRows = await db.query<{ id: string; name: string }>(
      `SELECT id, name FROM orgs WHERE kind = 'branch' AND $1::uuid = ANY(path)`,
      [v.orgId],
    );
    const branches = new Map<string, string[]>();
    for (const b of branchRows) branches.set(b.name, [...(branches.get(b.name) ?? []), b.id]);
    const text = req.body;
    return db.tx(async (tx) => {
      const now = new Date();
      const checked = await checkImport(tx, text, branches, now);
      if (!checked.ok) {
        throw new ApiError(
          422,
          'import_failed',
          'Some rows cannot be imported; nothing was created.',
          {
            rows: checked.rows,
          },
        );
      }
      if (dryRun) return { valid: checked.rows.length };
      const created = await createImported(tx, checked.rows, now);
      await audit(tx, {
        actorId: v.id,
        action: 'import',
        targetType: 'user',
        targetId: null,
        orgId: v.orgId,
        after: { count: created.length, logins: created.map((c) => c.login) },
      });
      return { created };
    });
  });

  app.get('/api/admin/audit', { preHandler: auth }, async (req, reply) => {
    const v = req.viewer;
    if (!isOrganizer(v)) throw forbidden('Only organizers and administrators read the audit log.');
    const q = parse(auditQuery, req.query);
    // Admins read everything, district-wide events without an org too; organizers their subtree.
    const scope = isAdmin(v) ? null : v.managedOrgs;
    const page = await auditPage(db, scope, q.before ?? null, q.limit ?? 100);
    if (q.format === 'csv') {
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit.csv"')
        .send(auditCsv(page.entries));
    }
    return page;
  });
}
