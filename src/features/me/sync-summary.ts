import type { TFunction } from 'i18next';
import type { useSyncStatus } from '../../sync/status.ts';
import { formatTime } from '../../i18n/format.ts';

type SyncStatus = ReturnType<typeof useSyncStatus>;

export type SyncTone = 'offline' | 'syncing' | 'error' | 'refused' | 'pending' | 'synced' | 'never';

export interface SyncSummary {
  tone: SyncTone;
  /** What the pill shows. */
  text: string;
  /** What a screen reader hears: no progress numbers, so it speaks once per state, not per batch. */
  announcement: string;
}

/** One line for the sync state, most urgent first (SYNC.md "The app side": visible on every screen). */
export function summarizeSync(
  status: SyncStatus,
  t: TFunction<'sync'>,
  locale: string,
): SyncSummary {
  const refused = status.refused > 0 ? t('refusedCount', { count: status.refused }) : null;
  const withRefused = (text: string) => (refused ? `${text} · ${refused}` : text);

  if (!status.online) {
    const text = status.pending > 0 ? t('offlinePending', { count: status.pending }) : t('offline');
    return { tone: 'offline', text: withRefused(text), announcement: withRefused(text) };
  }
  if (status.syncing) {
    const progress = status.progress;
    const text = !progress
      ? t('syncing')
      : progress.total === null
        ? t('syncingDone', { done: progress.done })
        : t('syncingProgress', { done: progress.done, total: progress.total });
    return { tone: 'syncing', text, announcement: t('syncing') };
  }
  if (status.error) {
    return { tone: 'error', text: withRefused(t('error')), announcement: withRefused(t('error')) };
  }
  if (refused) {
    const text =
      status.pending > 0 ? `${t('pending', { count: status.pending })} · ${refused}` : refused;
    return { tone: 'refused', text, announcement: text };
  }
  if (status.pending > 0) {
    const text = t('pending', { count: status.pending });
    return { tone: 'pending', text, announcement: text };
  }
  if (status.lastSyncedAt) {
    const text = t('syncedAt', { time: formatTime(status.lastSyncedAt, locale) });
    return { tone: 'synced', text, announcement: text };
  }
  return { tone: 'never', text: t('never'), announcement: t('never') };
}
