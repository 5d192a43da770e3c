import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/ui/button.tsx';
import { AlertIcon } from '../components/ui/icons.tsx';
import { dismissWriteFailure, useWriteFailure } from '../sync/write-failures.ts';

/**
 * Says, on whatever screen made it, that a change could not be saved on this device and why
 * (src/sync/write-failures.ts). It stays until put away: the person has to know the change is
 * not there, and what to do about it.
 */
export function WriteFailedNotice() {
  const { t } = useTranslation('sync');
  const failure = useWriteFailure((s) => s.failure);
  const box = useRef<HTMLDivElement>(null);
  // Brought into view on every failure; the key below makes a repeat a new alert, announced again.
  useEffect(() => {
    if (failure) box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [failure]);
  if (!failure) return null;
  return (
    <div className="write-failed" role="alert" ref={box} key={failure.count}>
      <AlertIcon />
      <p>{t(`writeFailed.${failure.kind}`)}</p>
      <Button small variant="secondary" onClick={dismissWriteFailure}>
        {t('writeFailedDismiss')}
      </Button>
    </div>
  );
}
