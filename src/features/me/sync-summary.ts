import type { TFunction } from 'i18next';
import type { useSyncStatus } from '../../sync/status.ts';
import { formatTime } from '../../i18n/format.ts';

type SyncStatus = ReturnType<typeof useSyncStatus>;

export type SyncTone =
  'offline' | 'unreachable' | 'syncing' | 'error' | 'pending' | 'synced' | 'never';

export interface SyncSummary {
  tone: SyncTone;
  /** What the pill shows. */
  text: string;
  /** What a screen reader hears: no progress numbers, so it speaks once per state, not per batch. */
  announcement: string;
}

/**
 * One line for the sync state, most urgent first (docs/sync-protocol.md, "The app side": visible
 * on every screen). Refused items have their own button beside it (refused-pill.tsx): they are
 * about what the member did, not about the connection, and are put away separately.
 */
export function summarizeSync(
  status: SyncStatus,
  t: TFunction<'sync'>,
  locale: string,
): SyncSummary {
  const same = (text: string) => ({ text, announcement: text });
  if (!status.online) {
    const text = status.pending > 0 ? t('offlinePending', { count: status.pending }) : t('offline');
    return { tone: 'offline', ...same(text) };
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
  if (status.unreachable) {
    const text =
      status.pending > 0 ? t('unreachablePending', { count: status.pending }) : t('unreachable');
    return { tone: 'unreachable', ...same(text) };
  }
  if (status.error) return { tone: 'error', ...same(t('error')) };
  if (status.pending > 0)
    return { tone: 'pending', ...same(t('pending', { count: status.pending })) };
  if (status.lastSyncedAt) {
    return {
      tone: 'synced',
      ...same(t('syncedAt', { time: formatTime(status.lastSyncedAt, locale) })),
    };
  }
  return { tone: 'never', ...same(t('never')) };
}
