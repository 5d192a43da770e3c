import type { Translation } from '../shape.ts';
import type { nav as source } from '../zh-CN/nav.ts';

export const nav = {
  main: 'Main',
  lessons: 'Lessons',
  events: 'Party days',
  services: 'Services',
  admin: 'Workbench',
  me: 'Me',
  inbox: 'Inbox',
  inboxUnread: '{{count}} unread',
} satisfies Translation<typeof source>;
