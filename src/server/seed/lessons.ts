import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import type { LessonSeries, QuizQuestion } from '../../shared/records.ts';
import {
  emitLesson,
  emitLessonRow,
  emitProgress,
  emitRating,
  mediaUrl,
  type LessonRow,
} from '../mutations/lesson-data.ts';
import type { DemoSeeder } from './seeders.ts';
import type { DemoIds } from './demo.ts';
import { ago, cst } from './dates.ts';
import { LESSON_CATALOG, type LessonPlace } from './lesson-catalog.ts';

/** Stores a seed asset as media (content-addressed like an upload) and returns its id. */
async function seedMedia(tx: Tx, file: string, mime: string, orgId: string, by: string) {
  const bytes = readFileSync(new URL(`./assets/${file}`, import.meta.url));
  const id = createHash('sha256').update(bytes).digest('hex');
  await tx.query(
    `INSERT INTO media (id, mime, bytes, data, org_id, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO NOTHING`,
    [id, mime, bytes.length, bytes, orgId, by],
  );
  return id;
}

interface SeedLesson {
  orgId: string;
  series: LessonSeries;
  title: string;
  speaker: string;
  summary: string;
  body: string;
  tags: string[];
  durationMin: number;
  scheduledAt?: Date;
  venue?: string;
  mediaId?: string;
  imageIds?: string[];
  quiz?: QuizQuestion[];
}

async function createLesson(tx: Tx, by: string, l: SeedLesson, at: Date): Promise<string> {
  const id = uuidv7(at.getTime());
  await tx.query(
    `INSERT INTO lessons (id, org_id, series, title, speaker, summary, body, tags, duration_min,
                          scheduled_at, venue, media_id, quiz, user_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $15)`,
    [
      id,
      l.orgId,
      l.series,
      l.title,
      l.speaker,
      l.summary,
      l.body,
      l.tags,
      l.durationMin,
      l.scheduledAt ?? null,
      l.venue ?? null,
      l.mediaId ?? null,
      JSON.stringify(l.quiz ?? []),
      by,
      at,
    ],
  );
  const used = [...(l.mediaId ? [l.mediaId] : []), ...(l.imageIds ?? [])];
  for (const m of used) {
    await tx.query('INSERT INTO lesson_media (lesson_id, media_id) VALUES ($1, $2)', [id, m]);
  }
  await emitLesson(tx, id);
  return id;
}

/**
 * Demo micro-lessons: every series, published at the park (both branches), the district, branch A
 * and branch B (which branch A must never see); one with recorded audio and an image, two with
 * upcoming live sessions, three with a knowledge check. Then the catalogue's lessons all over the
 * tree, so both parks have a library.
 */
