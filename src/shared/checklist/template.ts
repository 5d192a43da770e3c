import * as z from 'zod/mini';
import { freeText, str, text } from '../mutations/common.ts';

/**
 * The responsibility checklist (责任清单): goals → responsibilities → indicators, one template per
 * district (docs/organisation.md, "Responsibility checklist"). Each indicator is either computed
 * from records the organizer's phone already holds (`source`) or entered by the branch with
 * evidence (`checklist.assess`).
 */

/** What a computed indicator is computed from (src/shared/checklist/compute.ts). */
export const INDICATOR_SOURCES = [
  'attendance_rate',
  'lessons_per_member',
  'requests_on_time',
  'visits_on_time',
  'lists_published',
  'discussions_held',
] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/** How a value reads: a share (0..1, shown as %), a count, a count per member, or done / not done. */
export const INDICATOR_UNITS = ['percent', 'count', 'per_member', 'yes_no'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** The unit each computed source yields. */
export const SOURCE_UNIT: Record<IndicatorSource, IndicatorUnit> = {
  attendance_rate: 'percent',
  lessons_per_member: 'per_member',
  requests_on_time: 'percent',
  visits_on_time: 'percent',
  lists_published: 'percent',
  discussions_held: 'percent',
};

/** Template keys are short and readable (`g1`, `g1r2`, `g1r2i3`), so the default needs no ids. */
const key = str(z.regex(/^[a-z0-9_-]{1,40}$/));
export const MAX_GOALS = 12;
export const MAX_PER_PARENT = 12;

export const indicatorSchema = z.strictObject({
  id: key,
  title: text(120),
  titleEn: freeText(200),
  kind: z.enum(['computed', 'entered']),
  source: z.nullable(z.enum(INDICATOR_SOURCES)),
  unit: z.enum(INDICATOR_UNITS),
  /** the level a branch aims for, in the indicator's unit (a share as 0..1); null: none */
  target: z.nullable(z.number().check(z.minimum(0), z.maximum(1_000_000))),
});
export const responsibilitySchema = z.strictObject({
  id: key,
  title: text(120),
  titleEn: freeText(200),
  indicators: z.array(indicatorSchema).check(z.minLength(1), z.maxLength(MAX_PER_PARENT)),
});
export const goalSchema = z.strictObject({
  id: key,
  title: text(120),
  titleEn: freeText(200),
  responsibilities: z
    .array(responsibilitySchema)
    .check(z.minLength(1), z.maxLength(MAX_PER_PARENT)),
});
export const goalsSchema = z.array(goalSchema).check(z.minLength(1), z.maxLength(MAX_GOALS));

export type Indicator = z.infer<typeof indicatorSchema>;
export type Responsibility = z.infer<typeof responsibilitySchema>;
export type Goal = z.infer<typeof goalSchema>;

const c = (
  id: string,
  title: string,
  titleEn: string,
  source: IndicatorSource,
  target: number | null,
): Indicator => ({
  id,
  title,
  titleEn,
  kind: 'computed',
  source,
  unit: SOURCE_UNIT[source],
  target,
});
const e = (
  id: string,
  title: string,
  titleEn: string,
  unit: IndicatorUnit,
  target: number | null,
): Indicator => ({ id, title, titleEn, kind: 'entered', source: null, unit, target });

/**
 * The checklist a district starts from: 4 goals, 11 responsibilities, 33 indicators. Six are
 * computed from what the app holds; the rest a branch enters each month with its evidence.
 */
export const DEFAULT_GOALS: Goal[] = [
  {
    id: 'g1',
    title: '组织有力',
    titleEn: 'A strong organisation',
    responsibilities: [
      {
        id: 'g1r1',
        title: '支部设置与换届',
        titleEn: 'Setting up and renewing the branch',
        indicators: [
          e('g1r1i1', '支委会按期换届', 'Committee renewed on schedule', 'yes_no', 1),
          e('g1r1i2', '党小组按楼层或企业划分', 'Party groups follow floors or firms', 'yes_no', 1),
          e(
            'g1r1i3',
            '新入驻企业党员摸排数',
            'Members found in newly arrived firms',
            'count',
            null,
          ),
        ],
      },
      {
        id: 'g1r2',
        title: '组织生活',
        titleEn: 'Organisational life',
        indicators: [
          c('g1r2i1', '主题党日出席率', 'Party-day attendance rate', 'attendance_rate', 0.85),
          e('g1r2i2', '支委会召开次数', 'Branch committee meetings held', 'count', 1),
          e('g1r2i3', '谈心谈话人次', 'Heart-to-heart talks held', 'count', 4),
        ],
      },
      {
        id: 'g1r3',
        title: '党员管理',
        titleEn: 'Looking after members',
        indicators: [
          e('g1r3i1', '党费按月足额交纳', 'Dues paid in full each month', 'yes_no', 1),
          e('g1r3i2', '流动党员联系人数', 'Flowing members kept in touch with', 'count', null),
          e('g1r3i3', '发展对象培养人数', 'Candidates being cultivated', 'count', 1),
        ],
      },
    ],
  },
  {
    id: 'g2',
    title: '学习有效',
    titleEn: 'Learning that works',
    responsibilities: [
      {
        id: 'g2r1',
        title: '微党课',
        titleEn: 'Micro-lessons',
        indicators: [
          c('g2r1i1', '人均完成微党课', 'Lessons completed per member', 'lessons_per_member', 2),
          e('g2r1i2', '青年党员主讲次数', 'Lessons given by young members', 'count', 1),
          e('g2r1i3', '课后满意度测评', 'Satisfaction poll after lessons', 'percent', 0.9),
        ],
      },
      {
        id: 'g2r2',
        title: '专题学习',
        titleEn: 'Themed study',
        indicators: [
          e('g2r2i1', '专题学习次数', 'Themed study sessions', 'count', 1),
          e('g2r2i2', '学习心得篇数', 'Study notes written', 'count', 3),
          e('g2r2i3', '政策宣讲进企业次数', 'Policy talks taken into firms', 'count', 1),
        ],
      },
      {
        id: 'g2r3',
        title: '阵地建设',
        titleEn: 'Places to meet',
        indicators: [
          e('g2r3i1', '党员活动室开放', 'Members’ room open to all', 'yes_no', 1),
          e('g2r3i2', '宣传栏按月更新', 'Notice board updated monthly', 'yes_no', 1),
          e('g2r3i3', '线上学习群活跃人数', 'Active members in the study group', 'count', null),
        ],
      },
    ],
  },
  {
    id: 'g3',
    title: '服务到位',
    titleEn: 'Service that arrives',
    responsibilities: [
      {
        id: 'g3r1',
        title: '企业需求办理',
        titleEn: 'Handling the firms’ needs',
        indicators: [
          c('g3r1i1', '诉求限时办结率', 'Requests resolved in time', 'requests_on_time', 0.9),
          e('g3r1i2', '部门报到认领需求数', 'Needs claimed by departments', 'count', null),
          e('g3r1i3', '企业回访满意率', 'Firms satisfied on follow-up', 'percent', 0.9),
        ],
      },
      {
        id: 'g3r2',
        title: '指导员联系企业',
        titleEn: 'Instructors and their firms',
        indicators: [
          c('g3r2i1', '半月走访按时率', 'Half-monthly visits on time', 'visits_on_time', 1),
          e('g3r2i2', '工作日志按月提交', 'Work log handed in monthly', 'yes_no', 1),
          c('g3r2i3', '半年座谈会召开', 'Half-yearly discussion held', 'discussions_held', 1),
        ],
      },
      {
        id: 'g3r3',
        title: '三张清单',
        titleEn: 'The three lists',
        indicators: [
          c('g3r3i1', '季度清单按时发布', 'Quarterly lists published', 'lists_published', 1),
          e('g3r3i2', '资源与需求对接数', 'Needs matched with a resource', 'count', 2),
          e('g3r3i3', '共建单位数', 'Partner organisations', 'count', null),
        ],
      },
    ],
  },
  {
    id: 'g4',
    title: '作用突出',
    titleEn: 'Members who lead',
    responsibilities: [
      {
        id: 'g4r1',
        title: '党员示范',
        titleEn: 'Setting an example',
        indicators: [
          e('g4r1i1', '党员示范岗数', 'Model posts held by members', 'count', 2),
          e('g4r1i2', '公开承诺践诺率', 'Public pledges kept', 'percent', 0.9),
          e('g4r1i3', '志愿服务时长（小时）', 'Volunteer hours', 'count', 20),
        ],
      },
      {
        id: 'g4r2',
        title: '助力发展',
        titleEn: 'Helping firms grow',
        indicators: [
          e('g4r2i1', '党员牵头攻关项目数', 'Projects led by members', 'count', 1),
          e('g4r2i2', '创新先锋推荐人数', 'Innovation pioneers put forward', 'count', 1),
          e(
            'g4r2i3',
            '协助企业招才引智人数',
            'People recruited with the branch’s help',
            'count',
            null,
          ),
        ],
      },
    ],
  },
];

/** Every indicator of a template, with its goal and responsibility, in order. */
export function indicatorsOf(goals: readonly Goal[]): {
  goal: Goal;
  responsibility: Responsibility;
  indicator: Indicator;
}[] {
  return goals.flatMap((goal) =>
    goal.responsibilities.flatMap((responsibility) =>
      responsibility.indicators.map((indicator) => ({ goal, responsibility, indicator })),
    ),
  );
}

/**
 * The rule a saved template must meet beyond its shape (both ends apply it): keys unique across
 * the whole template, a computed indicator names its source and carries that source's unit, an
 * entered one names none. Returns what is wrong, or null.
 */
export function templateProblem(goals: readonly Goal[]): string | null {
  const seen = new Set<string>();
  const keys = [
    ...goals.map((g) => g.id),
    ...goals.flatMap((g) => g.responsibilities.map((r) => r.id)),
    ...indicatorsOf(goals).map((x) => x.indicator.id),
  ];
  for (const k of keys) {
    if (seen.has(k)) return `The key ${k} is used twice.`;
    seen.add(k);
  }
  for (const { indicator: i } of indicatorsOf(goals)) {
    if (i.kind === 'computed' && (!i.source || i.unit !== SOURCE_UNIT[i.source])) {
      return `Indicator ${i.id} is computed, so it needs a source and that source's unit.`;
    }
    if (i.kind === 'entered' && i.source) {
      return `Indicator ${i.id} is entered, so it has no source.`;
    }
    if (i.unit === 'percent' && i.target !== null && i.target > 1) {
      return `Indicator ${i.id} is a share: its target is between 0 and 1.`;
    }
  }
  return null;
}
