import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Toast } from '../../components/ui/toast.tsx';
import type { CalendarItem } from '../../shared/calendar/ics.ts';
import { shareOrCopy } from './share.ts';
import './strings.ts';
import './notify.css';

interface ShareActionsProps {
  /** the party day or lesson; `path` is its page in the app */
  item: Omit<CalendarItem, 'url'> & { path: string };
  /** a line for the share sheet (the time and place) */
  text?: string;
  /** false: sharing only (a lesson with no session to attend) */
  calendar?: boolean;
}

type Note = 'copied' | 'failed' | 'calendarSaved';

/**
 * "Share" and "Add to calendar" for a party day or a lesson (docs/notices.md "Calendar and
 * sharing"). Both work offline: the calendar file is made on the phone.
 */
export function ShareActions({ item, text, calendar = true }: ShareActionsProps) {
  const { t } = useTranslation('notify');
  const [note, setNote] = useState<Note | null>(null);
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(null), 4000);
    return () => clearTimeout(timer);
  }, [note]);

  const url = new URL(item.path, window.location.origin).href;
  const share = async () => {
    const outcome = await shareOrCopy({ title: item.title, text, url });
    if (outcome === 'copied' || outcome === 'failed') setNote(outcome);
  };
  // The calendar writer (ical-generator) is a chunk of its own, loaded on the first tap: pages
  // with this button open without it (docs/performance.md, "Offline start").
  const addToCalendar = async () => {
    try {
      const { downloadCalendarFile } = await import('./calendar-file.ts');
      downloadCalendarFile({ ...item, url });
      setNote('calendarSaved');
    } catch (err) {
      console.error('could not make the calendar file', err);
      setNote('failed');
    }
  };

  return (
    <div className="notify-actions">
      <Button variant="secondary" small onClick={() => void share()}>
        {t('share.share')}
      </Button>
      {calendar && !item.cancelled && (
        <Button variant="secondary" small onClick={() => void addToCalendar()}>
          {t('share.addToCalendar')}
        </Button>
      )}
      {note && <Toast message={t(`share.${note}`)} />}
    </div>
  );
}
