export const sync = {
  pillLabel: '同步状态：{{status}}。点按立即同步',
  offline: '离线',
  offlinePending: '离线 · {{count}} 项待发送',
  pending: '{{count}} 项待同步',
  syncing: '正在同步',
  syncingProgress: '正在同步 {{done}}/{{total}}',
  syncingDone: '正在同步 {{done}}',
  syncedAt: '{{time}} 已同步',
  never: '尚未同步',
  refusedCount: '{{count}} 项被退回',
  error: '同步出错',
  errorDetail: '同步出错：{{message}}',
};
