const cache = new Map<string, Intl.DateTimeFormat>();

/** "25年3月" / "Mar 25" for a month key "2025-03": short enough for a chart label at 360 px. */
export function monthLabel(month: string, locale: string): string {
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year: '2-digit', month: 'short', timeZone: 'UTC' });
    cache.set(locale, f);
  }
  const [y, m] = month.split('-').map(Number) as [number, number];
  return f.format(new Date(Date.UTC(y, m - 1, 15)));
}
