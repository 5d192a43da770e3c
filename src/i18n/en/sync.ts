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
  unreachable: 'Server unreachable',
  unreachablePending: 'Server unreachable · {{count}} waiting',
  unreachableDetail:
    'Your network works, but the server is not answering; it may be under maintenance. Everything is kept on this phone and sent later on its own, or tap Retry.',
  retry: 'Retry',
  refusedOpen: '{{count}} refused, tap to see them',
  refusedAll: 'Dismiss all',
  refusedTitle: 'Refused items',
  error: 'Sync error',
  errorDetail: 'Sync error: {{message}}',
} satisfies Translation<typeof source>;
