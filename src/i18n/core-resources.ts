import { common as zhCommon } from './zh-CN/common.ts';
import { nav as zhNav } from './zh-CN/nav.ts';
import { sync as zhSync } from './zh-CN/sync.ts';

/**
 * The Chinese texts of the shell (tab bar, sync pill, errors): bundled with the
 * first screen so it paints with its words, online or not. The shell's English texts are a chunk
 * of their own (core-en.ts), loaded before the first render when English is chosen; each
 * feature's texts in both languages travel with that feature's lazy chunk (feature-strings.ts).
 */
export const coreZhCN = { common: zhCommon, nav: zhNav, sync: zhSync };

export const CORE_NAMESPACES = Object.keys(coreZhCN) as (keyof typeof coreZhCN)[];
