import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { requireViewer, chinaToday } from '../auth/viewer.ts';
import { notFound } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { csvCell } from './events-attendance.ts';
import { CST_OFFSET_MS } from '../../shared/china-time.ts';
import type { FlowingActivity } from '../../shared/transfers/api.ts';

const params = z.strictObject({ id: z.uuid() });
const query = z.strictObject({ format: z.optional(z.enum(['json', 'csv'])) });

const cstDay = (d: Date) => new Date(d.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);

/**
 * Flowing members (docs/organisation.md, "Flowing members"): the branches one may register at,
 * and a flowing member's activity record for their home organisation.
 */
export default async function flowingRoutes(app: FastifyInstance) {
  const { db } = app.ctx;
  const auth = requireViewer(db);

  // Branch names are not secret, but a member pulls only the orgs above them: the registration
  // form asks here for the branches of the whole district.
  app.get('/api/flowing/branches', { preHandler: auth }, async () => {
    const rows = await db.query<{ id: string; name: string; parent: string | null }>(
      `SELECT o.id, o.name, p.name AS parent FROM orgs o LEFT JOIN orgs p ON p.id = o.parent_id
        WHERE o.kind = 'branch' ORDER BY p.name, o.name`,
    );
    return { branches: rows };
  });

  // The activity card: what the member did in the period (party days attended, lessons completed,
  // volunteer service), for the member and the host branch's organizers and above.
  app.get('/api/flowing/:id/activity', { preHandler: auth }, async (req, reply) => {
    const { id } = parse(params, req.params);
    const { format = 'json' } = parse(query, req.query);
    const viewer = req.viewer;
    const [f] = await db.query<{
      user_id: string;
      member_name: string;
      host_org_id: string;
      host_name: string;
      home_org: string;
      since: string;
      until: string | null;
      status: string;
    }>(
      `SELECT f.user_id, u.name AS member_name, f.host_org_id, o.name AS host_name, f.home_org,
              to_char(f.since, 'YYYY-MM-DD') AS since, to_char(f.until, 'YYYY-MM-DD') AS until, f.status
         FROM flowing_members f JOIN users u ON u.id = f.user_id JOIN orgs o ON o.id = f.host_org_id
        WHERE f.id = $1`,
      [id],
    );
    if (!f || (f.user_id !== viewer.id && !viewer.managedOrgs.includes(f.host_org_id))) {
      throw notFound('No such flowing registration.');
    }
    const today = chinaToday();
    const to = f.until && f.until < today ? f.until : today;
    // the period in China time, as [from, to] whole days
    const range = [`${f.since}T00:00:00+08:00`, `${to}T23:59:59.999+08:00`];
    const partyDays = await db.query<{ title: string; at: Date; org: string }>(
      `SELECT e.title, e.starts_at AS at, o.name AS org FROM event_checkins c
         JOIN events e ON e.id = c.event_id JOIN orgs o ON o.id = e.org_id
        WHERE c.user_id = $1 AND e.starts_at BETWEEN $2 AND $3 ORDER BY e.starts_at`,
      [f.user_id, ...range],
    );
    const lessons = await db.query<{ title: string; at: Date }>(
      `SELECT l.title, p.updated_at AS at FROM lesson_progress p JOIN lessons l ON l.id = p.lesson_id
        WHERE p.user_id = $1 AND p.completed AND p.updated_at BETWEEN $2 AND $3 ORDER BY p.updated_at`,
      [f.user_id, ...range],
    );
    const [service] = await db.query<{ points: number; hours: string | null }>(
      `SELECT coalesce(sum(points), 0)::int AS points, sum(hours)::text AS hours FROM points_entries
        WHERE user_id = $1 AND category = 'service' AND created_at BETWEEN $2 AND $3`,
      [f.user_id, ...range],
    );
    const card: FlowingActivity = {
      memberName: f.member_name,
      homeOrg: f.home_org,
      hostName: f.host_name,
      since: f.since,
      until: to,
      status: f.status,
      partyDays: partyDays.map((p) => ({ title: p.title, date: cstDay(p.at), org: p.org })),
      lessons: lessons.map((l) => ({ title: l.title, date: cstDay(l.at) })),
      servicePoints: service?.points ?? 0,
      serviceHours: Number(service?.hours ?? 0),
    };
    if (format === 'json') return card;
    const lines: string[][] = [
      ['流动党员活动记录'],
      ['姓名', card.memberName],
      ['原组织', card.homeOrg],
      ['流入支部', card.hostName],
      ['期间', `${card.since} 至 ${card.until}`],
      [],
      ['类别', '日期', '内容', '组织'],
      ...card.partyDays.map((p) => ['主题党日', p.date, p.title, p.org]),
      ...card.lessons.map((l) => ['学习课程', l.date, l.title, '']),
      [],
      ['志愿服务积分', String(card.servicePoints)],
      ['志愿服务时长（小时）', String(card.serviceHours)],
    ];
    const csv = `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="flowing-activity.csv"; filename*=UTF-8''${encodeURIComponent(`${card.memberName}-活动记录.csv`)}`,
      )
      .send(csv);
  });
}
