import type { Translation } from '../shape.ts';
import type { sync as source } from '../zh-CN/sync.ts';

export const sync = {
  pillLabel: 'Sync status: {{status}}. Tap to sync now',
  offline: 'Offline',
  offlinePending: 'Offline · {{count}} waiting',
  pending: '{{count}} waiting to sync',
  syncing: 'Syncing',
  syncingProgress: 'Syncing {{done}}/{{total}}',
  syncingDone: 'Syncing {{done}}',
  syncedAt: 'Synced at {{time}}',
  never: 'Not synced yet',
  refusedCount: '{{count}} refused',
  error: 'Sync error',
  errorDetail: 'Sync error: {{message}}',
} satisfies Translation<typeof source>;
