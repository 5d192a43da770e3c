import type { Coverage } from '../../shared/org/kinds.ts';

/** The demo's grids (片区/楼宇网格) and branches, by a short key the catalogues below refer to. */
export type GridKey = 'maker' | 'tower' | 'river' | 'north';
export type BranchKey =
  'A' | 'B' | 'workshop' | 'yunfan' | 'content' | 'trade' | 'life' | 'hesheng';

/** Who looks after a firm: the `instructor` login (star park) or the riverside park's instructor. */
export type InstructorKey = 'star' | 'river';

export interface DemoFirm {
  name: string;
  grid: GridKey;
  coverage: Coverage;
  branch: BranchKey | null;
  building: string;
  industry: string;
  headcount: number;
  /** Party members working there; the members of a branch are the members of its firms. */
  memberCount: number;
  instructor: InstructorKey | null;
}

const joint = (branch: BranchKey, instructor: InstructorKey | null = null) => ({
  coverage: 'joint_branch' as const,
  branch,
  instructor,
});

/**
 * Thirty firms of the two parks. Most are covered by a joint branch, two big ones have a branch of
 * their own, three small ones without members are looked after by an instructor, and three have
 * members but no party organisation yet: the coverage view's to-do list.
 */
export const DEMO_FIRMS: DemoFirm[] = [
  // 星火创业园 · 创客街区
  {
    name: '星瀚智能硬件科技有限公司',
    grid: 'maker',
    ...joint('A'),
    building: '星火创业园 A 座 5 层',
    industry: '智能硬件',
    headcount: 48,
    memberCount: 7,
  },
  {
    name: '青禾机器人科技有限公司',
    grid: 'maker',
    ...joint('A'),
    building: '星火创业园 A 座 7 层',
    industry: '服务机器人',
    headcount: 35,
    memberCount: 4,
  },
  {
    name: '拾光动画设计有限公司',
    grid: 'maker',
    ...joint('A'),
    building: '星火创业园 B 座 2 层',
    industry: '数字创意',
    headcount: 22,
    memberCount: 3,
  },
  {
    name: '云栈软件技术有限公司',
    grid: 'maker',
    ...joint('A'),
    building: '星火创业园 A 座 6 层',
    industry: '企业软件',
    headcount: 60,
    memberCount: 4,
  },
  {
    name: '小满供应链管理有限公司',
    grid: 'maker',
    ...joint('A'),
    building: '星火创业园 B 座 4 层',
    industry: '供应链服务',
    headcount: 18,
    memberCount: 3,
  },
  {
    name: '匠芯微电子有限公司',
    grid: 'maker',
    ...joint('workshop', 'star'),
    building: '星火创业园 C 座 8 层',
    industry: '集成电路设计',
    headcount: 52,
    memberCount: 5,
  },
  {
    name: '驰远新能源科技有限公司',
    grid: 'maker',
    ...joint('workshop', 'star'),
    building: '星火创业园 C 座 6 层',
    industry: '储能电池',
    headcount: 40,
    memberCount: 4,
  },
  {
    name: '鲸准检测技术有限公司',
    grid: 'maker',
    ...joint('workshop', 'star'),
    building: '星火创业园 C 座 5 层',
    industry: '工业视觉检测',
    headcount: 25,
    memberCount: 3,
  },
  {
    name: '铭途精密机械有限公司',
    grid: 'maker',
    ...joint('workshop', 'star'),
    building: '创客街区 3 号厂房',
    industry: '精密制造',
    headcount: 33,
    memberCount: 4,
  },
  {
    name: '青橙市场咨询有限公司',
    grid: 'maker',
    coverage: 'instructor',
    branch: null,
    instructor: 'star',
    building: '星火创业园 B 座 3 层',
    industry: '市场调研',
    headcount: 9,
    memberCount: 0,
  },
  {
    name: '半亩方塘文化传媒有限公司',
    grid: 'maker',
    coverage: 'instructor',
    branch: null,
    instructor: 'star',
    building: '星火创业园 B 座 1 层',
    industry: '文化传媒',
    headcount: 12,
    memberCount: 0,
  },
  {
    name: '微光宠物科技有限公司',
    grid: 'maker',
    coverage: 'none',
    branch: null,
    instructor: null,
    building: '星火创业园 A 座 2 层',
    industry: '宠物用品电商',
    headcount: 15,
    memberCount: 2,
  },
  // 星火创业园 · 数智大厦
  {
    name: '数链信息安全技术有限公司',
    grid: 'tower',
    ...joint('B'),
    building: '数智大厦 12 层',
    industry: '网络安全',
    headcount: 45,
    memberCount: 5,
  },
  {
    name: '智汇财税服务有限公司',
    grid: 'tower',
    ...joint('B'),
    building: '数智大厦 10 层',
    industry: '财税服务',
    headcount: 20,
    memberCount: 4,
  },
  {
    name: '恒信知识产权代理有限公司',
    grid: 'tower',
    ...joint('B'),
    building: '数智大厦 11 层',
    industry: '知识产权服务',
    headcount: 16,
    memberCount: 3,
  },
  {
    name: '远帆人力资源有限公司',
    grid: 'tower',
    ...joint('B'),
    building: '数智大厦 9 层',
    industry: '人力资源服务',
    headcount: 24,
    memberCount: 3,
  },
  {
    name: '云帆数据科技股份有限公司',
    grid: 'tower',
    coverage: 'own_branch',
    branch: 'yunfan',
    instructor: null,
    building: '数智大厦 18–20 层',
    industry: '大数据',
    headcount: 210,
    memberCount: 8,
  },
  {
    name: '极光咖啡餐饮管理有限公司',
    grid: 'tower',
    coverage: 'none',
    branch: null,
    instructor: null,
    building: '数智大厦 1 层',
    industry: '餐饮',
    headcount: 14,
    memberCount: 1,
  },
  // 滨江数字经济产业园 · 滨江一号
  {
    name: '声动音频科技有限公司',
    grid: 'river',
    ...joint('content'),
    building: '滨江一号 6 层',
    industry: '数字音频',
    headcount: 38,
    memberCount: 6,
  },
  {
    name: '潮汐游戏网络科技有限公司',
    grid: 'river',
    ...joint('content'),
    building: '滨江一号 8 层',
    industry: '游戏研发',
    headcount: 85,
    memberCount: 8,
  },
  {
    name: '方寸视觉影像有限公司',
    grid: 'river',
    ...joint('content'),
    building: '滨江一号 5 层',
    industry: '影视后期',
    headcount: 26,
    memberCount: 4,
  },
  {
    name: '墨点数字出版有限公司',
    grid: 'river',
    ...joint('content'),
    building: '滨江一号 7 层',
    industry: '数字出版',
    headcount: 19,
    memberCount: 3,
  },
  {
    name: '海贝跨境电子商务有限公司',
    grid: 'river',
    ...joint('trade', 'river'),
    building: '滨江一号 11 层',
    industry: '跨境电商',
    headcount: 64,
    memberCount: 5,
  },
  {
    name: '途达国际物流有限公司',
    grid: 'river',
    ...joint('trade', 'river'),
    building: '滨江一号 12 层',
    industry: '国际物流',
    headcount: 42,
    memberCount: 5,
  },
  {
    name: '优品直播电子商务有限公司',
    grid: 'river',
    ...joint('trade', 'river'),
    building: '滨江一号 10 层',
    industry: '直播电商',
    headcount: 36,
    memberCount: 4,
  },
  {
    name: '行云翻译服务有限公司',
    grid: 'river',
    coverage: 'instructor',
    branch: null,
    instructor: 'river',
    building: '滨江一号 9 层',
    industry: '语言服务',
    headcount: 11,
    memberCount: 0,
  },
  // 滨江数字经济产业园 · 北岸创新港
  {
    name: '康启医疗器械有限公司',
    grid: 'north',
    ...joint('life'),
    building: '北岸创新港 2 号楼',
    industry: '医疗器械',
    headcount: 70,
    memberCount: 8,
  },
  {
    name: '睿因基因科技有限公司',
    grid: 'north',
    ...joint('life'),
    building: '北岸创新港 3 号楼',
    industry: '基因检测',
    headcount: 55,
    memberCount: 7,
  },
  {
    name: '禾生生物医药有限公司',
    grid: 'north',
    coverage: 'own_branch',
    branch: 'hesheng',
    instructor: null,
    building: '北岸创新港 1 号楼',
    industry: '生物医药',
    headcount: 160,
    memberCount: 7,
  },
  {
    name: '小鹿儿童营养科技有限公司',
    grid: 'north',
    coverage: 'none',
    branch: null,
    instructor: null,
    building: '北岸创新港 5 号楼',
    industry: '营养食品',
    headcount: 20,
    memberCount: 2,
  },
];

/** Members each branch holds: the sum over the firms it covers. */
export function branchMemberCounts(): Record<BranchKey, number> {
  const n = { A: 0, B: 0, workshop: 0, yunfan: 0, content: 0, trade: 0, life: 0, hesheng: 0 };
  for (const f of DEMO_FIRMS) if (f.branch) n[f.branch] += f.memberCount;
  return n;
}
