import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format.ts';
import { useRequestEvents } from './use-requests.ts';

/** Who moved the request, to what, when; oldest first, like a parcel's tracking. */
export function RequestTimeline({ requestId }: { requestId: string }) {
  const { t, i18n } = useTranslation('requests');
  const events = useRequestEvents(requestId) ?? [];
  return (
    <section aria-labelledby="request-timeline">
      <h2 id="request-timeline">{t('detail.timeline')}</h2>
      <ol className="timeline">
        {events.map((e) => (
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
