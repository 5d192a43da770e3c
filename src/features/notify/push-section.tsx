import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { Switch } from '../../components/ui/switch.tsx';
import {
  currentSubscription,
  disablePush,
  enablePush,
  pushSupport,
  sendTestPush,
} from './push-client.ts';
import './strings.ts';
import './notify.css';

type Note =
  | 'enabled'
  | 'disabled'
  | 'denied'
  | 'unsupported'
  | 'offline'
  | 'failed'
  | 'testSent'
  | 'testNone';

const isOffline = (err: unknown) =>
  err instanceof Error && 'code' in err && (err.code === 'network' || err.code === 'timeout');

/** The me page's notification switch (docs/notices.md "Web Push"): asks permission only when tapped. */
export function PushSection() {
  const { t } = useTranslation('notify');
  const support = pushSupport();
  const [on, setOn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note | null>(null);

  useEffect(() => {
    let live = true;
    currentSubscription()
      .then((sub) => live && setOn(sub !== null && Notification.permission === 'granted'))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const toggle = async (want: boolean) => {
    setBusy(true);
    setNote(null);
    try {
      if (want) {
        const result = await enablePush();
        setOn(result === 'on');
        setNote(result === 'on' ? 'enabled' : result);
      } else {
        await disablePush();
        setOn(false);
        setNote('disabled');
      }
    } catch (err) {
      setNote(isOffline(err) ? 'offline' : 'failed');
    } finally {
      setBusy(false);
    }
  };

  const test = async () => {
    setNote(null);
    try {
      setNote((await sendTestPush()) > 0 ? 'testSent' : 'testNone');
    } catch (err) {
      setNote(isOffline(err) ? 'offline' : 'failed');
    }
  };

  return (
    <section className="card" aria-labelledby="push-title">
      <h2 id="push-title" className="card__title">
        {t('push.title')}
      </h2>
      {support === 'supported' ? (
        <>
          <Switch
            label={t('push.label')}
            hint={busy ? t('push.working') : t('push.hint')}
            checked={on}
            onChange={(want) => void (busy ? undefined : toggle(want))}
            onText={t('push.on')}
            offText={t('push.off')}
          />
          {on && (
            <div className="notify-actions">
              <Button variant="secondary" small onClick={() => void test()}>
                {t('push.test')}
              </Button>
            </div>
          )}
        </>
      ) : (
        <p className="muted">
          {support === 'ios-install-first' ? t('push.iosInstall') : t('push.unsupported')}
        </p>
      )}
      <p role="status" className="muted">
        {note && t(`push.${note}`)}
      </p>
    </section>
  );
}
