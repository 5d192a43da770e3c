import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import type { BookingRecord } from '../../shared/records.ts';
import { cancelBooking } from './booking-actions.ts';
import { useMyBookings, useVenues } from './use-venues.ts';
import { whenLabel } from './when-label.ts';
import './strings.ts';

export function MyBookings() {
  const { t, i18n } = useTranslation('bookings');
  const { t: tc } = useTranslation('common');
  const bookings = useMyBookings();
  const venues = useVenues() ?? [];
  const [cancelling, setCancelling] = useState<BookingRecord | null>(null);
  if (!bookings) return null;
  const when = (b: BookingRecord) => t('when', whenLabel(b.start, b.end, i18n.language));
  return (
    <section aria-labelledby="my-bookings">
      <h2 id="my-bookings">{t('mine')}</h2>
      {bookings.length === 0 ? (
        <p className="muted">{t('noBookings')}</p>
      ) : (
        <ul className="list">
          {bookings.map((b) => (
            <li key={b.id} className="booking-row">
              <div>
                <p>
                  <strong>{venues.find((v) => v.id === b.venueId)?.name ?? ''}</strong>
                </p>
                <p>{when(b)}</p>
                <p className="muted">{b.purpose}</p>
                {b.pending && <Badge tone="neutral">{t('pending')}</Badge>}
              </div>
              <Button small variant="secondary" onClick={() => setCancelling(b)}>
                {t('cancel')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Dialog
        open={cancelling !== null}
        role="alertdialog"
        title={t('cancel')}
        closeLabel={tc('close')}
        onClose={() => setCancelling(null)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setCancelling(null)}>
              {tc('cancel')}
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                if (cancelling) void cancelBooking(cancelling.id);
                setCancelling(null);
              }}
            >
              {t('cancel')}
            </Button>
          </>
        }
      >
        {cancelling && <p>{t('cancelConfirm', { when: when(cancelling) })}</p>}
      </Dialog>
    </section>
  );
}
