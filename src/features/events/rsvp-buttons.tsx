import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import type { RsvpRecord } from '../../shared/records.ts';
import { answerRsvp } from './event-actions.ts';
import './strings.ts';

/** Going / not going; recorded offline at once, confirmed by the next sync. */
export function RsvpButtons({
  eventId,
  rsvp,
}: {
  eventId: string;
  rsvp: (RsvpRecord & { pending?: boolean | undefined }) | null;
}) {
  const { t } = useTranslation('events');
  const [error, setError] = useState<string | null>(null);
  const answer = (status: RsvpRecord['status']) => {
    setError(null);
    answerRsvp(eventId, status).catch(() => setError(t('errors.saveFailed')));
  };
  return (
    <div className="stack stack--tight">
      <div className="button-row" role="group" aria-label={t('rsvp.label')}>
        <Button
          variant={rsvp?.status === 'going' ? 'primary' : 'secondary'}
          aria-pressed={rsvp?.status === 'going'}
          onClick={() => answer('going')}
        >
          {t('rsvp.going')}
        </Button>
        <Button
          variant={rsvp?.status === 'not_going' ? 'primary' : 'secondary'}
          aria-pressed={rsvp?.status === 'not_going'}
          onClick={() => answer('not_going')}
        >
          {t('rsvp.notGoing')}
        </Button>
      </div>
      {rsvp?.pending && <p className="muted">{t('status.waitingSync')}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
