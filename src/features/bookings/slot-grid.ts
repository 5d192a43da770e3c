import {
  addDays,
  clockMinutes,
  fromLocal,
  minutesClock,
  toLocal,
} from '../../shared/venue-hours.ts';

export type SlotState = 'free' | 'taken' | 'mine' | 'past';

export interface GridSlot {
  start: string;
  end: string;
  /** local "HH:MM" of the start, for the label */
  label: string;
  state: SlotState;
  /** the booking holding it, when it is the user's own */
  bookingId?: string;
}

export interface Taken {
  id: string;
  start: string;
  end: string;
}

/** The hour slots of one venue on one local day, each free, taken (by anyone), mine, or past. */
export function slotGrid(opts: {
  date: string;
  opensAt: string;
  closesAt: string;
  taken: readonly Taken[];
  /** ids of the user's own bookings, so their slots read "yours" and can be cancelled */
  mine: ReadonlySet<string>;
  now: Date;
  stepMinutes?: number;
}): GridSlot[] {
  const step = opts.stepMinutes ?? 60;
  const open = clockMinutes(opts.opensAt);
  const close = clockMinutes(opts.closesAt);
  const out: GridSlot[] = [];
  for (let m = open; m + step <= close; m += step) {
    const start = fromLocal(opts.date, m);
    const end = fromLocal(opts.date, m + step);
    const clashes = opts.taken.filter(
      (t) => Date.parse(t.start) < end.getTime() && Date.parse(t.end) > start.getTime(),
    );
    // The user's own (perhaps still pending) booking wins the label, even over a slot pulled since.
    const own = clashes.find((t) => opts.mine.has(t.id));
    const clash = own ?? clashes[0];
    const state: SlotState = own ? 'mine' : clash ? 'taken' : end <= opts.now ? 'past' : 'free';
    out.push({
      start: start.toISOString(),
      end: end.toISOString(),
      label: minutesClock(m),
      state,
      ...(own ? { bookingId: own.id } : {}),
    });
  }
  return out;
}

/** The next `days` local dates from today, for the day picker. */
export function upcomingDays(now: Date, days = 7): string[] {
  const today = toLocal(now).date;
  return Array.from({ length: days }, (_, i) => addDays(today, i));
}

/**
 * The day the venue page opens on: the first of `days` with a slot the user can still book. In
 * the evening every slot of today is past, and a page that opened on today would show only that.
 * With nothing free all week it stays on the first day.
 */
export function firstBookableDay(
  days: readonly string[],
  grid: (date: string) => readonly GridSlot[],
): string | undefined {
  return days.find((d) => grid(d).some((s) => s.state === 'free')) ?? days[0];
}
