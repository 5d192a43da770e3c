import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { Card } from '../../components/ui/card.tsx';
import { AlertIcon, CheckIcon, ClockIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { formatTime } from '../../i18n/format.ts';
import { UUID_RE } from '../../shared/ids.ts';
import { hasMemberRole } from '../../shared/roles.ts';
import { useSession } from '../../sync/session.ts';
import { BackLink } from './back-link.tsx';
import { CodeEntry } from './code-entry.tsx';
import { checkInWithCode } from './event-actions.ts';
import { phaseOf } from './event-time.ts';
import { parseCheckinLink } from './checkin-link.ts';
import { useCheckinRefusal, useEventDetail, useEventList } from './use-events.ts';
import { useNow } from './use-rolling-code.ts';
import './events.css';
import './strings.ts';

const ScannerDialog = lazy(() =>
  import('./scanner-dialog.tsx').then((m) => ({ default: m.ScannerDialog })),
);

/**
 * Target of the check-in QR (`/checkin?e=&w=&c=`, docs/sync-protocol.md "Check-in codes"), opened by the phone's
 * own camera or from the app. The check-in is queued at once, also offline, and shows as waiting
 * until a sync confirms or refuses it.
 */
export function CheckinPage() {
  const { t } = useTranslation('events');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // Check-in is the member role's: without it the page says so and queues nothing.
  const session = useSession();
  const member = hasMemberRole(session.user?.roles);
  const link = parseCheckinLink(params);
  const asked = params.get('event');
  const now = useNow(30_000);
  const open = (useEventList() ?? []).filter((i) => phaseOf(i.event, now) === 'checkin');
  const [chosen, setChosen] = useState<string | null>(null);
  const eventId =
    link?.eventId ??
    (asked && UUID_RE.test(asked) ? asked : null) ??
    chosen ??
    (open.length === 1 ? open[0]!.event.id : null);
  const [scanning, setScanning] = useState(false);
  const handled = useRef<string | null>(null);

  // A scanned link checks in by itself, once; the query then drops the code so a reload shows state.
  useEffect(() => {
    if (!link || !member) return;
    const key = `${link.eventId}:${link.window}:${link.code}`;
    if (handled.current === key) return;
    handled.current = key;
    void checkInWithCode(link.eventId, link.code, link.window).finally(() =>
      navigate(`/checkin?event=${link.eventId}`, { replace: true }),
    );
  }, [link, member, navigate]);

  const onScan = (text: string) => {
    const scanned = parseCheckinLink(text);
    if (!scanned) return false;
    setScanning(false);
    navigate(`/checkin?e=${scanned.eventId}&w=${scanned.window}&c=${scanned.code}`, {
      replace: true,
    });
    return true;
  };

  // until the stored session is read, the roles are unknown: show nothing rather than a refusal
  if (!session.ready) return null;
  if (!member) {
    return (
      <div className="stack">
        <PageHeader title={t('checkin.title')} leading={<BackLink to="/events" />} />
        <p className="muted" role="status">
          {t('membersOnly')}
        </p>
      </div>
    );
  }

  return (
    <div className="stack">
      <PageHeader title={t('checkin.title')} leading={<BackLink to="/events" />} />
      {!eventId && open.length > 1 && (
        <Select
          label={t('checkin.pick')}
          value=""
          options={[
            { value: '', label: t('checkin.pickPlaceholder') },
            ...open.map((i) => ({ value: i.event.id, label: i.event.title })),
          ]}
          onChange={(e) => setChosen(e.target.value || null)}
        />
      )}
      {!eventId && open.length === 0 && <p className="muted">{t('checkin.noneOpen')}</p>}
      {eventId && <CheckinFor eventId={eventId} />}
      <Button variant="secondary" block onClick={() => setScanning(true)}>
        {t('checkin.scan')}
      </Button>
      {scanning && (
        <Suspense fallback={null}>
          <ScannerDialog
            open
            title={t('checkin.scanTitle')}
            hint={t('checkin.scanHint')}
            onClose={() => setScanning(false)}
            onText={onScan}
          />
        </Suspense>
      )}
    </div>
  );
}

function CheckinFor({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation('events');
  const detail = useEventDetail(eventId);
  const refusal = useCheckinRefusal(eventId);
  const checkin = detail?.checkin ?? null;
  return (
    <Card title={detail?.event.title ?? t('checkin.unknownEvent')}>
      {detail && <p className="event-theme">{detail.event.theme}</p>}
      {/* One live region that stays on the page, so each change of state (queued, confirmed,
          refused) is announced; a status element that appears with its text often is not. */}
      <div role="status" aria-live="polite" aria-atomic="true">
        {checkin ? (
          checkin.pending ? (
            <p className="checkin-state checkin-state--pending">
              <ClockIcon /> {t('checkin.pending')}
            </p>
          ) : (
            <p className="checkin-state checkin-state--done">
              <CheckIcon />{' '}
              {t('checkin.done', { time: formatTime(checkin.createdAt, i18n.language) })}
            </p>
          )
        ) : (
          refusal && (
            <p className="checkin-state checkin-state--refused">
              <AlertIcon /> {t(`checkin.refused.${refusalKey(refusal.code)}`)}
            </p>
          )
        )}
      </div>
      {!checkin && (
        <CodeEntry
          onSubmit={async (code) => {
            await checkInWithCode(eventId, code);
          }}
        />
      )}
    </Card>
  );
}

function refusalKey(code: string): 'bad_code' | 'outside_window' | 'not_found' | 'other' {
  return code === 'bad_code' || code === 'outside_window' || code === 'not_found' ? code : 'other';
}
