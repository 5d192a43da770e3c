import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import type { VenueRecord } from '../../shared/records.ts';
import { bookSlot } from './booking-actions.ts';
import type { GridSlot } from './slot-grid.ts';
import { whenLabel } from './when-label.ts';
import './strings.ts';

interface Props {
  venue: VenueRecord;
  slot: GridSlot | null;
  onClose: () => void;
}

/** Confirms a free slot with its purpose; the booking is queued offline and shows as pending. */
export function BookingSheet({ venue, slot, onClose }: Props) {
  const { t, i18n } = useTranslation('bookings');
  const { t: tc } = useTranslation('common');
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    if (!slot) return;
    if (!purpose.trim()) {
      setError(t('purposeRequired'));
      return;
    }
    await bookSlot({
      venueId: venue.id,
      start: slot.start,
      end: slot.end,
      purpose: purpose.trim(),
    });
    setPurpose('');
    setError(null);
    onClose();
  };

  return (
    <Dialog
      open={slot !== null}
      variant="sheet"
      title={t('confirmTitle', { venue: venue.name })}
      closeLabel={tc('close')}
      onClose={onClose}
      actions={
        <>
          <Button variant="secondary" onClick={onClose}>
            {tc('cancel')}
          </Button>
          <Button onClick={() => void confirm()}>{t('confirm')}</Button>
        </>
      }
    >
      {slot && <p>{t('when', whenLabel(slot.start, slot.end, i18n.language))}</p>}
      <TextField
        label={t('purpose')}
        hint={t('purposeHint')}
        error={error}
        value={purpose}
        maxLength={200}
        onChange={(e) => setPurpose(e.target.value)}
      />
    </Dialog>
  );
}
