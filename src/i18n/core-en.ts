import { common } from './en/common.ts';
import { nav } from './en/nav.ts';
import { sync } from './en/sync.ts';

/** The shell's English texts: a chunk of their own, loaded only when English is chosen. */
export const coreEn = { common, nav, sync };
