import { randomBytes } from 'node:crypto';
import { uuidv7 } from '../../shared/ids.ts';
import { DEFAULT_RULE, addMonths, seriesDates, shanghaiMonth } from '../../shared/party-days.ts';
import type { AgendaItem } from '../../shared/records.ts';
import type { Tx } from '../database/db.ts';
import { emitEvent } from '../mutations/event-data.ts';
import { emitRsvp } from '../mutations/event-rsvp.ts';
import { recordCheckin } from '../mutations/event-checkin-data.ts';
import { emitWallPost } from '../mutations/wall-data.ts';
import type { DemoSeeder } from './seeders.ts';
import { rememberLiveEvent } from './keep-alive.ts';
import { DAY, HOUR, cst } from './dates.ts';

interface SeedEvent {
  orgId: string;
  seriesId: string | null;
  title: string;
  theme: string;
  venue: string;
  capacity: number | null;
  agenda: AgendaItem[];
  startsAt: string;
  endsAt: string;
  by: string;
}

async function createEvent(tx: Tx, e: SeedEvent, now: Date): Promise<string> {
  const id = uuidv7(now.getTime());
  await tx.query(
    `INSERT INTO events (id, org_id, series_id, title, theme, venue, capacity, agenda, starts_at, ends_at,
                         secret, user_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $13)`,
    [
      id,
      e.orgId,
      e.seriesId,
      e.title,
      e.theme,
      e.venue,
      e.capacity,
      JSON.stringify(e.agenda),
      e.startsAt,
      e.endsAt,
      randomBytes(32).toString('hex'),
      e.by,
      now,
    ],
  );
  await emitEvent(tx, id);
  return id;
}

async function rsvp(
  tx: Tx,
  eventId: string,
  userId: string,
  status: 'going' | 'not_going',
  at: Date,
) {
  await tx.query(
    `INSERT INTO event_rsvps (id, event_id, user_id, org_id, status, created_at, updated_at)
     SELECT $1, $2, $3, org_id, $4, $5, $5 FROM users WHERE id = $3`,
    [uuidv7(at.getTime()), eventId, userId, status, at],
  );
  await emitRsvp(tx, eventId, userId);
}

async function post(tx: Tx, eventId: string, userId: string, body: string, at: Date) {
  const id = uuidv7(at.getTime());
  await tx.query(
    `INSERT INTO wall_posts (id, event_id, user_id, body, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)`,
    [id, eventId, userId, body, at],
  );
  await emitWallPost(tx, id);
}

/**
 * Party days for the demo: branch A's monthly series on the second Thursday (three past,
 * one or two ahead), a joint party day in progress at the moment of seeding, and one for branch B.
 */
