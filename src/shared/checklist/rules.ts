import { DEFAULT_GOALS, indicatorsOf, type Goal } from './template.ts';
import { periodStarted } from './period.ts';

/**
 * The rules of `checklist.assess`, written once for the server's check and the phone's optimistic
 * write (docs/organisation.md, "Responsibility checklist"). Returns why an entry is refused, or
 * null. The code is always `invalid_request`: each reason is a fault in what was sent.
 */
export function assessProblem(
  goals: readonly Goal[],
  entry: { indicatorId: string; period: string; value: number | null },
  now: number,
): string | null {
  const found = indicatorsOf(goals).find((x) => x.indicator.id === entry.indicatorId);
  if (!found) return 'No such indicator in the district’s checklist.';
  const i = found.indicator;
  if (i.kind !== 'entered') return 'This indicator is computed by the app; it is not entered.';
  if (!periodStarted(entry.period, now)) return 'A report covers a period that has begun.';
  if (entry.value !== null) {
    if (i.unit === 'percent' && entry.value > 1) return 'A share is between 0 and 1.';
    if (i.unit === 'yes_no' && entry.value !== 0 && entry.value !== 1) {
      return 'Done or not done is 1 or 0.';
    }
    if (i.unit === 'count' && !Number.isInteger(entry.value)) return 'A count is a whole number.';
  }
  return null;
}

/** The template a district uses: its saved one, else the default the app ships. */
export const goalsOrDefault = (saved: readonly Goal[] | null | undefined): readonly Goal[] =>
  saved && saved.length > 0 ? saved : DEFAULT_GOALS;
