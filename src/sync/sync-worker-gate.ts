import { installNoticeGate } from './storage-notices.ts';

/**
 * The sync worker's notice gate, installed when this module is evaluated: sync-worker.ts imports
 * it before anything that loads Dexie, which opens its channel as it loads (storage-notices.ts).
 */
export const noticeGate = installNoticeGate();
