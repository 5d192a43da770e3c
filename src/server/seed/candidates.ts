import { uuidv7 } from '../../shared/ids.ts';
import { addMonths, chinaDate } from '../../shared/recruitment/dates.ts';
import type { Stage, StepKind } from '../../shared/recruitment/rules.ts';
import { emitCandidate } from '../mutations/candidate-data.ts';
import { DAY } from './dates.ts';
import type { DemoSeeder } from './seeders.ts';

interface DemoCandidate {
  name: string;
  /** months before today of each stage reached, in order: applied, activist, target, ... */
  months: number[];
  /** steps recorded: kind and months ago */
  steps?: [StepKind, number][];
  branch?: 'A' | 'workshop' | 'B' | 'content';
}

const STAGE_ORDER: Stage[] = ['applicant', 'activist', 'target', 'probationary', 'full'];

/**
 * Branch A's pipeline, dated around today so that every state shows: a talk due and one overdue,
 * an activist who may become a development target today and one too early for it, a review
 * overdue, a development target ready for the branch meeting and one still missing the political
 * review and training, a probationary member due for full membership and one not yet. Other
 * branches hold a few, for the district's view.
 */
const PIPELINE: DemoCandidate[] = [
  { name: '周子涵', months: [0.3] },
  { name: '吴思远', months: [1.6] },
  { name: '郑可欣', months: [0.8], steps: [['talk', 0.5]] },
  {
    name: '孙嘉诚',
    months: [20, 14],
    steps: [
      ['talk', 19.5],
      ['review', 8],
      ['review', 2],
    ],
  },
  { name: '冯若曦', months: [9, 5], steps: [['talk', 8.5]] },
  { name: '何宇航', months: [15, 8], steps: [['talk', 14.5]] },
  {
    name: '许晴',
    months: [30, 26, 13],
    steps: [
      ['talk', 29.5],
      ['political_review', 11],
      ['training', 10],
    ],
  },
  { name: '马骏', months: [28, 25, 2], steps: [['talk', 27.5]] },
  { name: '高雅琪', months: [40, 37, 24, 13], steps: [['talk', 39.5]] },
  { name: '罗一凡', months: [34, 30, 17, 4], steps: [['talk', 33.5]] },
  { name: '宋佳怡', months: [52, 49, 36, 25, 1], steps: [['talk', 51.5]] },
  { name: '唐文博', months: [3, 1], branch: 'workshop', steps: [['talk', 2.5]] },
  { name: '韩雪', months: [2], branch: 'workshop' },
  { name: '曹睿', months: [26, 23, 10], branch: 'B', steps: [['talk', 25.5]] },
  { name: '邓思琪', months: [16, 12, 3, 1], branch: 'content', steps: [['talk', 15.5]] },
];

export const seedCandidates: DemoSeeder = async (tx, ids) => {
  const today = chinaDate(ids.now);
  const monthsAgo = (m: number) =>
    m < 1
      ? chinaDate(new Date(ids.now.getTime() - Math.round(m * 30) * DAY))
      : addMonths(today, -Math.round(m));
  const { member, member2, organizer } = ids.users;
  for (const [i, c] of PIPELINE.entries()) {
    const id = uuidv7(ids.now.getTime() - (PIPELINE.length - i) * DAY);
    const branch = ids.branches[c.branch ?? 'A'];
    const by = c.branch && c.branch !== 'A' ? ids.secretaries[c.branch] : organizer;
    const dates = c.months.map(monthsAgo);
    const stage = STAGE_ORDER[dates.length - 1]!;
    const history = dates
      .slice(1)
      .map((at, k) => ({ to: STAGE_ORDER[k + 1]!, at, note: null, by }));
    const steps = (c.steps ?? []).map(([kind, m]) => ({
      id: uuidv7(),
      kind,
      at: monthsAgo(m),
      note: null,
      by,
    }));
    await tx.query(
      `INSERT INTO candidates (id, org_id, name, stage, applied_at, activist_at, target_at,
         probationary_at, full_at, contacts, introducers, steps, history, created_by, created_at,
         updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::uuid[], $11::uuid[], $12::jsonb, $13::jsonb,
         $14, $15, $15)`,
      [
        id,
        branch,
        c.name,
        stage,
        dates[0],
        dates[1] ?? null,
        dates[2] ?? null,
        dates[3] ?? null,
        dates[4] ?? null,
        dates.length >= 2 ? [member2] : [],
        dates.length >= 4 ? [member, member2] : [],
        JSON.stringify(steps),
        JSON.stringify(history),
        by,
        ids.now,
      ],
    );
    await emitCandidate(tx, id);
  }
};
