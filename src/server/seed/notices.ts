import { uuidv7 } from '../../shared/ids.ts';
import { createNotice } from '../notices/notice-data.ts';
import { DAY, HOUR } from './dates.ts';
import type { DemoSeeder } from './seeders.ts';

/**
 * The inbox of the demo: notices published by the district, the park and branch A, and the
 * automatic ones `member` and branch A's organizer would have received (made the same way the
 * mutations make them). Party-day and lesson reminders need no seed: the phone works them out.
 */
export const seedNotices: DemoSeeder = async (tx, ids) => {
  const t = ids.now.getTime();
  const at = (hoursAgo: number) => new Date(t - hoursAgo * HOUR);
  const published = [
    {
      orgId: ids.district,
      userId: ids.users.admin,
      kind: 'policy' as const,
      hoursAgo: 5 * 24,
      title: '关于做好年度党员组织关系集中排查的通知',
      body: '各园区党委、各支部：\n请于本月底前完成党员组织关系集中排查，重点核对流动党员和“口袋党员”，排查结果报区委组织部。\n排查表已随本通知下发至各支部书记。',
    },
    {
      orgId: ids.park,
      userId: ids.users.staff,
      kind: 'activity' as const,
      hoursAgo: 2 * 24,
      title: '园区青年人才政策宣讲会报名',
      body: '下周四下午两点在党群服务中心一楼报告厅举办青年人才政策宣讲会，人才公寓、落户和创业补贴政策现场答疑。\n请有需要的党员在“服务”中提交人才类诉求预约一对一咨询。',
    },
    {
      orgId: ids.branchA,
      userId: ids.users.organizer,
      kind: 'announcement' as const,
      hoursAgo: 20,
      title: '本月主题党日请提前安排工作',
      body: '本月主题党日安排在周六上午，内容为集中学习和志愿服务。\n请大家提前安排好工作，确有困难的在活动页面选择“不参加”并说明原因。',
    },
  ];
  for (const n of published) {
    await createNotice(
      tx,
      {
        id: uuidv7(at(n.hoursAgo).getTime()),
        kind: n.kind,
        title: n.title,
        body: n.body,
        orgId: n.orgId,
        userId: n.userId,
      },
      at(n.hoursAgo),
    );
  }

  // news of member's requests the staff have taken on or finished
  const requests = await tx.query<{ id: string; title: string; status: string; updated_at: Date }>(
    `SELECT id, title, status, updated_at FROM requests
      WHERE user_id = $1 AND status IN ('accepted', 'in_progress', 'resolved')
      ORDER BY updated_at DESC LIMIT 2`,
    [ids.users.member],
  );
  for (const r of requests) {
    const when = new Date(Math.min(r.updated_at.getTime(), t - HOUR));
    await createNotice(
      tx,
      {
        kind: 'request',
        title: r.title,
        recipientId: ids.users.member,
        target: { type: 'request', id: r.id },
        detail: r.status,
      },
      when,
    );
  }

  // a booking that lost its slot to someone quicker
  const [venue] = await tx.query<{ id: string; name: string }>(
    `SELECT id, name FROM venues WHERE org_id = ANY($1::uuid[]) AND active ORDER BY name LIMIT 1`,
    [[ids.park, ids.branchA]],
  );
  if (venue) {
    const start = new Date(Math.floor((t + 3 * DAY) / HOUR) * HOUR);
    await createNotice(
      tx,
      {
        kind: 'booking',
        title: venue.name,
        body: start.toISOString(),
        recipientId: ids.users.member,
        target: { type: 'venue', id: venue.id },
        detail: 'slot_taken',
      },
      at(6),
    );
  }

  // the newcomers waiting in branch A's join queue, for its organizers
  const waiting = await tx.query<{ id: string; name: string; created_at: Date }>(
    `SELECT id, name, created_at FROM join_requests WHERE org_id = $1 AND status = 'pending'`,
    [ids.branchA],
  );
  for (const j of waiting) {
    await createNotice(
      tx,
      {
        kind: 'join_request',
        title: j.name,
        orgId: ids.branchA,
        forOrganizers: true,
        target: { type: 'join_request', id: j.id },
      },
      j.created_at,
    );
  }
};