export const seedLessons: DemoSeeder = async (tx, ids) => {
  const { now } = ids;
  const by = ids.users.organizer;
  const audio = await seedMedia(
    tx,
    'lunch-lesson-intro.mp3',
    'audio/mpeg',
    ids.district,
    ids.users.admin,
  );
  const steps = await seedMedia(tx, 'three-steps.png', 'image/png', ids.district, ids.users.admin);

  const first = await createLesson(
    tx,
    by,
    {
      orgId: ids.park,
      series: 'lunch',
      title: '初心在身边：创业青年的三件小事',
      speaker: '陈思远（硬件创客党员）',
      summary:
        '一位做智能硬件的年轻党员，讲他如何在加班和路演之间，把学习、担当和服务落到每天的小事里。',
      body: `## 为什么是“小事”

创业公司的节奏很快，很多党员朋友跟我说：“学习是好事，可真的挤不出整块时间。”
我的体会是，**初心不靠整块时间，靠每天都在。**

![三件小事：学习、担当、服务](${mediaUrl(steps)})

## 第一件：把学习放进日常

- 通勤路上听一段微党课，午饭后读一页原文；
- 每周给自己提一个问题，周五在党小组群里说一说答案。

## 第二件：把身份亮出来

产品出故障的那天晚上，我主动留下来陪测试同事排查到凌晨。
第二天有同事问我：“你怎么这么拼？”我说：“我是党员，这时候应该在。”

## 第三件：把服务做在前面

园区里很多团队刚起步，社保、知识产权、融资对接都不熟。
我们支部整理了一份“新团队十问”，谁遇到问题，就拉一位熟悉的党员一起跑一趟。

> 小事做久了，就是大事；身边人看见了，就是旗帜。
`,
      tags: ['初心', '青年微党课', '创客'],
      durationMin: 10,
      mediaId: audio,
      imageIds: [steps],
      quiz: [
        {
          q: '讲者认为，坚持初心最需要的是什么？',
          options: ['整块的学习时间', '每天都在的小行动', '更多的会议'],
          answer: 1,
        },
        {
          q: '“新团队十问”主要用来做什么？',
          options: ['考核党员', '帮新团队解决实际问题', '招聘新员工'],
          answer: 1,
        },
        {
          q: '文中“把身份亮出来”的例子发生在什么时候？',
          options: ['产品出故障的晚上', '年终总结会上', '路演现场'],
          answer: 0,
        },
      ],
    },
    ago(now, 6),
  );

  await createLesson(
    tx,
    by,
    {
      orgId: ids.park,
      series: 'lunch',
      title: '十分钟读懂“两新”组织党建',
      speaker: '林书记',
      summary: '什么是“两新”组织？联合党支部怎么建？党员组织关系放在哪？一次讲清楚入门问题。',
      body: `## “两新”指什么

“两新”组织，指**新经济组织**和**新社会组织**。孵化器里的创业公司、众创空间里的小团队，大多属于前者。

## 小团队怎么建支部

党员不足三人的企业，可以和楼宇或园区里的其他企业一起成立**联合党支部**，由党建指导员帮助开展组织生活。

## 常见问题

1. **组织关系转到哪里？** 一般转到工作所在的联合党支部，流动党员也可以就近参加活动。
2. **活动时间怎么定？** 尽量安排在午休或周末，避开路演和交付高峰。
3. **党费怎么交？** 按月通过支部统一收缴，有疑问可以在“我的”里找党务工作者。

现场课安排在下周，欢迎带着问题来。
`,
      tags: ['党建基础', '入门', '联合党支部'],
      durationMin: 10,
      scheduledAt: cst(now, 2, 12, 10),
      venue: '党群服务中心 · 红色会客厅',
      quiz: [
        {
          q: '党员不足三人的小企业，通常怎样参加组织生活？',
          options: ['不用参加', '成立联合党支部', '只参加线上学习'],
          answer: 1,
        },
        {
          q: '“两新”组织中的“新经济组织”包括哪类主体？',
          options: ['创业公司等非公企业', '政府机关', '事业单位'],
          answer: 0,
        },
      ],
    },
    ago(now, 3),
  );

  await createLesson(
    tx,
    by,
    {
      orgId: ids.park,
      series: 'weekend',
      title: '周末读书会：在调研中找答案',
      speaker: '刘宁（园区党委委员）',
      summary: '从一次走访十家企业的经历出发，聊聊“没有调查就没有发言权”在创业园区里的意思。',
      body: `## 读什么

本期一起读《反对本本主义》中关于调查研究的段落，提前读完即可，不必做笔记。

## 聊什么

- 我们做产品时的“用户访谈”，和党员做调研有什么相通之处？
- 走访企业时，怎样问出真问题，而不是客气话？

## 怎么参加

周六上午在创客路演室，带一本书、一个杯子。读书会后有半小时自由交流。
`,
      tags: ['调查研究', '读书会'],
      durationMin: 20,
      scheduledAt: cst(now, 5, 10),
      venue: '创客路演室（星火创业园 B 座 3 层）',
    },
    ago(now, 2),
  );

  await createLesson(
    tx,
    by,
    {
      orgId: ids.district,
      series: 'film',
      title: '微电影《楼宇里的灯》观后谈',
      speaker: '区两新工委宣传组',
      summary: '一部十二分钟的微电影：写字楼里最后一盏灯背后，是一位党员程序员和他的团队。',
      body: `## 影片简介

深夜的写字楼只剩一盏灯。主人公是一名刚入党的程序员，团队的项目遇到难关，他带着大家一点点把问题拆开。

## 观影后想一想

1. 影片里哪个细节让你想到了自己的团队？
2. “党员的样子”在普通的工作日里是什么样？
3. 如果你来拍续集，会拍园区里的哪个故事？

每周二中午在红色会客厅放映，也可以在这里读完简介后和同事讨论。
`,
      tags: ['微电影', '楼宇党建'],
      durationMin: 15,
    },
    ago(now, 9),
  );

  await createLesson(
    tx,
    by,
    {
      orgId: ids.park,
      series: 'forum',
      title: '微论坛：联合党支部怎样开好组织生活会',
      speaker: '王晓岚（党建指导员）',
      summary: '三位支部书记分享：成员分散在不同公司，组织生活会怎样既有温度又有质量。',
      body: `## 三个难点

- **人难齐**：成员分属不同公司，作息不一；
- **话难深**：彼此不熟，批评和自我批评容易流于形式；
- **事难落**：会上说的事，会后没人跟。

## 三个做法

1. 提前两周发通知，用线上报名统计时间，选人最多的一天；
2. 会前一对一谈心，每人准备一件“想改进的事”；
3. 会后把要办的事写成清单，每月主题党日对一次账。

欢迎各支部书记在评论里补充你们的经验。
`,
      tags: ['组织生活', '联合党支部', '党务'],
      durationMin: 18,
    },
    ago(now, 12),
  );

  await createLesson(
    tx,
    by,
    {
      orgId: ids.branchA,
      series: 'lunch',
      title: '创业公司的个人信息保护小课',
      speaker: '周律师（法律服务组）',
      summary: '收集用户手机号之前要想清楚什么？一节面向创客团队的合规入门课。',
      body: `## 先问三个问题

1. 这项信息是产品**必需**的吗？
2. 用户**知道**并**同意**了吗？
3. 数据存在哪里、谁能看、存多久？

## 常见误区

- “先收集起来，以后再说”——没有明确目的的收集风险最大；
- “外包公司负责，与我们无关”——委托处理也要签协议、做监督。

有具体问题，可以在“服务”里向法律服务组下单咨询。
`,
      tags: ['法律', '合规', '创客'],
      durationMin: 12,
      quiz: [
        {
          q: '收集个人信息前，首先要确认的是？',
          options: ['能不能卖给合作方', '是否为产品所必需', '竞争对手是否也在收集'],
          answer: 1,
        },
      ],
    },
    ago(now, 1),
  );

  await createLesson(
    tx,
    by,
    {
      orgId: ids.branchB,
      series: 'lunch',
      title: '楼宇党支部的“红色管家”实践',
      speaker: '赵楼宇',
      summary: '数智楼宇党支部分享：物业、企业和党员一起，把楼里的小事办好。',
      body: `## 我们做了什么

- 每层楼设一位党员“楼层管家”，收集企业的需求；
- 每月一次“楼宇议事会”，物业和企业代表坐在一起商量。
`,
      tags: ['楼宇党建'],
      durationMin: 8,
    },
    ago(now, 4),
  );

  // A colleague already finished and rated the first lesson, so the organizer overview has data.
  const member2Org = ids.branchA;
  await tx.query(
    `INSERT INTO lesson_progress (id, user_id, lesson_id, org_id, position, completed, quiz_score, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 53, true, 100, $5, $5)`,
    [uuidv7(), ids.users.member2, first, member2Org, ago(now, 5)],
  );
  const [p] = await tx.query<{ id: string }>(
    'SELECT id FROM lesson_progress WHERE user_id = $1 AND lesson_id = $2',
    [ids.users.member2, first],
  );
  if (p) await emitProgress(tx, p.id);
  const ratingId = uuidv7();
  await tx.query(
    `INSERT INTO lesson_ratings (id, user_id, lesson_id, org_id, score, speaker_score, comment, created_at, updated_at)
     VALUES ($1, $2, $3, $4, 5, 4, $5, $6, $6)`,
    [
      ratingId,
      ids.users.member2,
      first,
      member2Org,
      '例子很接地气，“新团队十问”我们团队也想用。',
      ago(now, 5),
    ],
  );
  await emitRating(tx, ratingId);

  await seedCatalog(tx, ids);
};

