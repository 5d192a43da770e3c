import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { ProgressBar } from '../../components/ui/progress-bar.tsx';
import { syncNow, useSyncStatus } from '../../sync/status.ts';
import { RefusedList } from './refused-list.tsx';
import { summarizeSync } from './sync-summary.ts';
import './strings.ts';

export function SyncSection() {
  const { t, i18n } = useTranslation('sync');
  const { t: tMe } = useTranslation('me');
  const status = useSyncStatus();
  const summary = summarizeSync(status, t, i18n.language);
  const progress = status.syncing ? status.progress : null;
  return (
    <section className="card stack" id="sync" aria-labelledby="sync-title">
      <h2 id="sync-title" className="card__title">
        {tMe('sync.title')}
      </h2>
      <p>{summary.text}</p>
      {status.unreachable && !status.syncing ? (
        <p className="muted">{t('unreachableDetail')}</p>
      ) : (
        status.error && <p className="muted">{t('errorDetail', { message: status.error })}</p>
      )}
      {status.syncing && (
        <ProgressBar
          label={t('syncing')}
          showLabel={false}
          value={progress && progress.total !== null ? progress.done : null}
          max={progress?.total ?? 100}
          valueText={
            progress && progress.total !== null ? `${progress.done}/${progress.total}` : undefined
          }
        />
      )}
      {/* Offline, a sync cannot start; a server that did not answer may answer the next try. */}
      <Button variant="secondary" onClick={syncNow} disabled={!status.online || status.syncing}>
        {status.unreachable ? t('retry') : tMe('sync.syncNow')}
      </Button>
      <RefusedList />
    </section>
  );
}
