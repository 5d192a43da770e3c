import type { Db } from '../database/db.ts';
import type { EventRow } from '../mutations/event-data.ts';
import { CST_OFFSET_MS } from '../../shared/china-time.ts';

const RSVP = { going: '参加', not_going: '不参加' } as const;
const METHOD = { code: '签到码', card: '党员证', manual: '手动登记' } as const;

/** A cell as text: quoted, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** "YYYY-MM-DD HH:MM" in China Standard Time (UTC+8, no daylight saving). */
const cst = (d: Date) =>
  new Date(d.getTime() + CST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/**
 * Attendance of one party day: one row per member of the event's org and the orgs below it,
 * and per flowing member who checked in, with their answer and check-in. UTF-8 with a BOM, so Excel opens the Chinese text correctly.
 */
export async function attendanceCsv(db: Db, e: EventRow): Promise<string> {
  const rows = await db.query<{
    name: string;
    login: string;
    org_name: string;
    rsvp: keyof typeof RSVP | null;
    method: keyof typeof METHOD | null;
    checked_at: Date | null;
  }>(
    `SELECT u.name, u.login, o.name AS org_name, r.status AS rsvp, c.method, c.created_at AS checked_at
       FROM users u
       JOIN orgs o ON o.id = u.org_id
       LEFT JOIN event_rsvps r ON r.event_id = $1 AND r.user_id = u.id
       LEFT JOIN event_checkins c ON c.event_id = $1 AND c.user_id = u.id
      WHERE ($2 = ANY(o.path) AND 'member' = ANY(u.roles) AND NOT u.disabled)
         -- a flowing member (docs/organisation.md) from another branch who checked in here
         OR c.id IS NOT NULL
      ORDER BY o.name, u.name, u.login`,
    [e.id, e.org_id],
  );
  const header = ['姓名', '账号', '所在组织', '报名', '签到', '签到方式', '签到时间（北京时间）'];
  const lines = [
    header,
    ...rows.map((r) => [
      r.name,
      r.login,
      r.org_name,
      r.rsvp ? RSVP[r.rsvp] : '未回复',
      r.method ? '已签到' : '未签到',
      r.method ? METHOD[r.method] : '',
      r.checked_at ? cst(r.checked_at) : '',
    ]),
  ];
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
