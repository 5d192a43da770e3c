export const nav = {
  main: '主导航',
  lessons: '微党课',
  events: '主题党日',
  services: '服务',
  admin: '工作台',
  me: '我的',
  inbox: '通知',
  inboxUnread: '{{count}} 条未读',
};
