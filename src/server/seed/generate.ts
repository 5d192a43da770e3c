import { randomBytes } from 'node:crypto';
import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { SERVICE_GROUPS } from '../../shared/groups.ts';
import { emitLessonRow, type LessonRow } from '../mutations/lesson-data.ts';
import { emitEventRow, type EventRow } from '../mutations/event-data.ts';
import { emitRequestRow, type RequestRow } from '../mutations/request-data.ts';

/**
 * Bulk demo data for benchmarks (`npm run admin -- generate --records N --for LOGIN`): N records
 * one member pulls — lessons and party days published at the member's org, and service requests of
 * their own — split 40/30/30. Rows go in with one INSERT per table; their pull records are made by
 * the same emitters the mutations use, and the change log gets real versions at commit. Everything
 * happens in the caller's transaction.
 */
export interface GeneratedCounts {
  lessons: number;
  events: number;
  requests: number;
}

const SERIES = ['lunch', 'weekend', 'film', 'forum'];
const DAY = 86_400_000;

const LESSON_BODY = `## 学习要点

创业园区的党员朋友时间零散，这一讲用十分钟讲清一个问题：怎样把学习、担当和服务落到每天的小事里。

- 通勤路上听一段微党课，午饭后读一页原文；
- 每周给自己提一个问题，周五在党小组群里说一说答案；
- 遇到急难险重的任务，主动亮明身份、站到前面。

## 讨论

请结合本企业的实际，谈谈你在研发、市场或服务岗位上可以做的一件小事，并在下次组织生活会上分享。`;

export function splitRecords(records: number): GeneratedCounts {
  const lessons = Math.round(records * 0.4);
  const events = Math.round(records * 0.3);
  return { lessons, events, requests: records - lessons - events };
}

export async function generateRecords(
  tx: Tx,
  login: string,
  records: number,
  now = new Date(),
): Promise<GeneratedCounts> {
  if (!Number.isSafeInteger(records) || records < 1 || records > 1_000_000)
    throw new Error('--records must be 1..1000000');
  const [member] = await tx.query<{ id: string; org_id: string; name: string }>(
    `SELECT id, org_id, name FROM users WHERE lower(login) = lower($1)`,
    [login],
  );
  if (!member) throw new Error(`No user ${login}`);
  // Lessons and party days are written by an organizer of the member's org when there is one.
  const [organizer] = await tx.query<{ id: string }>(
    `SELECT id FROM users WHERE org_id = $1 AND 'organizer' = ANY(roles) ORDER BY login LIMIT 1`,
    [member.org_id],
  );
  const by = organizer?.id ?? member.id;
  const counts = splitRecords(records);
  // Ids and stamps in creation order, a minute apart, ending now.
  const stamps = (n: number) =>
    Array.from({ length: n }, (_, i) => new Date(now.getTime() - (n - i) * 60_000));
  const ids = (at: Date[]) => at.map((d) => uuidv7(d.getTime()));
  const byId = <T extends { id: string }>(rows: T[]) =>
    rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  if (counts.lessons) {
    const at = stamps(counts.lessons);
    const rows = await tx.query<LessonRow>(
      `INSERT INTO lessons (id, org_id, series, title, speaker, summary, body, tags, duration_min,
                            user_id, created_at, updated_at)
       SELECT t.id, $3, ($4::text[])[1 + t.n % 4], '微党课第' || t.n || '讲：把初心落到小事里',
              '园区党员讲师' || (1 + t.n % 37), '十分钟讲清一个问题：学习、担当和服务怎样落到每天的小事里。',
              $5, ARRAY['初心', '第' || (1 + t.n % 12) || '单元'], 5 + t.n % 25, $6, t.at, t.at
         FROM unnest($1::uuid[], $2::timestamptz[]) WITH ORDINALITY AS t(id, at, n)
       RETURNING *`,
      [ids(at), at, member.org_id, SERIES, LESSON_BODY, by],
    );
    for (const l of byId(rows)) emitLessonRow(tx, l, []);
  }

  if (counts.events) {
    const at = stamps(counts.events);
    // Party days every few days around now: half past, half to come.
    const starts = at.map(
      (_, i) => new Date(now.getTime() + (i - counts.events / 2) * 3 * DAY + 14 * 3_600_000),
    );
    const secrets = at.map(() => randomBytes(32).toString('hex'));
    const rows = await tx.query<EventRow>(
      `INSERT INTO events (id, org_id, title, theme, venue, capacity, agenda, starts_at, ends_at,
                           secret, user_id, created_at, updated_at)
       SELECT t.id, $5, '主题党日第' || t.n || '期', '学习贯彻 · 服务园区', '园区党群服务中心' || (1 + t.n % 5) || '号会议室',
              CASE WHEN t.n % 3 = 0 THEN 40 ELSE NULL END,
              '[{"title":"重温入党誓词","mandatory":true},{"title":"专题学习","mandatory":true},{"title":"交流发言","mandatory":false}]'::jsonb,
              t.starts, t.starts + interval '2 hours', t.secret, $6, t.at, t.at
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::text[])
              WITH ORDINALITY AS t(id, at, starts, secret, n)
       RETURNING *`,
      [ids(at), at, starts, secrets, member.org_id, by],
    );
    for (const e of byId(rows)) emitEventRow(tx, e);
  }

  if (counts.requests) {
    const at = stamps(counts.requests);
    const rows = await tx.query<RequestRow>(
      `INSERT INTO requests (id, user_id, org_id, category, title, body, created_at, updated_at)
       SELECT t.id, $3, $4, ($5::text[])[1 + t.n % 7], '服务诉求第' || t.n || '号',
              '我们公司在园区办公，想咨询相关政策和办理流程，请帮忙安排对接，谢谢。', t.at, t.at
         FROM unnest($1::uuid[], $2::timestamptz[]) WITH ORDINALITY AS t(id, at, n)
       RETURNING *`,
      [ids(at), at, member.id, member.org_id, [...SERVICE_GROUPS]],
    );
    for (const r of byId(rows)) emitRequestRow(tx, { ...r, requester_name: member.name }, []);
  }
  return counts;
}
