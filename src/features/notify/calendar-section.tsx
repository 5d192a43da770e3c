import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmDialog } from '../../components/ui/confirm-dialog.tsx';
import { formatDate } from '../../i18n/format.ts';
import { getJson, sendJson } from '../../sync/api.ts';
import { shareOrCopy } from './share.ts';
import './strings.ts';
import './notify.css';

interface FeedStatus {
  active: boolean;
  createdAt: string | null;
}

type Note = 'revoked' | 'offline' | 'failed' | 'copied';

const isOffline = (err: unknown) =>
  err instanceof Error && 'code' in err && (err.code === 'network' || err.code === 'timeout');

/**
 * The personal calendar feed on the me page (docs/notices.md "Calendar"): make a link, see it
 * once, copy or open it in the calendar app, replace or turn it off. Needs the network.
 */
export function CalendarSection() {
  const { t, i18n } = useTranslation('notify');
  const [status, setStatus] = useState<FeedStatus | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    let live = true;
    getJson<FeedStatus>('/api/calendar/feed')
      .then((s) => live && setStatus(s))
      .catch((err: unknown) => live && setNote(isOffline(err) ? 'offline' : 'failed'));
    return () => {
      live = false;
    };
  }, []);

  const fail = (err: unknown) => setNote(isOffline(err) ? 'offline' : 'failed');

  const create = async () => {
    setNote(null);
    try {
      const made = await sendJson<{ url: string }>('POST', '/api/calendar/feed');
      setUrl(made.url);
      setStatus({ active: true, createdAt: new Date().toISOString() });
    } catch (err) {
      fail(err);
    }
  };

  const revoke = async () => {
    setConfirming(false);
    setNote(null);
    try {
      await sendJson('DELETE', '/api/calendar/feed');
      setUrl(null);
      setStatus({ active: false, createdAt: null });
      setNote('revoked');
    } catch (err) {
      fail(err);
    }
  };

  const copy = async () => {
    if (!url) return;
    const done = await shareOrCopy(
      { title: t('calendar.title'), url },
      {
        writeText: navigator.clipboard?.writeText
          ? (text) => navigator.clipboard.writeText(text)
          : undefined,
      },
    );
    setNote(done === 'copied' ? 'copied' : 'failed');
  };

  return (
    <section className="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title" className="card__title">
        {t('calendar.title')}
      </h2>
      <p className="muted">{t('calendar.hint')}</p>
      {status === null && note === null && <p>{t('calendar.loading')}</p>}
      {status && !status.active && <p>{t('calendar.none')}</p>}
      {status?.active && !url && status.createdAt && (
        <p>{t('calendar.active', { date: formatDate(status.createdAt, i18n.language) })}</p>
      )}
      {url && (
        <>
          <label className="field__label" htmlFor="calendar-link">
            {t('calendar.linkLabel')}
          </label>
          <textarea
            id="calendar-link"
            className="input calendar-link"
            readOnly
            rows={3}
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p className="muted">{t('calendar.keepSecret')}</p>
          <div className="notify-actions">
            <Button small onClick={() => void copy()}>
              {t('calendar.copy')}
            </Button>
            <a className="btn btn--secondary btn--small" href={url.replace(/^https?:/, 'webcal:')}>
              {t('calendar.open')}
            </a>
          </div>
        </>
      )}
      {status && (
        <div className="notify-actions">
          {!status.active ? (
            <Button variant="secondary" onClick={() => void create()}>
              {t('calendar.create')}
            </Button>
          ) : (
            <>
              <Button variant="secondary" small onClick={() => void create()}>
                {t('calendar.renew')}
              </Button>
              <Button variant="danger" small onClick={() => setConfirming(true)}>
                {t('calendar.revoke')}
              </Button>
            </>
          )}
        </div>
      )}
      {status?.active && <p className="muted">{t('calendar.renewHint')}</p>}
      <p role="status" className="muted">
        {note && t(`calendar.${note}`)}
      </p>
      <ConfirmDialog
        open={confirming}
        title={t('calendar.revokeConfirmTitle')}
        body={t('calendar.revokeConfirmBody')}
        confirmLabel={t('calendar.revokeConfirm')}
        cancelLabel={t('calendar.cancel')}
        onConfirm={() => void revoke()}
        onCancel={() => setConfirming(false)}
        danger
      />
    </section>
  );
}
