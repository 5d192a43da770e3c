import { useTranslation } from 'react-i18next';
import {
  AlertIcon,
  CheckIcon,
  ClockIcon,
  CloudOffIcon,
  SyncIcon,
} from '../components/ui/icons.tsx';
import { LiveRegion } from '../components/ui/live-region.tsx';
import { summarizeSync, type SyncTone } from '../features/me/sync-summary.ts';
import { syncNow, useSyncStatus } from '../sync/status.ts';

const ICONS: Record<SyncTone, () => React.JSX.Element> = {
  offline: () => <CloudOffIcon />,
  syncing: () => <SyncIcon />,
  unreachable: () => <CloudOffIcon />,
  error: () => <AlertIcon />,
  pending: () => <ClockIcon />,
  synced: () => <CheckIcon />,
  never: () => <SyncIcon />,
};

/** Sync state on every screen (docs/sync-protocol.md, "The app side"); tapping it syncs now. */
export function SyncPill() {
  const { t, i18n } = useTranslation('sync');
  const status = useSyncStatus();
  const summary = summarizeSync(status, t, i18n.language);
  const Icon = ICONS[summary.tone];
  return (
    <>
      <button
        type="button"
        className={`sync-pill sync-pill--${summary.tone}`}
        aria-label={t('pillLabel', { status: summary.text })}
        onClick={syncNow}
      >
        <Icon />
        <span className="sync-pill__text">{summary.text}</span>
      </button>
      <LiveRegion message={summary.announcement} />
    </>
  );
}
