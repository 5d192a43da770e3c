import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/ui/card.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import type { LessonRecord } from '../../shared/records.ts';
import './strings.ts';

/** The live sessions to come (`useUpcomingSessions`), above the lesson list; nothing when none. */
export function UpcomingSessions({ sessions }: { sessions: LessonRecord[] }) {
  const { t, i18n } = useTranslation('lessons');
  if (!sessions.length) return null;
  return (
    <Card title={t('upcoming.title')} className="upcoming">
      <ul className="upcoming__list">
        {sessions.map((l) => (
          <li key={l.id}>
            <Link to={l.id} className="upcoming__item">
              <span className="upcoming__title">{l.title}</span>
              <span className="upcoming__when">
                {t('upcoming.when', {
                  time: formatDateTime(l.scheduledAt!, i18n.language),
                  venue: l.venue || t('upcoming.noVenue'),
                })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
