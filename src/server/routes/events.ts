import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { requireViewer, type Viewer } from '../auth/viewer.ts';
import type { Db } from '../database/db.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { checkinCode, checkinUrl, windowAt, windowEndsAt } from '../../shared/checkin-code.ts';
import { canSeeEvent, managesEvent, type EventRow } from '../mutations/event-data.ts';
import { attendanceCsv } from './events-attendance.ts';
import { CST_OFFSET_MS } from '../../shared/china-time.ts';

const params = z.strictObject({ id: z.uuid() });

/** The event, for an organizer of its org: 404 when the viewer cannot see it, 403 when only a member. */
async function organizedEvent(db: Db, req: FastifyRequest): Promise<EventRow> {
  const { id } = parse(params, req.params);
  const viewer: Viewer = req.viewer;
  const [e] = await db.query<EventRow>('SELECT * FROM events WHERE id = $1', [id]);
  if (!e || !canSeeEvent(viewer, e)) throw notFound('This party day does not exist.');
  if (!managesEvent(viewer, e)) {
    throw forbidden('Only organizers of this party day’s organisation may see this.');
  }
  return e;
}

export default async function eventRoutes(app: FastifyInstance) {
  const { db } = app.ctx;
  const auth = requireViewer(db);

  // The current code for a screen that cannot compute it (docs/sync-protocol.md endpoints); the app computes
  // the same code on the organizer's phone from the synced secret, so it works offline too.
  app.get('/api/events/:id/checkin-code', { preHandler: auth }, async (req) => {
    const e = await organizedEvent(db, req);
    const window = windowAt(Date.now());
    const code = await checkinCode(e.secret, window);
    return {
      window,
      code,
      url: checkinUrl(`${req.protocol}://${req.host}`, e.id, window, code),
      expiresAt: new Date(windowEndsAt(window)).toISOString(),
    };
  });

  app.get('/api/events/:id/attendance.csv', { preHandler: auth }, async (req, reply) => {
    const e = await organizedEvent(db, req);
    const csv = await attendanceCsv(db, e);
    const day = new Date(e.starts_at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="attendance-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`${e.title}-${day}.csv`)}`,
      )
      .send(csv);
  });
}
