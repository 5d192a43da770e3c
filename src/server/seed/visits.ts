import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { monthOf, monthRange, previousMonth, worklogId } from '../../shared/visits/rules.ts';
import { emitRequest, recordEvent } from '../mutations/request-data.ts';
import { emitVisit, emitWorklog } from '../mutations/visit-data.ts';
import { ago, DAY, HOUR } from './dates.ts';
import type { DemoSeeder } from './seeders.ts';

interface DemoVisit {
  /** the instructor's n-th firm (by registration) */
  firm: number;
  daysAgo: number;
  kind: 'visit' | 'phone' | 'online';
  met: string;
  notes: string;
  answer?: string;
  problem?: { category: 'talent' | 'legal' | 'finance'; title: string; body: string };
}

// The `instructor` login's round of the past weeks: every firm contacted within the half month
// but one, which is overdue, so the home list has something to flag.
const VISITS: DemoVisit[] = [
  {
    firm: 0,
    daysAgo: 3,
    kind: 'visit',
    met: '负责人许女士',
    notes: '新招了两名应届生，其中一名是预备党员，已提醒尽快转接组织关系。',
    answer: '希望园区多办几场面向小微企业的招聘会。',
  },
  {
    firm: 1,
    daysAgo: 6,
    kind: 'phone',
    met: '行政主管小吴',
    notes: '电话了解二季度经营情况，订单稳定，暂无困难。',
  },
  {
    firm: 2,
    daysAgo: 9,
    kind: 'visit',
    met: '总经理高先生、财务负责人',
    notes: '一起看了研发费用加计扣除的申报准备，企业对政策口径把握不准。',
    problem: {
      category: 'finance',
      title: '研发费用加计扣除怎么归集',
      body: '企业第一次申报研发费用加计扣除，想请财务服务组讲一讲费用归集和留存备查资料的要求。',
    },
  },
  {
    firm: 3,
    daysAgo: 11,
    kind: 'online',
    met: '创始人魏先生',
    notes: '视频沟通，企业计划下半年扩租办公室，想了解园区的租金补贴。',
  },
  {
    firm: 4,
    daysAgo: 13,
    kind: 'visit',
    met: '联络员小陈',
    notes: '送去本季度主题党日安排，企业两名党员表示会参加。',
  },
  {
    firm: 5,
    daysAgo: 24,
    kind: 'visit',
    met: '负责人何女士',
    notes: '企业员工多在外地项目上，党员学习以线上微党课为主。',
    answer: '希望微党课能下载后离线看。',
  },
  // last month, for its submitted work log
  {
    firm: 0,
    daysAgo: 34,
    kind: 'visit',
    met: '负责人许女士',
    notes: '了解招聘计划，介绍了园区人才公寓的申请办法。',
  },
  {
    firm: 2,
    daysAgo: 38,
    kind: 'phone',
    met: '总经理高先生',
    notes: '电话回访上次反映的停车问题，物业已增划车位。',
  },
];

// Older rounds, before last month: what a year of contacts looks like, so the yearly review and
// the visit history have figures to show. Contacts come every 11 to 15 days, and now and then
// after three weeks (late against the half-month interval).
const HISTORY_NOTES = [
  '例行走访，企业经营正常，党员员工按时参加组织生活。',
  '电话了解用工情况，近期没有新增党员员工。',
  '送去园区最新的政策汇编，企业关心人才补贴的申报时间。',
  '企业在筹备新产品发布，约定下次走访时再谈党员示范岗。',
  '了解到一名员工有入党意愿，已介绍给联合党支部。',
  '企业反映网络带宽不够，已转园区物业了解扩容安排。',
  '视频沟通季度安排，企业同意承办一次跨企业学习交流。',
  '回访上次反映的问题，企业表示已经解决。',
];
const HISTORY_MET = ['负责人', '行政主管', '联络员', '人事专员'];
const HISTORY_KINDS = ['visit', 'phone', 'visit', 'online'] as const;
const HISTORY_DAYS = 400;

/** A month's work log of the instructor, submitted at `at`, and its change. */
async function submittedWorklog(
  tx: Tx,
  instructorId: string,
  orgId: string,
  month: string,
  lines: string[],
  at: Date,
) {
  const id = worklogId(instructorId, month);
  await tx.query(
    `INSERT INTO worklogs (id, user_id, org_id, month, body, status, submitted_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, 'submitted', $6, $6, $6)`,
    [id, instructorId, orgId, month, [`${month} 党建指导员工作日志`, ...lines].join('\n\n'), at],
  );
  await emitWorklog(tx, id);
}

