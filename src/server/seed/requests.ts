import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import type { RequestStatus } from '../../shared/mutations/requests.ts';
import type { ServiceGroup } from '../../shared/groups.ts';
import { emitRequest, emitRequestComment, recordEvent } from '../mutations/request-data.ts';
import type { DemoSeeder } from './seeders.ts';

interface Step {
  to: RequestStatus;
  /** hours after filing */
  after: number;
  by: 'requester' | 'staff';
  note?: string;
}

interface DemoRequest {
  who: 'member' | 'member2';
  category: ServiceGroup;
  title: string;
  body: string;
  /** days before seeding */
  daysAgo: number;
  steps: Step[];
  comments?: { by: 'requester' | 'staff'; after: number; body: string }[];
  rating?: { score: number; comment: string };
}

const DEMO: DemoRequest[] = [
  {
    who: 'member',
    category: 'legal',
    title: '期权池协议想请律师把把关',
    body: '团队准备给早期核心成员设期权池，手上有一份网上找的模板，担心和公司章程打架，也不清楚离职回购怎么写才稳妥。想约半小时当面聊聊。',
    daysAgo: 2,
    steps: [],
  },
  {
    who: 'member',
    category: 'talent',
    title: '申报青年创业人才补贴需要哪些材料',
    body: '公司注册满一年，社保也在园区缴。听说区里有青年创业人才补贴，想确认我是否符合条件、材料怎么准备。',
    daysAgo: 6,
    steps: [{ to: 'accepted', after: 20, by: 'staff' }],
    comments: [
      {
        by: 'staff',
        after: 22,
        body: '材料清单已经整理好，周四下午可以带上营业执照和社保缴纳证明，到服务中心二楼窗口现场核对。',
      },
      { by: 'requester', after: 30, body: '好的，周四下午三点左右过去，谢谢！' },
    ],
  },
  {
    who: 'member2',
    category: 'legal',
    title: '劳动合同里的试用期条款怎么写',
    body: '第一次招全职员工，试用期想定六个月，工资按八折发。不知道这样是否合规，合同模板也想请人看一眼。',
    daysAgo: 11,
    steps: [
      { to: 'accepted', after: 5, by: 'staff' },
      { to: 'in_progress', after: 26, by: 'staff', note: '已约周三上午在红色会客厅面谈。' },
    ],
    comments: [
      {
        by: 'staff',
        after: 6,
        body: '试用期长短和合同期限挂钩，先把拟签的合同期限告诉我，面谈时一起过条款。',
      },
    ],
  },
  {
    who: 'member2',
    category: 'talent',
    title: '想对接高校的实习生资源',
    body: '我们做工业视觉检测，暑期需要两三名计算机或自动化专业的实习生，希望能通过园区对接附近高校的就业指导中心。',
    daysAgo: 24,
    steps: [
      { to: 'accepted', after: 3, by: 'staff' },
      { to: 'in_progress', after: 28, by: 'staff' },
      {
        to: 'resolved',
        after: 120,
        by: 'staff',
        note: '已推荐到两所高校的实习双选会，岗位信息已挂出。',
      },
    ],
    rating: { score: 5, comment: '对接很快，双选会上收到了十几份简历。' },
  },
  {
    who: 'member',
    category: 'finance',
    title: '科技型中小企业贷款贴息怎么申请',
    body: '准备申请一笔三百万的研发贷款，听说符合条件的科技型中小企业可以贴息，想了解申请流程和时间节点。',
    daysAgo: 1,
    steps: [],
  },
  {
    who: 'member2',
    category: 'property',
    title: '路演室空调不制冷',
    body: 'B 座三楼路演室的空调开了半小时还是很闷，下周有一场投资人路演，麻烦物业看看。',
    daysAgo: 9,
    steps: [{ to: 'cancelled', after: 4, by: 'requester' }],
    comments: [{ by: 'requester', after: 4, body: '刚才物业师傅路过已经修好了，先撤回。' }],
  },
  {
    who: 'member',
    category: 'legal',
    title: '商标被抢注，能否帮忙起诉',
    body: '我们的产品名在另一个类别被人抢注了，想请服务组直接代理起诉。',
    daysAgo: 17,
    steps: [
      {
        to: 'rejected',
        after: 8,
        by: 'staff',
        note: '代理诉讼不在公益服务范围内。已为您推荐园区签约律所，首次咨询免费，也可以先提商标异议。',
      },
    ],
  },
];

const HOUR = 3600_000;

/** A handful of requests in every state for member and member2, so the staff queue is never empty. */
export const seedRequests: DemoSeeder = async (tx, ids) => {
  const names = await tx.query<{ id: string; name: string; org_id: string }>(
    'SELECT id, name, org_id FROM users WHERE id = ANY($1::uuid[])',
    [[ids.users.member, ids.users.member2, ids.users.staff]],
  );
  const user = (id: string) => {
    const u = names.find((n) => n.id === id);
    if (!u) throw new Error(`demo user ${id} missing`);
    return u;
  };
  const staff = user(ids.users.staff);
  for (const d of DEMO) {
    const requester = user(ids.users[d.who]);
    const filed = new Date(ids.now.getTime() - d.daysAgo * 24 * HOUR);
    await seedOne(tx, d, requester, staff, filed);
  }
};

async function seedOne(
  tx: Tx,
  d: DemoRequest,
  requester: { id: string; name: string; org_id: string },
  staff: { id: string; name: string },
  filed: Date,
): Promise<void> {
  const r = {
    id: uuidv7(filed.getTime()),
    user_id: requester.id,
    org_id: requester.org_id,
    category: d.category,
  };
  const at = (hours: number) => new Date(filed.getTime() + hours * HOUR);
  const last = d.steps.at(-1);
  const acceptedAt = d.steps.find((s) => s.to === 'accepted');
  const resolvedAt = d.steps.find((s) => s.to === 'resolved');
  await tx.query(
    `INSERT INTO requests (id, user_id, org_id, category, title, body, status, assignee_id,
       rating_score, rating_comment, accepted_at, resolved_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      r.id,
      r.user_id,
      r.org_id,
      r.category,
      d.title,
      d.body,
      last?.to ?? 'submitted',
      acceptedAt ? staff.id : null,
      d.rating?.score ?? null,
      d.rating?.comment ?? null,
      acceptedAt ? at(acceptedAt.after) : null,
      resolvedAt ? at(resolvedAt.after) : null,
      filed,
      last ? at(last.after) : filed,
    ],
  );
  await recordEvent(tx, r, null, 'submitted', requester, null, filed);
  let from: RequestStatus = 'submitted';
  for (const s of d.steps) {
    const actor = s.by === 'staff' ? staff : requester;
    await recordEvent(tx, r, from, s.to, actor, s.note ?? null, at(s.after));
    from = s.to;
  }
  for (const c of d.comments ?? []) {
    const id = uuidv7(at(c.after).getTime());
    await tx.query(
      `INSERT INTO request_comments (id, request_id, user_id, body, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5)`,
      [id, r.id, c.by === 'staff' ? staff.id : requester.id, c.body, at(c.after)],
    );
    await emitRequestComment(tx, id);
  }
  await emitRequest(tx, r.id);
}