export const seedEvents: DemoSeeder = async (tx, ids) => {
  const { now, users } = ids;
  const t = now.getTime();
  const seriesId = uuidv7(t);
  const dates = seriesDates(DEFAULT_RULE, addMonths(shanghaiMonth(t), -4), 8);
  const earlier = dates.filter((d) => Date.parse(d.endsAt) < t - DAY);
  const past = earlier.at(-1)!;
  const ahead = dates.filter((d) => Date.parse(d.startsAt) > t + DAY).slice(0, 2);
  const branchA = { orgId: ids.branchA, seriesId, capacity: 40, by: users.organizer };

  const pastId = await createEvent(
    tx,
    {
      ...branchA,
      title: '月度主题党日',
      theme: '重温入党誓词，讲讲我的入党故事',
      venue: '星火创业园 A 座 1 层 红色会客厅',
      agenda: [
        { title: '集体重温入党誓词', mandatory: true },
        { title: '“三会一课”专题学习', mandatory: true },
        { title: '青年党员讲述入党故事', mandatory: false },
        { title: '交纳党费', mandatory: true },
      ],
      ...past,
    },
    now,
  );
  const nowId = await createEvent(
    tx,
    {
      ...branchA,
      seriesId: null,
      capacity: 60,
      title: '联合主题党日 · 轮值企业开放日',
      theme: '走进轮值企业：看硬科技如何落地',
      venue: '星火创业园 B 座 3 层 创客路演室',
      agenda: [
        { title: '参观轮值企业智能硬件实验室', mandatory: true },
        { title: '学习园区扶持创业新政策', mandatory: true },
        { title: '党员创客项目路演与点评', mandatory: false },
        { title: '结对帮扶需求对接', mandatory: false },
      ],
      startsAt: new Date(t - HOUR).toISOString(),
      endsAt: new Date(t + 2 * HOUR).toISOString(),
    },
    now,
  );
  await rememberLiveEvent(tx, nowId);
  const themes = [
    {
      theme: '数据安全与保密教育进企业',
      agenda: [
        { title: '保密知识专题辅导', mandatory: true },
        { title: '企业数据合规案例研讨', mandatory: true },
        { title: '保密知识小测验', mandatory: false },
      ],
    },
    {
      theme: '志愿服务月：为园区新来的创业团队办实事',
      agenda: [
        { title: '学习志愿服务精神', mandatory: true },
        { title: '党员责任区认领', mandatory: true },
        { title: '创业政策咨询摆摊', mandatory: false },
        { title: '共享工位整理志愿行动', mandatory: false },
      ],
    },
  ];
  const aheadIds: string[] = [];
  for (const [i, d] of ahead.entries()) {
    aheadIds.push(
      await createEvent(
        tx,
        {
          ...branchA,
          title: '月度主题党日',
          theme: themes[i]!.theme,
          venue: '星火创业园 A 座 1 层 红色会客厅',
          agenda: themes[i]!.agenda,
          ...d,
        },
        now,
      ),
    );
  }
  await createEvent(
    tx,
    {
      orgId: ids.branchB,
      seriesId: null,
      capacity: 30,
      by: users.admin,
      title: '楼宇党建主题党日',
      theme: '楼宇里的“红色管家”：听物业党员讲服务',
      venue: '数智大厦 12 层 党员活动室',
      agenda: [
        { title: '学习基层治理典型经验', mandatory: true },
        { title: '楼宇服务需求征集', mandatory: false },
      ],
      ...(ahead[0] ?? past),
    },
    now,
  );

  // Two earlier months, so the attendance chart has a history: one member missed the oldest.
  const olderThemes = [
    {
      theme: '学习新修订的《中国共产党纪律处分条例》',
      agenda: [
        { title: '条例专题辅导', mandatory: true },
        { title: '身边案例警示教育', mandatory: true },
        { title: '廉洁从业承诺签名', mandatory: false },
      ],
      came: [users.member, users.organizer],
    },
    {
      theme: '红色寻访：走进革命纪念馆',
      agenda: [
        { title: '纪念馆现场教学', mandatory: true },
        { title: '集体重温入党誓词', mandatory: true },
        { title: '寻访心得分享', mandatory: false },
      ],
      came: [users.member, users.member2, users.organizer],
    },
  ];
  for (const [i, d] of earlier.slice(-3, -1).entries()) {
    const o = olderThemes[i]!;
    const id = await createEvent(
      tx,
      {
        ...branchA,
        title: '月度主题党日',
        theme: o.theme,
        venue: '星火创业园 A 座 1 层 红色会客厅',
        agenda: o.agenda,
        ...d,
      },
      now,
    );
    const start = Date.parse(d.startsAt);
    for (const who of [users.member, users.member2]) {
      await rsvp(tx, id, who, 'going', new Date(start - 2 * DAY));
    }
    for (const who of o.came) {
      await recordCheckin(tx, {
        eventId: id,
        userId: who,
        method: 'code',
        window: null,
        by: who,
        now: new Date(start - 5 * 60_000),
      });
    }
  }

  // The past party day: both members came, and left notes on the wall.
  const pastStart = new Date(past.startsAt);
  await rsvp(tx, pastId, users.member, 'going', new Date(pastStart.getTime() - 3 * DAY));
  await rsvp(tx, pastId, users.member2, 'going', new Date(pastStart.getTime() - 2 * DAY));
  for (const [who, method] of [
    [users.member, 'code'],
    [users.member2, 'manual'],
    [users.organizer, 'code'],
  ] as const) {
    await recordCheckin(tx, {
      eventId: pastId,
      userId: who,
      method,
      window: null,
      by: method === 'manual' ? users.organizer : who,
      now: new Date(pastStart.getTime() - 10 * 60_000),
    });
  }
  const after = new Date(Date.parse(past.endsAt) + 20 * 60_000);
  await post(
    tx,
    pastId,
    users.member,
    '第一次上台讲自己的入党故事，手心全是汗，但讲完特别踏实。',
    after,
  );
  await post(
    tx,
    pastId,
    users.member2,
    '听了大家的故事很受触动，下个月我也想报名分享！',
    new Date(after.getTime() + 5 * 60_000),
  );

  // In progress now: both members signed up, nobody has checked in yet except the organizer.
  await rsvp(tx, nowId, users.member, 'going', new Date(t - 2 * DAY));
  await rsvp(tx, nowId, users.member2, 'going', new Date(t - DAY));
  await rsvp(tx, nowId, users.organizer, 'going', new Date(t - 2 * DAY));
  await recordCheckin(tx, {
    eventId: nowId,
    userId: users.organizer,
    method: 'code',
    window: null,
    by: users.organizer,
    now: new Date(t - HOUR - 5 * 60_000),
  });
  await post(
    tx,
    nowId,
    users.organizer,
    '欢迎大家来到轮值企业！路演环节欢迎自由报名，每个项目 5 分钟。',
    new Date(t - 50 * 60_000),
  );

  // Ahead: one member already answered.
  if (aheadIds[0]) {
    await rsvp(tx, aheadIds[0], users.member2, 'going', new Date(t - HOUR));
    await rsvp(tx, aheadIds[0], users.member, 'not_going', new Date(t - 3 * HOUR));
  }

  await seedOtherBranches(tx, ids);
};

