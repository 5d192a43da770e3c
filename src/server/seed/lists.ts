import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { quarterOf } from '../../shared/lists/rules.ts';
import { emitListItem, loadPark, publishLists } from '../mutations/lists-data.ts';
import { ago, cst } from './dates.ts';
import type { DemoSeeder } from './seeders.ts';

interface Note {
  days: number;
  status: string | null;
  text: string;
}

/**
 * The current quarter's three lists of the first park, published by its organizer: needs the
 * firms raised (one claimed and in progress with the legal department, matched with a law
 * firm's offer; one claimed by the talent department; one closed), what banks, a university and
 * departments offer, and the quarter's activities.
 */
export const seedLists: DemoSeeder = async (tx: Tx, ids) => {
  const now = ids.now;
  const quarter = quarterOf(now);
  const [organizer] = await tx.query<{ id: string; name: string }>(
    `SELECT id, name FROM users WHERE org_id = $1 AND 'organizer' = ANY(roles) ORDER BY name LIMIT 1`,
    [ids.park],
  );
  if (!organizer) return;
  // who claims for a department: its staff at the park, the demo's lawyer first
  const staff = await tx.query<{ id: string; name: string; groups: string[] }>(
    `SELECT id, name, groups FROM users WHERE org_id = $1 AND 'staff' = ANY(roles)
      ORDER BY (id = $2) DESC, name`,
    [ids.park, ids.users.staff],
  );
  const claimer = (group: string | undefined) =>
    staff.find((u) => group && u.groups.includes(group)) ?? staff[0]!;

  // an activity in this quarter: ahead when the quarter has room, else as far back
  const inQuarter = (days: number, hh: number, mm = 0) => {
    const ahead = cst(now, days, hh, mm);
    return quarterOf(ahead) === quarter ? ahead : cst(now, -days, hh, mm);
  };
  const item = async (
    kind: 'need' | 'resource' | 'activity',
    days: number,
    f: {
      title: string;
      description: string;
      category?: string;
      provider?: string;
      contact?: string;
      startsAt?: Date;
      venue?: string;
      claimed?: { days: number; status: 'claimed' | 'in_progress' | 'closed' };
      notes?: Note[];
      resourceId?: string;
    },
  ) => {
    const id = uuidv7(ago(now, days).getTime());
    const by = claimer(f.category);
    const notes = (f.notes ?? []).map((n) => ({
      at: ago(now, n.days).toISOString(),
      name: by.name,
      status: n.status,
      text: n.text,
    }));
    await tx.query(
      `INSERT INTO list_items (id, org_id, quarter, kind, title, description, category, provider,
                               contact, starts_at, venue, status, claimed_group, claimed_by,
                               claimed_at, resource_id, notes, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb,
               $18, $19, $20)`,
      [
        id,
        ids.park,
        quarter,
        kind,
        f.title,
        f.description,
        f.category ?? null,
        f.provider ?? null,
        f.contact ?? null,
        f.startsAt ?? null,
        f.venue ?? null,
        kind === 'need' ? (f.claimed?.status ?? 'open') : null,
        f.claimed ? f.category : null,
        f.claimed ? by.id : null,
        f.claimed ? ago(now, f.claimed.days) : null,
        f.resourceId ?? null,
        JSON.stringify(notes),
        organizer.id,
        ago(now, days),
        ago(now, Math.min(days, ...(f.notes ?? []).map((n) => n.days))),
      ],
    );
    await emitListItem(tx, id);
    return id;
  };

  const lawFirm = await item('resource', 20, {
    title: '初创企业公益法律体检',
    description: '每家企业一次免费的合同、劳动用工和知识产权体检，出具书面意见。',
    category: 'legal',
    provider: '星火律师事务所',
    contact: '周律师 0512-6688 1200',
  });
  await item('resource', 19, {
    title: '科创企业信用贷款',
    description: '轻资产科技企业凭知识产权和纳税记录申请，最高 300 万元，园区贴息一年。',
    category: 'finance',
    provider: '建设银行高新区支行',
    contact: '科技金融部 0512-6688 3300',
  });
  await item('resource', 18, {
    title: '研究生实习实践基地',
    description: '计算机、电子信息专业研究生每学期可来园区企业实习，学校派导师对接。',
    category: 'talent',
    provider: '苏州大学研究生院',
    contact: '校企合作办公室 0512-6511 2000',
  });
  await item('resource', 15, {
    title: '人才政策进园区宣讲',
    description: '区人社局每月一次到园区讲解人才补贴、落户和社保政策，可预约一对一咨询。',
    category: 'talent',
    provider: '区人力资源和社会保障局',
    contact: '人才服务科 0512-6688 5100',
  });

  await item('need', 17, {
    title: '劳动合同和期权协议需要把关',
    description: '硬件创客企业扩招 12 人，劳动合同模板和员工期权协议想请律师审一遍。',
    category: 'legal',
    claimed: { days: 14, status: 'in_progress' },
    resourceId: lawFirm,
    notes: [
      { days: 14, status: 'claimed', text: '法律服务组认领，已与企业约好时间。' },
      { days: 9, status: 'in_progress', text: '已收到合同模板，律所正在出具修改意见。' },
    ],
  });
  await item('need', 16, {
    title: '招聘两名嵌入式实习生',
    description: '智造工坊的企业希望寒假前招到两名嵌入式方向的研究生实习生。',
    category: 'talent',
    claimed: { days: 12, status: 'claimed' },
    notes: [{ days: 12, status: 'claimed', text: '人才服务认领，准备对接高校实习基地。' }],
  });
  await item('need', 13, {
    title: '首台设备采购的资金缺口',
    description: '数智大厦一家企业拿到订单，采购检测设备还差约 80 万元。',
    category: 'finance',
  });
  await item('need', 25, {
    title: '园区夜间停车位不够',
    description: '加班的员工晚上找不到车位，希望开放地下车库夜间停车。',
    category: 'property',
    claimed: { days: 22, status: 'closed' },
    notes: [
      { days: 22, status: 'claimed', text: '物业服务认领。' },
      { days: 18, status: 'closed', text: '地下车库 B2 层已于晚 7 点后对园区员工开放。' },
    ],
  });

  await item('activity', 21, {
    title: '创客路演日：硬件专场',
    description: '六家硬件创客企业向投资机构路演，党员创业者分享经验。',
    startsAt: inQuarter(12, 14),
    venue: '党群服务中心路演厅',
  });
  await item('activity', 21, {
    title: '“法律进园区”公益讲座',
    description: '星火律师事务所主讲初创企业常见用工风险。',
    startsAt: inQuarter(20, 12, 30),
    venue: '党群服务中心二楼会议室',
  });
  await item('activity', 21, {
    title: '园区党员志愿服务日',
    description: '党员志愿者协助企业办理人才补贴申报。',
    startsAt: inQuarter(27, 9, 30),
    venue: '星火创业园一号楼大厅',
  });

  await publishLists(tx, await loadPark(tx, ids.park), quarter, organizer, ago(now, 3));
};
