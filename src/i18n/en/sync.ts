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
  writeFailed: {
    storage_full:
      'This device is out of storage, so your last change was not saved. Free some space and try again.',
    not_signed_in: 'You are signed out, so your last change was not saved. Sign in and try again.',
    too_large:
      'That is too much to save, so your last change was not saved. Shorten it and try again.',
    other: 'Your last change could not be saved on this device. Please try again.',
  },
  writeFailedDismiss: 'OK',
} satisfies Translation<typeof source>;
