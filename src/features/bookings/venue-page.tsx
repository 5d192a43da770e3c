import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { hasMemberRole } from '../../shared/roles.ts';
import { fromLocal } from '../../shared/venue-hours.ts';
import { useSession } from '../../sync/session.ts';
import { BackLink } from '../requests/back-link.tsx';
import { BookingSheet } from './booking-sheet.tsx';
import { firstBookableDay, slotGrid, upcomingDays, type GridSlot } from './slot-grid.ts';
import { SlotTakenNotice } from './slot-taken-notice.tsx';
import { useMyBookings, useRefusedBookings, useSlots, useVenue } from './use-venues.ts';
import './strings.ts';

export function VenuePage() {
  const { t, i18n } = useTranslation('bookings');
  const { id = '' } = useParams();
  const { user, ready } = useSession();
  const venue = useVenue(id);
  const taken = useSlots(id);
  const mine = useMyBookings();
  const refused = (useRefusedBookings() ?? []).filter((r) => r.venueId === id);
  const days = useMemo(() => upcomingDays(new Date(), 7), []);
  const [picked, setPicked] = useState<string | null>(null);
  const [chosen, setChosen] = useState<GridSlot | null>(null);
  const grid = useRef<HTMLDivElement>(null);
  // Booking is the member role's write (the server refuses others): they see the free times only.
  const member = hasMemberRole(user?.roles);

  if (venue === undefined || taken === undefined || mine === undefined || !ready) return null;
  if (venue === null) {
    return (
      <div className="stack">
        <PageHeader title={t('title')} leading={<BackLink to="/services/venues" />} />
        <EmptyState title={t('noVenues')} />
      </div>
    );
  }
  const ownIds = new Set(mine.filter((b) => b.userId === user?.id).map((b) => b.id));
  const now = new Date();
  const gridOf = (date: string) =>
    slotGrid({
      date,
      opensAt: venue.opensAt,
      closesAt: venue.closesAt,
      taken,
      mine: ownIds,
      now,
    });
  // Until the user picks a day, the page shows the first one that still has a free slot.
  const day = picked ?? firstBookableDay(days, gridOf) ?? days[0]!;
  const slots = gridOf(day);
  const dayFormat = new Intl.DateTimeFormat(i18n.language, {
    timeZone: 'Asia/Shanghai',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
  });
  return (
    <div className="stack">
      <PageHeader title={venue.name} leading={<BackLink to="/services/venues" />} />
      {refused.map((r) => (
        <SlotTakenNotice
          key={r.id}
          refused={r}
          venue={venue}
          onPick={() => grid.current?.querySelector<HTMLButtonElement>('.slot--free')?.focus()}
        />
      ))}
      <p className="muted">
        {venue.location} · {t('capacity', { count: venue.capacity })} ·{' '}
        {t('hours', { opens: venue.opensAt, closes: venue.closesAt })}
      </p>
      <div className="day-picker" role="group" aria-label={t('day')}>
        {days.map((d, i) => (
          <button
            key={d}
            type="button"
            className="day-picker__day"
            aria-pressed={d === day}
            onClick={() => setPicked(d)}
          >
            {i === 0 ? t('today') : dayFormat.format(fromLocal(d, 12 * 60))}
          </button>
        ))}
      </div>
      <section aria-labelledby="slots-title">
        <h2 id="slots-title">{t('slots')}</h2>
        <p className="muted">{member ? t('slotsNote') : t('membersOnly')}</p>
        <div className="slot-grid" ref={grid}>
          {slots.map((s) => (
            <button
              key={s.start}
              type="button"
              className={`slot slot--${s.state}`}
              disabled={!member || s.state !== 'free'}
              aria-label={t('slotLabel', { time: s.label, state: t(`slot.${s.state}`) })}
              onClick={() => setChosen(s)}
            >
              {/* the space keeps the visible words apart ("08:00 Free", not "08:00Free"), so
                  they are found in the spoken name "08:00, Free" (voice control) */}
              <span className="slot__time">{s.label}</span>{' '}
              <span className="slot__state">{t(`slot.${s.state}`)}</span>
            </button>
          ))}
        </div>
      </section>
      {member && <BookingSheet venue={venue} slot={chosen} onClose={() => setChosen(null)} />}
    </div>
  );
}