async function seedHistory(
  tx: Tx,
  now: Date,
  instructorId: string,
  firms: readonly { id: string; org_id: string }[],
  orgId: string,
) {
  const lastMonth = previousMonth(monthOf(now));
  const until = Date.parse(monthRange(lastMonth).from);
  const since = until - HISTORY_DAYS * DAY;
  const perMonth = new Map<string, number>();
  const shown = firms.slice(0, 6);
  for (const [f, firm] of shown.entries()) {
    let at = until - (2 + f) * DAY + (9 + f) * HOUR;
    for (let k = 0; at > since; k++) {
      const id = uuidv7(at);
      await tx.query(
        `INSERT INTO visits (id, firm_id, org_id, user_id, instructor_id, at, kind, notes, met, answers,
                             created_at, updated_at)
         VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, '[]'::jsonb, $5, $5)`,
        [
          id,
          firm.id,
          firm.org_id,
          instructorId,
          new Date(at),
          HISTORY_KINDS[(f + k) % HISTORY_KINDS.length],
          HISTORY_NOTES[(f * 3 + k) % HISTORY_NOTES.length],
          HISTORY_MET[(f + k) % HISTORY_MET.length],
        ],
      );
      await emitVisit(tx, id);
      const month = monthOf(new Date(at));
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
      at -= ((f + k) % 9 === 4 ? 21 : 11 + ((f * 3 + k) % 5)) * DAY;
    }
  }
  // Those months' work logs, each submitted on the 2nd of the month after, but for the month
  // before last, still not handed in (the yearly review counts it missing).
  const missing = previousMonth(lastMonth);
  for (let month = previousMonth(missing); perMonth.has(month); month = previousMonth(month)) {
    const next = monthRange(month).to;
    await submittedWorklog(
      tx,
      instructorId,
      orgId,
      month,
      [
        `一、走访联系企业 ${perMonth.get(month)} 次，联系的企业经营正常。`,
        '二、转出的问题：无新增。',
        '三、下月打算：按半月一次的频次继续联系各企业。',
      ],
      new Date(Date.parse(next) + DAY + 9 * HOUR),
    );
  }
}

/**
 * Past visits of the `instructor` login (a year of rounds, then the past weeks' with one overdue
 * firm), and the work logs of the months before this one but the month before last.
 */
export const seedVisits: DemoSeeder = async (tx: Tx, ids) => {
  const instructorId = ids.instructors.star;
  const firms = await tx.query<{ id: string; org_id: string }>(
    'SELECT id, org_id FROM firms WHERE instructor_id = $1 ORDER BY created_at, id',
    [instructorId],
  );
  if (!firms.length) return;
  const [me] = await tx.query<{ id: string; name: string; org_id: string }>(
    'SELECT id, name, org_id FROM users WHERE id = $1',
    [instructorId],
  );
  await seedHistory(tx, ids.now, instructorId, firms, me!.org_id);
  for (const v of VISITS) {
    const firm = firms[v.firm % firms.length]!;
    const at = new Date(ago(ids.now, v.daysAgo).getTime() - 3 * HOUR);
    const id = uuidv7(at.getTime());
    const answers = v.answer
      ? [
          {
            questionId: 'needs',
            question: '企业当前最需要协调解决的一件事是什么？',
            answer: v.answer,
          },
        ]
      : [];
    await tx.query(
      `INSERT INTO visits (id, firm_id, org_id, user_id, instructor_id, at, kind, notes, met, answers,
                           created_at, updated_at)
       VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, $9::jsonb, $5, $5)`,
      [id, firm.id, firm.org_id, instructorId, at, v.kind, v.notes, v.met, JSON.stringify(answers)],
    );
    if (v.problem) {
      const r = {
        id: uuidv7(at.getTime() + 1),
        user_id: instructorId,
        org_id: firm.org_id,
        category: v.problem.category,
      };
      await tx.query(
        `INSERT INTO requests (id, user_id, org_id, category, title, body, visit_id, firm_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
        [r.id, r.user_id, r.org_id, r.category, v.problem.title, v.problem.body, id, firm.id, at],
      );
      await recordEvent(tx, r, null, 'submitted', { id: me!.id, name: me!.name }, null, at);
      await emitRequest(tx, r.id);
    }
    await emitVisit(tx, id);
  }
  const month = previousMonth(monthOf(ids.now));
  // submitted on the morning of the 2nd of this month, or an hour ago early on the 1st
  const second = Date.parse(monthRange(monthOf(ids.now)).from) + DAY + 2 * HOUR;
  const logAt = new Date(Math.min(second, ids.now.getTime() - HOUR));
  await submittedWorklog(
    tx,
    instructorId,
    me!.org_id,
    month,
    [
      '一、走访联系企业 2 次：上门了解招聘计划，介绍人才公寓申请；电话回访停车问题，已解决。',
      '二、转出的问题：无新增。',
      '三、参加组织生活：参加园区党委主题党日一次。',
      '四、下月打算：把联系企业都走一遍，重点了解研发费用政策的需求。',
    ],
    logAt,
  );
};
