import { uuidv7 } from '../../shared/ids.ts';
import { DEFAULT_GOALS } from '../../shared/checklist/template.ts';
import { lastMonth, periodRange } from '../../shared/checklist/period.ts';
import { emitChecklistAssessment, emitChecklistTemplate } from '../mutations/checklist-data.ts';
import { DAY } from './dates.ts';
import type { DemoSeeder } from './seeders.ts';

/** Branch A's entered indicators for last month: what its secretary filled in, with evidence. */
const ENTERED: { indicatorId: string; value: number; evidence: string }[] = [
  { indicatorId: 'g1r1i1', value: 1, evidence: '本届支委会任期未满，换届时间已列入明年计划。' },
  { indicatorId: 'g1r1i3', value: 2, evidence: '新入驻的两家硬件企业各找到一名党员，已登记。' },
  { indicatorId: 'g1r2i2', value: 1, evidence: '月初召开支委会，研究主题党日安排和发展对象培养。' },
  { indicatorId: 'g1r2i3', value: 5, evidence: '书记与五名青年党员逐一谈心，记录在谈话本。' },
  { indicatorId: 'g1r3i1', value: 1, evidence: '全体党员按月交纳党费，收据已归档。' },
  { indicatorId: 'g2r1i2', value: 1, evidence: '一名九〇后工程师讲了一堂关于芯片自主的微党课。' },
  { indicatorId: 'g2r1i3', value: 0.92, evidence: '课后扫码测评 25 人，23 人表示满意。' },
  { indicatorId: 'g2r2i1', value: 1, evidence: '围绕园区新政组织了一次专题学习。' },
  { indicatorId: 'g3r1i2', value: 3, evidence: '法律、人才、金融三个服务组各认领一项企业需求。' },
  { indicatorId: 'g4r1i1', value: 2, evidence: '研发部和客服部各设一个党员示范岗。' },
  { indicatorId: 'g4r1i3', value: 26, evidence: '党员参加园区义务咨询和社区助老共计 26 小时。' },
];

/**
 * The district's responsibility checklist (the default template, saved by the admin) and branch
 * A's entered indicators for last month, so the organizer's monthly report opens filled in.
 */
export const seedChecklist: DemoSeeder = async (tx, ids) => {
  const t = ids.now.getTime();
  const saved = new Date(t - 40 * DAY);
  await tx.query(
    `INSERT INTO checklist_templates (id, org_id, goals, user_id, created_at, updated_at)
     VALUES ($1, $2, $3::jsonb, $4, $5, $5)`,
    [uuidv7(saved.getTime()), ids.district, JSON.stringify(DEFAULT_GOALS), ids.users.admin, saved],
  );
  await emitChecklistTemplate(tx, ids.district);
  const period = lastMonth(t);
  // entered a few days before the month closed
  const at = new Date(Math.min(t, periodRange(period)!.end - 2 * DAY));
  for (const [i, e] of ENTERED.entries()) {
    const id = uuidv7(at.getTime() + i);
    await tx.query(
      `INSERT INTO checklist_assessments (id, org_id, period, indicator_id, value, evidence, user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [id, ids.branchA, period, e.indicatorId, e.value, e.evidence, ids.users.organizer, at],
    );
    await emitChecklistAssessment(tx, id);
  }
};
