import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format.ts';
import type { RequestEventRecord, RequestRecord } from '../../shared/records.ts';
import { useRequestEvents } from './use-requests.ts';
import './strings.ts';

type Entry = RequestEventRecord & { pending?: boolean };

/** Who moved the request, to what, when; oldest first, like a parcel's tracking. */
export function RequestTimeline({ request }: { request: RequestRecord & { pending?: boolean } }) {
  const { t, i18n } = useTranslation('requests');
  const events: Entry[] = useRequestEvents(request.id) ?? [];
  // The server writes the "submitted" entry; until the request is synced, show it from the request.
  const entries: Entry[] = events.some((e) => e.to === 'submitted')
    ? events
    : [
        {
          id: `${request.id}-submitted`,
          requestId: request.id,
          userId: request.userId,
          actorName: request.requesterName,
          from: null,
          to: 'submitted',
          note: null,
          createdAt: request.createdAt,
          updatedAt: request.createdAt,
          pending: true,
        },
        ...events,
      ];
  return (
    <section aria-labelledby="request-timeline">
      <h2 id="request-timeline">{t('detail.timeline')}</h2>
      <ol className="timeline">
        {entries.map((e) => (
          <li key={e.id} className={`timeline__item timeline__item--${e.to}`}>
            <p className="timeline__what">
              {t(`timeline.${e.to}`, { who: e.actorName })}
              {e.pending && <span className="muted"> · {t('pending')}</span>}
            </p>
            <p className="muted">
              <time dateTime={e.createdAt}>{formatDateTime(e.createdAt, i18n.language)}</time>
            </p>
            {e.note && <p className="timeline__note">{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
