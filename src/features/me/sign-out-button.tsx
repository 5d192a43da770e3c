import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { signOut } from '../../sync/sign-in.ts';
import { disablePush } from '../notify/push-client.ts';
import { useSyncStatus } from '../../sync/status.ts';
import './strings.ts';

/**
 * Signing out keeps unsynced items on the phone (docs/sync-protocol.md "The app side": the queue goes out after
 * the same user signs in again), but the member should know before leaving.
 */
export function SignOutButton() {
  const { t } = useTranslation('me');
  const { t: tCommon } = useTranslation('common');
  const { pending } = useSyncStatus();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const leave = async () => {
    setBusy(true);
    try {
      // This phone stops notifying the person leaving (docs/notices.md "Web Push"); offline, the
      // push service's "gone" answer removes the server's row later, so sign-out does not wait.
      await Promise.race([
        disablePush().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 3000)),
      ]);
      await signOut();
      navigate('/signin', { replace: true });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <>
      <Button
        variant="danger"
        block
        disabled={busy}
        onClick={() => (pending > 0 ? setConfirming(true) : void leave())}
      >
        {t('signOut.button')}
      </Button>
      <Dialog
        open={confirming}
        role="alertdialog"
        variant="sheet"
        title={t('signOut.confirmTitle')}
        closeLabel={tCommon('close')}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('signOut.cancel')}
            </Button>
            <Button variant="primary" disabled={busy} onClick={() => void leave()}>
              {t('signOut.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('signOut.confirmBody', { count: pending })}</p>
      </Dialog>
    </>
  );
}
