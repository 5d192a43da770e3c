import type { TFunction } from 'i18next';
import type { HalfYear } from '../../shared/visits/duties.ts';

/** "2026 年上半年" / "the first half of 2026". */
export const halfLabel = (t: TFunction<'visits'>, h: HalfYear) =>
  t(h.endsWith('1') ? 'half.H1' : 'half.H2', { year: h.slice(0, 4) });
