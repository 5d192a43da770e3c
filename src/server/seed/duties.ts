import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import {
  halfYearOf,
  halfYearRange,
  previousHalfYear,
  reviewId,
  yearOf,
} from '../../shared/visits/duties.ts';
import { emitDiscussion, emitInstructorReview, nearestCommon } from '../mutations/duty-data.ts';
import { cst, DAY, HOUR } from './dates.ts';
import type { DemoSeeder } from './seeders.ts';

/**
 * The `instructor` login's discussions and review: one discussion held in the last half year with
 * its minutes, one planned in this half year, and the park organizer's review of last year.
 */
export const seedDuties: DemoSeeder = async (tx: Tx, ids) => {
  const instructorId = ids.instructors.star;
  const firms = await tx.query<{ id: string; path: string[] }>(
    `SELECT f.id, o.path FROM firms f JOIN orgs o ON o.id = f.org_id
      WHERE f.instructor_id = $1 ORDER BY f.created_at, f.id`,
    [instructorId],
  );
  if (!firms.length) return;
  const orgId = nearestCommon(firms.map((f) => f.path))!;

  const last = previousHalfYear(halfYearOf(ids.now));
  const heldAt = new Date(halfYearRange(last).start + 80 * DAY + 15 * HOUR);
  let plannedAt = cst(ids.now, 7, 14, 30);
  if (halfYearOf(plannedAt) !== halfYearOf(ids.now))
    plannedAt = new Date(ids.now.getTime() + 2 * HOUR);
  const discussions = [
    {
      at: heldAt,
      place: '星火创业园 A 座党群服务中心 2 号会议室',
      topic: '上半年企业用工与党建工作座谈',
      firmIds: firms.map((f) => f.id),
      notes: [
        '到会企业负责人或联络员 6 人。',
        '一、各企业介绍了用工和党员情况，两家企业新招了党员员工，已提醒转接组织关系。',
        '二、大家反映园区停车难、研发费用政策口径不清，已分别转物业和财务服务组。',
        '三、商定下半年由联合党支部牵头组织一次跨企业主题党日。',
      ].join('\n'),
      held: true,
    },
    {
      at: plannedAt,
      place: '星火创业园 C 座 1 层共享会议室',
      topic: '下半年工作座谈：人才政策与组织生活安排',
      firmIds: firms.slice(0, 4).map((f) => f.id),
      notes: '',
      held: false,
    },
  ];
  for (const d of discussions) {
    const id = uuidv7(d.held ? d.at.getTime() : ids.now.getTime());
    const made = d.held ? d.at : ids.now;
    await tx.query(
      `INSERT INTO discussions (id, instructor_id, org_id, user_id, at, place, topic, firm_ids, notes,
                                held, created_at, updated_at)
       VALUES ($1, $2, $3, $2, $4, $5, $6, $7::uuid[], $8, $9, $10, $10)`,
      [id, instructorId, orgId, d.at, d.place, d.topic, d.firmIds, d.notes, d.held, made],
    );
    await emitDiscussion(tx, id);
  }

  const [reviewer] = await tx.query<{ id: string }>(
    `SELECT id FROM users WHERE org_id = $1 AND 'organizer' = ANY(roles) ORDER BY created_at, id LIMIT 1`,
    [ids.park],
  );
  const year = yearOf(ids.now) - 1;
  const id = reviewId(instructorId, year);
  const at = new Date(Date.UTC(year + 1, 0, 10, 2));
  await tx.query(
    `INSERT INTO instructor_reviews (id, year, instructor_id, org_id, outcome, notes, user_id,
                                     created_at, updated_at)
     SELECT $1, $2, u.id, u.org_id, 'keep', $3, $4, $5, $5 FROM users u WHERE u.id = $6`,
    [
      id,
      year,
      '联系企业走访及时，问题转办跟踪到位，座谈会按时召开。继续联系现有企业。',
      reviewer?.id ?? ids.users.admin,
      at,
      instructorId,
    ],
  );
  await emitInstructorReview(tx, id);
};
