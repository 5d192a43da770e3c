import type { LessonSeries } from '../../shared/records.ts';

/** Where a catalogue lesson is published (star park's side is what `member` sees). */
export type LessonPlace = 'district' | 'park' | 'park2' | 'maker' | 'workshop' | 'content' | 'life';

export interface CatalogLesson {
  at: LessonPlace;
  series: LessonSeries;
  title: string;
  speaker: string;
  summary: string;
  body: string;
  tags: string[];
  durationMin: number;
  /** published this many days before seeding */
  daysAgo: number;
  /** a live session: days from seeding, China time, and the room */
  live?: { days: number; hh: number; mm?: number; venue: string };
}

/** The rest of the demo's thirty lessons: short, everyday, spread over the tree and every series. */
export const LESSON_CATALOG: CatalogLesson[] = [
  {
    at: 'district',
    series: 'lunch',
    title: '党费怎么算、怎么交',
    speaker: '区两新工委组织组',
    summary: '按什么基数、什么比例，工资变了要不要重算：新党员最常问的五个问题。',
    body: `## 基数和比例

党费以每月工资收入为基数，按比例交纳；收入变化较大时，年初向支部重新报一次基数即可。

## 常见问题

- **公司发年终奖要不要算？** 一般不计入月度基数；
- **在两家公司兼职怎么算？** 合并计算，在组织关系所在的支部交纳；
- **忘了交怎么办？** 及时向支部说明并补交，不要拖到年底。
`,
    tags: ['党费', '党务入门'],
    durationMin: 8,
    daysAgo: 40,
  },
  {
    at: 'district',
    series: 'lunch',
    title: '预备党员的这一年',
    speaker: '区两新工委组织组',
    summary: '从接收到转正：预备期要做什么、谁来联系你、转正申请怎么写。',
    body: `## 预备期做什么

预备期一般为一年。这一年里，按时参加组织生活、交纳党费，和培养联系人保持沟通。

## 转正前

1. 预备期满前一个月左右，主动递交转正申请；
2. 支部会听取联系人和群众的意见；
3. 支部大会讨论通过后，报上级党组织审批。

> 预备期不是“考察期”那么紧张，更像是给自己的一年时间，把入党时说的话做出来。
`,
    tags: ['预备党员', '党务入门'],
    durationMin: 10,
    daysAgo: 33,
  },
  {
    at: 'district',
    series: 'film',
    title: '纪录短片《夜班地铁》观后谈',
    speaker: '区两新工委宣传组',
    summary: '跟拍三位在地铁检修岗位上的青年党员，看“看不见的岗位”怎样守住一座城的早高峰。',
    body: `## 影片简介

凌晨一点到四点，是地铁检修的窗口。短片记录了三位青年党员一晚上的工作。

## 讨论题

1. 你的岗位里，有哪些“看不见却少不了”的工作？
2. 团队里谁在默默补位？我们可以怎样让这样的付出被看见？
`,
    tags: ['纪录片', '岗位建功'],
    durationMin: 14,
    daysAgo: 26,
  },
  {
    at: 'district',
    series: 'forum',
    title: '微论坛：流动党员怎样就近过组织生活',
    speaker: '区两新工委组织组',
    summary: '人在园区、关系在老家：“流入地参加活动”的几种做法和需要办的手续。',
    body: `## 情况

不少园区党员的组织关系还在老家或上一家单位，平时很难回去参加活动。

## 做法

- 向所在园区的联合党支部报到，作为流动党员参加组织生活；
- 持流动党员活动证或原支部的证明，登记在册；
- 组织关系有条件的，尽早转到工作所在地。

欢迎在评论里说说你们支部的经验。
`,
    tags: ['流动党员', '组织生活'],
    durationMin: 12,
    daysAgo: 18,
  },
  {
    at: 'district',
    series: 'weekend',
    title: '周末研学：城市规划展示馆里的三十年',
    speaker: '赵敏（区规划馆讲解员）',
    summary: '一场面向两新党员的周末研学：从沙盘看城市怎样从“工业区”长成“创新区”。',
    body: `## 行程

上午九点半在展示馆门口集合，讲解约一小时，随后自由参观和交流。

## 看什么

- 三十年前的老厂区照片和今天的对照；
- 园区和地铁线路的规划过程；
- 创新企业落户的故事墙。

请提前在评论区报名人数，方便安排讲解。
`,
    tags: ['研学', '城市发展'],
    durationMin: 90,
    daysAgo: 5,
    live: { days: 9, hh: 9, mm: 30, venue: '区城市规划展示馆' },
  },
  {
    at: 'district',
    series: 'lunch',
    title: '一张图看懂“三会一课”',
    speaker: '区两新工委组织组',
    summary: '支部党员大会、支部委员会、党小组会和党课：各多久开一次、谁来主持、记什么。',
    body: `## 四件事

| 内容 | 频次 | 主持 |
| --- | --- | --- |
| 支部党员大会 | 一般每季度一次 | 支部书记 |
| 支部委员会 | 一般每月一次 | 支部书记 |
| 党小组会 | 一般每月一次 | 党小组长 |
| 党课 | 一般每季度至少一次 | 书记或委员 |

## 记录

每次会议都要有记录：时间、到会人数、议题、讨论情况和决定事项。
`,
    tags: ['三会一课', '党务入门'],
    durationMin: 9,
    daysAgo: 60,
  },
  {
    at: 'park',
    series: 'lunch',
    title: '园区创业扶持政策速览',
    speaker: '孙立新（党建指导服务组）',
    summary: '房租减免、人才公寓、首台套补贴：星火创业园今年的五项扶持，一次说清申请门槛。',
    body: `## 五项扶持

1. 入驻前两年房租减免；
2. 青年人才公寓申请；
3. 首台（套）产品补贴；
4. 知识产权申请资助；
5. 参加展会的展位补贴。

## 怎么申请

在“服务”里选择对应的服务组下单，工作人员会把材料清单发给你。
`,
    tags: ['政策', '创业'],
    durationMin: 11,
    daysAgo: 15,
  },
  {
    at: 'park',
    series: 'forum',
    title: '微论坛：支部书记怎样做好谈心谈话',
    speaker: '刘宁（园区党委委员）',
    summary: '三位支部书记的经验：谈什么、在哪谈、谈完之后怎么跟进。',
    body: `## 谈什么

先聊工作和生活，再聊想法和困难；不要一上来就“汇报思想”。

## 在哪谈

会客厅、咖啡角、下班路上都可以，关键是对方放松。

## 谈完之后

把对方提到的困难记下来，一周内给回音，哪怕只是“正在问”。
`,
    tags: ['谈心谈话', '支部书记'],
    durationMin: 15,
    daysAgo: 21,
  },
  {
    at: 'park',
    series: 'weekend',
    title: '周末公益：为园区新手父母办一场育儿讲座',
    speaker: '罗佳怡（社会服务组）',
    summary: '党员志愿者招募：周六上午协助儿科医生的育儿讲座，布置会场、签到和照看孩子。',
    body: `## 需要什么

- 会场布置两人、签到两人；
- 照看孩子的志愿者四人，有经验者优先。

## 时间地点

周六上午，红色会客厅。服务时长可以在“我的”里登记志愿服务。
`,
    tags: ['志愿服务', '公益'],
    durationMin: 120,
    daysAgo: 4,
    live: { days: 3, hh: 9, venue: '党群服务中心 · 红色会客厅' },
  },
  {
    at: 'park',
    series: 'film',
    title: '短片《工位上的红灯笼》',
    speaker: '星火创业园党委宣传委员',
    summary: '春节值班的一群创业者，把工位布置成了年夜饭桌：一部园区党员自己拍的七分钟短片。',
    body: `## 幕后

这部短片由园区三家企业的党员利用周末拍摄，演员都是同事。

## 想一想

- 你记忆里最难忘的一次加班是什么时候？
- 团队里的“年味”由谁来守护？
`,
    tags: ['微电影', '园区故事'],
    durationMin: 7,
    daysAgo: 48,
  },
  {
    at: 'maker',
    series: 'lunch',
    title: '创客街区安全用电十分钟',
    speaker: '马国栋（物业服务组）',
    summary: '实验室和厂房用电的三条红线：私拉电线、充电器过夜、配电箱前堆物。',
    body: `## 三条红线

1. 不私拉电线，增加设备先报物业；
2. 电池和充电器不过夜充电；
3. 配电箱前一米内不堆放杂物。

## 发现隐患

在“服务”里选物业服务组下单，附上照片，当天有人来看。
`,
    tags: ['安全生产', '创客'],
    durationMin: 10,
    daysAgo: 8,
  },
  {
    at: 'maker',
    series: 'forum',
    title: '微论坛：硬件团队的“结对攻关”怎么搞',
    speaker: '创客联合党支部',
    summary: '两家硬件公司的党员结对解决一块电源板的散热问题，聊聊跨公司合作的经验。',
    body: `## 起因

一家公司的新品电源板过热，另一家公司恰好有热设计的经验。

## 做法

- 支部牵线，两边各出一名党员工程师；
- 每周四晚上碰一次，三周解决问题；
- 成果写成一页纸，分享给街区所有硬件团队。
`,
    tags: ['结对攻关', '创客'],
    durationMin: 16,
    daysAgo: 11,
  },
  {
    at: 'workshop',
    series: 'lunch',
    title: '车间里的质量意识',
    speaker: '智造工坊联合党支部',
    summary: '一颗螺丝的扭矩记录，为什么关系到整批产品：精密制造党员的质量小课。',
    body: `## 从一颗螺丝说起

扭矩记录缺了一条，整批产品就要返检。质量不是检验员一个人的事。

## 党员可以做的

- 自己的工序做到“零缺陷”；
- 发现问题立即叫停，不怕麻烦；
- 把好做法写进作业指导书。
`,
    tags: ['质量', '工匠精神'],
    durationMin: 9,
    daysAgo: 7,
  },
  {
    at: 'park2',
    series: 'lunch',
    title: '数字经济里的党员先锋岗',
    speaker: '许志远（滨江数字经济产业园党委）',
    summary: '游戏、直播、跨境电商公司里，“党员先锋岗”挂在哪里、比什么、怎么评。',
    body: `## 挂在哪里

挂在最难、最累、最容易出错的岗位：上线值守、客服高峰、清关对接。

## 比什么

比响应速度、比问题解决率、比带新人的数量。

## 怎么评

每季度由支部和企业共同评议，结果在园区公示。
`,
    tags: ['先锋岗', '数字经济'],
    durationMin: 12,
    daysAgo: 14,
  },
  {
    at: 'park2',
    series: 'weekend',
    title: '周末读书会：《数字中国》共读',
    speaker: '滨江党群服务站',
    summary: '每月一本书：本期共读关于数字中国建设的通俗读本，读后在北岸红色书房交流。',
    body: `## 读什么

本期读通俗读本的前三章：数字基础设施、数据要素和数字政府。

## 怎么参加

周日下午两点，北岸红色书房，书可以在服务站借阅。
`,
    tags: ['读书会', '数字经济'],
    durationMin: 90,
    daysAgo: 6,
    live: { days: 4, hh: 14, venue: '北岸红色书房' },
  },
  {
    at: 'park2',
    series: 'forum',
    title: '微论坛：主播党员的言行边界',
    speaker: '优品直播电子商务有限公司党员',
    summary: '镜头前说的每句话都会被放大：直播行业的党员怎样守住底线、传递正能量。',
    body: `## 三个边界

- 不夸大功效、不虚构价格；
- 不借热点博流量；
- 不在直播间讨论未经核实的消息。

## 一个做法

每场直播前，党员主播互相看一遍脚本。
`,
    tags: ['直播', '网络文明'],
    durationMin: 13,
    daysAgo: 9,
  },
  {
    at: 'park2',
    series: 'film',
    title: '纪录片片段《港口的清晨》',
    speaker: '滨江党群服务站',
    summary: '一座港口的清晨：报关员、码头工人和跨境电商客服，看外贸链条上的普通人。',
    body: `## 观看提示

片段时长十五分钟，可在午休时观看。

## 讨论

- 你的工作在外贸链条的哪一环？
- 上下游的哪个环节，你最想去看一看？
`,
    tags: ['纪录片', '外贸'],
    durationMin: 15,
    daysAgo: 30,
  },
  {
    at: 'park2',
    series: 'lunch',
    title: '跨境数据出境合规入门',
    speaker: '何晴（综合服务组）',
    summary: '用户数据要传到海外服务器？先弄清哪些情形需要申报、哪些可以走标准合同。',
    body: `## 先判断

1. 传出的是否包含个人信息或重要数据；
2. 数量和规模是否达到需要申报的标准。

## 再选路径

安全评估、标准合同或认证，三条路径适用不同情形。拿不准时，在“服务”里找法律服务组。
`,
    tags: ['合规', '跨境'],
    durationMin: 12,
    daysAgo: 3,
  },
  {
    at: 'content',
    series: 'lunch',
    title: '做一期好播客的三个习惯',
    speaker: '声动音频科技有限公司党员',
    summary: '选题先问听众、录制前对一遍事实、发布后认真读评论：内容团队的小习惯。',
    body: `## 三个习惯

- **选题先问听众**：每周在听众群里征集一个问题；
- **录前对事实**：数据和引文都要有出处；
- **发布后读评论**：好的批评是下一期的选题。
`,
    tags: ['内容创作', '播客'],
    durationMin: 8,
    daysAgo: 12,
  },
  {
    at: 'life',
    series: 'lunch',
    title: '实验室里的安全与诚信',
    speaker: '生命科技联合党支部',
    summary: '原始记录要写在哪、怎么改、保存多久：科研诚信从一本实验记录本开始。',
    body: `## 原始记录

- 当天记录，写明日期和操作人；
- 写错了划线修改并签名，不涂改、不撕页；
- 电子数据定期备份，按规定年限保存。

## 为什么

记录经得起查，结论才站得住。
`,
    tags: ['科研诚信', '实验室'],
    durationMin: 10,
    daysAgo: 16,
  },
  {
    at: 'life',
    series: 'forum',
    title: '微论坛：医疗器械企业怎样做好患者服务',
    speaker: '康启医疗器械有限公司党员',
    summary: '从售后电话到上门培训：一家器械企业的党员服务队在基层医院做了什么。',
    body: `## 服务队

八名党员工程师组成服务队，每月去两家基层医院，培训护士使用和保养设备。

## 收获

设备故障率下降了，医院也把一线的改进建议反馈给了研发。
`,
    tags: ['志愿服务', '医疗器械'],
    durationMin: 14,
    daysAgo: 24,
  },
  {
    at: 'park',
    series: 'lunch',
    title: '入党积极分子怎样写思想汇报',
    speaker: '王晓岚（党建指导员）',
    summary: '不抄范文、不喊口号：写清最近学了什么、做了什么、还差在哪。',
    body: `## 三段就够

1. 最近学了什么，有什么体会；
2. 工作和生活中做了哪件事，怎么想的；
3. 自己还差在哪，接下来打算怎么做。

## 常见问题

篇幅不必长，一千字左右即可；用自己的话，写自己的事。
`,
    tags: ['入党积极分子', '党务入门'],
    durationMin: 9,
    daysAgo: 2,
    live: { days: 6, hh: 12, mm: 15, venue: '创客路演室（星火创业园 B 座 3 层）' },
  },
  {
    at: 'park',
    series: 'film',
    title: '微电影《第一百次路演》观后谈',
    speaker: '星火创业园党委宣传委员',
    summary: '一支创业团队被拒绝了九十九次，第一百次路演前，他们决定先去工厂待一周。',
    body: `## 影片简介

影片根据园区一家企业的真实经历改编，讲的是“把脚放到泥土里”再做产品的故事。

## 讨论

你上一次走到用户身边，是什么时候？
`,
    tags: ['微电影', '创业'],
    durationMin: 12,
    daysAgo: 36,
  },
];
