/**
 * Venue opening hours are wall-clock times where the venue is (docs/domain.md: China Standard Time unless
 * the deployment says otherwise), so both the server's check and the phone's slot grid convert
 * through the same zone, whatever zone the server or the phone itself runs in.
 */
export const VENUE_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalTime {
  /** YYYY-MM-DD in the zone */
  date: string;
  /** minutes since local midnight */
  minutes: number;
}

export function toLocal(at: Date | string, timeZone = VENUE_TIME_ZONE): LocalTime {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(typeof at === 'string' ? new Date(at) : at)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** "HH:MM" -> minutes since midnight ("24:00" is 1440). */
export const clockMinutes = (hhmm: string) => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

const pad = (n: number) => String(n).padStart(2, '0');
export const minutesClock = (min: number) => `${pad(Math.floor(min / 60))}:${pad(min % 60)}`;

/** The instant of a local date and minute-of-day in the zone. */
export function fromLocal(date: string, minutes: number, timeZone = VENUE_TIME_ZONE): Date {
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const guess = Date.UTC(y, mo - 1, d, 0, minutes);
  // The zone's offset at the guess, then once more at the result in case a DST switch lies between.
  const offsetAt = (t: number) => {
    const l = toLocal(new Date(t), timeZone);
    const [ly = 0, lmo = 1, ld = 1] = l.date.split('-').map(Number);
    return Date.UTC(ly, lmo - 1, ld, 0, l.minutes) - Math.floor(t / 60_000) * 60_000;
  };
  let t = guess - offsetAt(guess);
  t = guess - offsetAt(t);
  return new Date(t);
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * Why a booking from `start` to `end` does not fit the venue's hours, or null when it does:
 * it must lie on one local day, between opening and closing time.
 */
export function outsideOpeningHours(
  start: Date | string,
  end: Date | string,
  opensAt: string,
  closesAt: string,
  timeZone = VENUE_TIME_ZONE,
): 'other_day' | 'too_early' | 'too_late' | null {
  const s = toLocal(start, timeZone);
  const e = toLocal(end, timeZone);
  // An end at local midnight closes the start's day (a venue open until 24:00).
  const endMinutes =
    e.date === s.date ? e.minutes : e.date === addDays(s.date, 1) && e.minutes === 0 ? 1440 : -1;
  if (endMinutes < 0) return 'other_day';
  if (s.minutes < clockMinutes(opensAt)) return 'too_early';
  if (endMinutes > clockMinutes(closesAt)) return 'too_late';
  return null;
}
