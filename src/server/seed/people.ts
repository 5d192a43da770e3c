import { seededRandom } from './random.ts';

const SURNAMES = [
  ...'王李张刘陈杨黄吴周徐孙马朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤',
];

const GIVEN = [
  '子涵',
  '浩然',
  '欣怡',
  '宇航',
  '梓萱',
  '俊杰',
  '雨桐',
  '思源',
  '佳琪',
  '明轩',
  '晓雯',
  '志强',
  '嘉怡',
  '文博',
  '若曦',
  '立伟',
  '婷婷',
  '海洋',
  '静怡',
  '建华',
  '紫琪',
  '晨阳',
  '雅琪',
  '振宇',
  '书瑶',
  '天佑',
  '慧敏',
  '鹏飞',
  '可馨',
  '子墨',
  '丽娜',
  '国庆',
  '语嫣',
  '少华',
  '美玲',
  '泽宇',
  '秋月',
  '一鸣',
  '诗涵',
  '永康',
  '佳豪',
  '梦洁',
  '思彤',
  '博文',
  '瑞雪',
  '家乐',
  '晓峰',
  '欣然',
  '凯文',
  '雪婷',
  '昊天',
  '雨萱',
  '宏伟',
  '芳芳',
  '浩宇',
  '心怡',
  '卫东',
  '春燕',
  '旭东',
  '晓婷',
  '锦程',
  '安琪',
  '逸飞',
  '蕾',
  '磊',
  '敏',
  '洁',
  '超',
  '静',
  '涛',
  '丹',
  '斌',
  '颖',
  '鑫',
  '昕',
];

/** Names already used by the demo's fixed accounts, kept unique so a name finds one person. */
const TAKEN = new Set(['陈晓创', '王一帆', '赵楼宇', '周律师', '王晓岚', '林书记', '刘宁']);

/** `n` distinct, ordinary Chinese names, the same on every seeding. */
export function demoNames(n: number, seed = 7): string[] {
  const r = seededRandom(seed);
  const out: string[] = [];
  const seen = new Set(TAKEN);
  while (out.length < n) {
    const name = r.pick(SURNAMES) + r.pick(GIVEN);
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

const PREFIXES = [
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '158',
  '159',
  '177',
  '182',
  '186',
  '187',
  '188',
  '189',
  '199',
];

/** `n` distinct mainland mobile numbers (1xxxxxxxxxx), the same on every seeding. */
export function demoPhones(n: number, seed = 11): string[] {
  const r = seededRandom(seed);
  const seen = new Set<string>();
  while (seen.size < n) {
    seen.add(r.pick(PREFIXES) + String(r.int(0, 99_999_999)).padStart(8, '0'));
  }
  return [...seen];
}
