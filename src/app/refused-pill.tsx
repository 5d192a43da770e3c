import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/ui/button.tsx';
import { Dialog } from '../components/ui/dialog.tsx';
import { AlertIcon } from '../components/ui/icons.tsx';
import { dismissAllRefused, useSyncStatus } from '../sync/status.ts';

// The list and its texts load when opened, not with the first screen.
const RefusedList = lazy(() =>
  import('../features/me/refused-list.tsx').then((m) => ({ default: m.RefusedList })),
);

/**
 * "n refused" beside the sync pill while the server has refused something of this member. It
 * opens the list with the reasons, where each one (or all) can be put away; each refusal also
 * shows on the screen it came from, and leaves by itself once the same thing goes through.
 */
export function RefusedPill() {
  const { t } = useTranslation('sync');
  const { t: tCommon } = useTranslation();
  const { refused } = useSyncStatus();
  const [open, setOpen] = useState(false);
  if (refused === 0 && !open) return null;
  const close = () => setOpen(false);
  return (
    <>
      {refused > 0 && (
        <button
          type="button"
          className="sync-pill refused-pill"
          aria-label={t('refusedOpen', { count: refused })}
          aria-haspopup="dialog"
          onClick={() => setOpen(true)}
        >
          <AlertIcon />
          <span className="sync-pill__text">{t('refusedCount', { count: refused })}</span>
        </button>
      )}
      <Dialog
        open={open}
        variant="sheet"
        title={t('refusedTitle')}
        closeLabel={tCommon('close')}
        onClose={close}
        actions={
          <>
            <Button variant="secondary" onClick={close}>
              {tCommon('close')}
            </Button>
            {refused > 0 && (
              <Button
                onClick={() => {
                  void dismissAllRefused();
                  close();
                }}
              >
                {t('refusedAll')}
              </Button>
            )}
          </>
        }
      >
        <Suspense fallback={null}>
          <RefusedList heading={false} onNavigate={close} />
        </Suspense>
      </Dialog>
    </>
  );
}
