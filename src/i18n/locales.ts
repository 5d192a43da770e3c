export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Times are China Standard Time unless a deployment says otherwise (DOMAIN.md "Language"). */
export const TIME_ZONE = 'Asia/Shanghai';
/**
 * TIME_ZONE's distance from UTC. China Standard Time has been UTC+8 all year since 1991, so dates
 * are formatted with arithmetic (format.ts); tests/unit/i18n/format.test.ts holds the two together.
 */
export const TIME_ZONE_OFFSET_MINUTES = 8 * 60;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