/** Party days of the other branches and of the riverside park, none of which branch A sees. */
async function seedOtherBranches(tx: Tx, ids: Parameters<DemoSeeder>[1]) {
  const { now, branches, secretaries } = ids;
  const day = (days: number, hh: number, hours: number) => ({
    startsAt: cst(now, days, hh, 30).toISOString(),
    endsAt: new Date(cst(now, days, hh, 30).getTime() + hours * HOUR).toISOString(),
  });
  const plans: (SeedEvent & { members: number })[] = [
    {
      orgId: branches.workshop,
      seriesId: null,
      by: secretaries.workshop,
      title: '主题党日 · 车间里的党课',
      theme: '走进精密机械厂房，讲讲“工匠精神”',
      venue: '创客街区 3 号厂房 二层会议室',
      capacity: 25,
      agenda: [
        { title: '参观精密加工产线', mandatory: true },
        { title: '老党员讲工匠故事', mandatory: true },
        { title: '技术攻关难题征集', mandatory: false },
      ],
      ...day(6, 14, 2),
      members: 0,
    },
    {
      orgId: branches.content,
      seriesId: null,
      by: secretaries.content,
      title: '月度主题党日',
      theme: '网络内容创作者的责任与底线',
      venue: '滨江党群服务站 · 多功能厅',
      capacity: 40,
      agenda: [
        { title: '网络生态治理专题学习', mandatory: true },
        { title: '优秀作品展映与点评', mandatory: false },
        { title: '交纳党费', mandatory: true },
      ],
      ...day(-12, 14, 2),
      members: 6,
    },
    {
      orgId: branches.trade,
      seriesId: null,
      by: secretaries.trade,
      title: '主题党日 · 出海合规沙龙',
      theme: '跨境经营中的合规风险与党员担当',
      venue: '滨江一号 11 层 共享会议室',
      capacity: 30,
      agenda: [
        { title: '外贸合规案例学习', mandatory: true },
        { title: '企业间经验交流', mandatory: false },
      ],
      ...day(9, 15, 2),
      members: 0,
    },
    {
      orgId: branches.life,
      seriesId: null,
      by: secretaries.life,
      title: '月度主题党日',
      theme: '科研诚信：从实验记录做起',
      venue: '北岸创新港 2 号楼 报告厅',
      capacity: 50,
      agenda: [
        { title: '科研诚信专题辅导', mandatory: true },
        { title: '青年科研党员分享', mandatory: false },
        { title: '集体重温入党誓词', mandatory: true },
      ],
      ...day(-20, 14, 2),
      members: 5,
    },
    {
      orgId: ids.park2,
      seriesId: null,
      by: ids.users.admin,
      title: '园区联合主题党日',
      theme: '数字经济产业园党建共建签约',
      venue: '滨江党群服务站 · 多功能厅',
      capacity: 80,
      agenda: [
        { title: '共建单位签约', mandatory: true },
        { title: '园区党建工作年度回顾', mandatory: true },
        { title: '企业党员风采展示', mandatory: false },
      ],
      ...day(13, 9, 3),
      members: 0,
    },
  ];
  for (const p of plans) {
    const planned = new Date(Math.min(now.getTime(), Date.parse(p.startsAt) - 10 * DAY));
    const id = await createEvent(tx, p, planned);
    if (!p.members) continue;
    // A past one: most of the branch came.
    const came = await tx.query<{ id: string }>(
      `SELECT u.id FROM users u JOIN orgs o ON o.id = u.org_id
        WHERE $1 = ANY(o.path) AND 'member' = ANY(u.roles) AND u.activated ORDER BY u.id LIMIT $2`,
      [p.orgId, p.members],
    );
    for (const who of came) {
      await recordCheckin(tx, {
        eventId: id,
        userId: who.id,
        method: 'code',
        window: null,
        by: who.id,
        now: new Date(Date.parse(p.startsAt) - 5 * 60_000),
      });
    }
  }
}
