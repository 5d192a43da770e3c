import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { BackLink } from '../requests/back-link.tsx';
import { MyBookings } from './my-bookings.tsx';
import { SlotTakenNotice } from './slot-taken-notice.tsx';
import { useRefusedBookings, useVenues } from './use-venues.ts';
import './strings.ts';

export function VenuesPage() {
  const { t } = useTranslation('bookings');
  const venues = useVenues();
  const refused = useRefusedBookings() ?? [];
  const navigate = useNavigate();
  return (
    <div className="stack">
      <PageHeader title={t('title')} leading={<BackLink to="/services" />} />
      {refused.map((r) => (
        <SlotTakenNotice
          key={r.id}
          refused={r}
          venue={venues?.find((v) => v.id === r.venueId)}
          onPick={() => navigate(`/services/venues/${r.venueId}`)}
        />
      ))}
      <p className="muted">{t('intro')}</p>
      {venues && venues.length === 0 && <EmptyState title={t('noVenues')} />}
      <ul className="list venue-list">
        {(venues ?? []).map((v) => (
          <li key={v.id}>
            <Link className="venue-row" to={`/services/venues/${v.id}`}>
              <span className="venue-row__name">{v.name}</span>
              <span className="muted">{v.location}</span>
              <span className="muted">
                {t('capacity', { count: v.capacity })} ·{' '}
                {t('hours', { opens: v.opensAt, closes: v.closesAt })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <MyBookings />
    </div>
  );
}
