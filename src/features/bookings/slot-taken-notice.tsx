import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { AlertIcon } from '../../components/ui/icons.tsx';
import type { VenueRecord } from '../../shared/records.ts';
import { dismissRefusedBooking, type RefusedBooking } from './use-venues.ts';
import { whenLabel } from './when-label.ts';
import './strings.ts';

interface Props {
  refused: RefusedBooking;
  venue: VenueRecord | undefined;
  /** picks another slot: the venue page scrolls to its grid, the list page opens the venue */
  onPick: () => void;
}

/** Says plainly that a booking made offline lost the race, and offers to pick another slot. */
export function SlotTakenNotice({ refused, venue, onPick }: Props) {
  const { t, i18n } = useTranslation('bookings');
  const w = whenLabel(refused.start, refused.end, i18n.language);
  const when = t('when', w);
  const taken = refused.code === 'slot_taken';
  return (
    <div className="notice notice--danger" role="alert">
      <AlertIcon aria-hidden="true" />
      <div className="notice__text">
        <p>
          <strong>
            {taken ? t('taken.title') : t('refusedOther', { message: refused.message })}
          </strong>
        </p>
        {taken && <p>{t('taken.body', { venue: venue?.name ?? '', when })}</p>}
        <div className="button-row">
          <Button
            small
            onClick={() => {
              void dismissRefusedBooking(refused.id);
              onPick();
            }}
          >
            {t('taken.pick')}
          </Button>
          <Button small variant="secondary" onClick={() => void dismissRefusedBooking(refused.id)}>
            {t('taken.dismiss')}
          </Button>
        </div>
      </div>
    </div>
  );
}
