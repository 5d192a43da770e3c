import { uuidv7 } from '../../shared/ids.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { seriesDates, shanghaiInstant, type MonthlyRule } from '../../shared/party-days.ts';
import type { AgendaItem } from '../../shared/records.ts';

export interface PlanCommon {
  orgId: string;
  title: string;
  venue: string;
  capacity: number | null;
  agenda: AgendaItem[];
}

/** One `event.save` per month of a series on the rule (每月第二周四 by default), one theme each. */
export function planSeries(
  common: PlanCommon,
  rule: MonthlyRule,
  fromMonth: string,
  themes: readonly string[],
  seriesId: string = uuidv7(),
): MutationArgs<'event.save'>[] {
  return seriesDates(rule, fromMonth, themes.length).map((d, i) => ({
    id: uuidv7(),
    ...common,
    theme: themes[i]!.trim(),
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    seriesId,
  }));
}

/** A single party day on a Shanghai date and times. */
export function planSingle(
  common: PlanCommon,
  theme: string,
  day: string,
  startTime: string,
  endTime: string,
  id: string = uuidv7(),
  seriesId: string | null = null,
): MutationArgs<'event.save'> {
  return {
    id,
    ...common,
    theme: theme.trim(),
    startsAt: shanghaiInstant(day, startTime),
    endsAt: shanghaiInstant(day, endTime),
    seriesId,
  };
}
