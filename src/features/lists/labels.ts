import type { TFunction } from 'i18next';
import { QUARTER_PATTERN } from '../../shared/lists/rules.ts';
import './strings.ts';

/** `2026Q4` in the user's language. */
export function quarterLabel(t: TFunction<'lists'>, quarter: string): string {
  const m = QUARTER_PATTERN.exec(quarter);
  return m ? t('quarter', { year: m[1], q: m[2] }) : quarter;
}

export const mayWorkLists = (roles: readonly string[] | undefined) =>
  !!roles && ['organizer', 'admin', 'staff'].some((r) => roles.includes(r));