/** The catalogue's lessons in one statement, each by the organizer who looks after its place. */
async function seedCatalog(tx: Tx, ids: DemoIds) {
  const place: Record<LessonPlace, { orgId: string; by: string }> = {
    district: { orgId: ids.district, by: ids.users.admin },
    park: { orgId: ids.park, by: ids.users.organizer },
    park2: { orgId: ids.park2, by: ids.users.admin },
    maker: { orgId: ids.grids.maker, by: ids.users.organizer },
    workshop: { orgId: ids.branches.workshop, by: ids.secretaries.workshop },
    content: { orgId: ids.branches.content, by: ids.secretaries.content },
    life: { orgId: ids.branches.life, by: ids.secretaries.life },
  };
  const ls = LESSON_CATALOG;
  const at = ls.map((l) => ago(ids.now, l.daysAgo));
  const rows = await tx.query<LessonRow>(
    `INSERT INTO lessons (id, org_id, series, title, speaker, summary, body, tags, duration_min,
                          scheduled_at, venue, user_id, created_at, updated_at)
     SELECT t.id, t.org_id, t.series, t.title, t.speaker, t.summary, t.body,
            ARRAY(SELECT jsonb_array_elements_text(t.tags::jsonb)), t.duration_min, t.scheduled_at,
            t.venue, t.user_id, t.at, t.at
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[],
                   $7::text[], $8::text[], $9::int[], $10::timestamptz[], $11::text[], $12::uuid[],
                   $13::timestamptz[])
            AS t(id, org_id, series, title, speaker, summary, body, tags, duration_min,
                 scheduled_at, venue, user_id, at)
     RETURNING *`,
    [
      at.map((d) => uuidv7(d.getTime())),
      ls.map((l) => place[l.at].orgId),
      ls.map((l) => l.series),
      ls.map((l) => l.title),
      ls.map((l) => l.speaker),
      ls.map((l) => l.summary),
      ls.map((l) => l.body),
      ls.map((l) => JSON.stringify(l.tags)),
      ls.map((l) => l.durationMin),
      ls.map((l) => (l.live ? cst(ids.now, l.live.days, l.live.hh, l.live.mm) : null)),
      ls.map((l) => l.live?.venue ?? null),
      ls.map((l) => place[l.at].by),
      at,
    ],
  );
  rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const l of rows) emitLessonRow(tx, l, []);
}
