import { buildCalendar, icsFileName, type CalendarItem } from '../../shared/calendar/ics.ts';

/**
 * "Add to calendar" for one party day or lesson: the .ics is made on the phone (no network), and
 * opened as a file, which phones hand to their calendar app.
 */
export function calendarFile(item: CalendarItem): File {
  const text = buildCalendar([item], { name: item.title, alarmMinutes: 60 });
  return new File([text], icsFileName(item.title), { type: 'text/calendar;charset=utf-8' });
}

export function downloadCalendarFile(item: CalendarItem): void {
  const file = calendarFile(item);
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
