import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { LiveRegion } from '../../components/ui/live-region.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { QrCode } from '../../components/ui/qr-code.tsx';
import { WINDOW_SECONDS } from '../../shared/checkin-code.ts';
import { BackLink } from './back-link.tsx';
import { memberOfCard } from './card-token.ts';
import { checkInByCard } from './event-actions.ts';
import { EventWhen } from './event-when.tsx';
import { MemberChecklist } from './member-checklist.tsx';
import { useAttendance } from './use-attendance.ts';
import { useEventDetail, useEventSecret, useOrganizes } from './use-events.ts';
import { useRollingCode } from './use-rolling-code.ts';
import { useLiveSync } from './use-live-sync.ts';
import { useWakeLock } from './use-wake-lock.ts';
import './strings.ts';

const ScannerDialog = lazy(() =>
  import('./scanner-dialog.tsx').then((m) => ({ default: m.ScannerDialog })),
);

/**
 * The organizer's check-in screen: the rolling code and its QR, computed on this phone from the
 * synced secret (works offline), the live count, a card scanner and the list for manual check-in.
 */
export function DeskPage() {
  const { t } = useTranslation('events');
  const { id = '' } = useParams();
  const detail = useEventDetail(id);
  const secret = useEventSecret(id);
  const organizes = useOrganizes(detail?.event.orgId);
  const attendance = useAttendance(detail?.event);
  const code = useRollingCode(secret, id, window.location.origin);
  const [scanning, setScanning] = useState(false);
  const [notice, setNotice] = useState('');
  useWakeLock(!!code);
  useLiveSync(organizes);

  if (!detail) return null;
  const back = <BackLink to={`/events/${id}`} />;
  if (!organizes) {
    return (
      <div className="stack">
        <PageHeader title={t('desk.title')} leading={back} />
        <p>{t('desk.notOrganizer')}</p>
      </div>
    );
  }
  const came = attendance?.came ?? 0;
  const total = attendance?.rows.length ?? 0;
  const nameOf = (memberId: string) =>
    attendance?.rows.find((r) => r.user.id === memberId)?.user.name ?? null;

  const onCard = (text: string) => {
    const card = memberOfCard(text);
    if (!card) return false;
    setScanning(false);
    const name = nameOf(card.memberId);
    checkInByCard(id, card.memberId, card.cardToken)
      .then(() => setNotice(name ? t('desk.cardDone', { name }) : t('desk.cardDoneUnknown')))
      .catch(() => setNotice(t('errors.saveFailed')));
    return true;
  };

  return (
    <div className="stack desk">
      <PageHeader title={t('desk.title')} leading={back} />
      <Card className="desk__code-card">
        <p className="desk__event">{detail.event.title}</p>
        <p className="muted">
          <EventWhen event={detail.event} />
        </p>
        {secret === null && <p role="alert">{t('desk.noSecret')}</p>}
        {code && (
          <>
            <p className="desk__code">
              <span className="visually-hidden">
                {t('desk.codeLabel', {
                  first: spell(code.code.slice(0, 3)),
                  second: spell(code.code.slice(3)),
                })}
              </span>
              <span className="desk__digits" aria-hidden="true">
                {code.code.slice(0, 3)} {code.code.slice(3)}
              </span>
            </p>
            <QrCode className="desk__qr" value={code.url} label={t('desk.qrLabel')} />
            <ProgressBar
              label={t('desk.countdown')}
              value={code.secondsLeft}
              max={WINDOW_SECONDS}
              valueText={t('desk.secondsLeft', { count: code.secondsLeft })}
            />
          </>
        )}
      </Card>
      <Card title={t('desk.countTitle')}>
        <p className="desk__count" aria-live="polite">
          {t('desk.count', { came, total })}
        </p>
        <Button block onClick={() => setScanning(true)}>
          {t('desk.scanCard')}
        </Button>
        <LiveRegion message={notice} visible />
      </Card>
      {attendance && <MemberChecklist eventId={id} rows={attendance.rows} />}
      {scanning && (
        <Suspense fallback={null}>
          <ScannerDialog
            open
            title={t('desk.scanCard')}
            hint={t('desk.scanHint')}
            onClose={() => setScanning(false)}
            onText={onCard}
          />
        </Suspense>
      )}
    </div>
  );
}

/** "382" -> "3 8 2": a screen reader reads digits one by one, not "three hundred eighty-two". */
function spell(digits: string): string {
  return digits.split('').join(' ');
}
