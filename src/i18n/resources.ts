import { common as zhCommon } from './zh-CN/common.ts';
import { nav as zhNav } from './zh-CN/nav.ts';
import { auth as zhAuth } from './zh-CN/auth.ts';
import { me as zhMe } from './zh-CN/me.ts';
import { sync as zhSync } from './zh-CN/sync.ts';
import { lessons as zhLessons } from './zh-CN/lessons.ts';
import { events as zhEvents } from './zh-CN/events.ts';
import { requests as zhRequests } from './zh-CN/requests.ts';
import { bookings as zhBookings } from './zh-CN/bookings.ts';
import { points as zhPoints } from './zh-CN/points.ts';
import { refused as zhRefused } from './zh-CN/refused.ts';
import { admin as zhAdmin } from './zh-CN/admin.ts';
import { members as zhMembers } from './zh-CN/members.ts';
import { inbox as zhInbox } from './zh-CN/inbox.ts';
import { reports as zhReports } from './zh-CN/reports.ts';
import { lists as zhLists } from './zh-CN/lists.ts';
import { recruitment as zhRecruitment } from './zh-CN/recruitment.ts';
import { notify as zhNotify } from './zh-CN/notify.ts';
import { transfers as zhTransfers } from './zh-CN/transfers.ts';
import { visits as zhVisits } from './zh-CN/visits.ts';
import { common as enCommon } from './en/common.ts';
import { nav as enNav } from './en/nav.ts';
import { auth as enAuth } from './en/auth.ts';
import { me as enMe } from './en/me.ts';
import { sync as enSync } from './en/sync.ts';
import { lessons as enLessons } from './en/lessons.ts';
import { events as enEvents } from './en/events.ts';
import { requests as enRequests } from './en/requests.ts';
import { bookings as enBookings } from './en/bookings.ts';
import { points as enPoints } from './en/points.ts';
import { refused as enRefused } from './en/refused.ts';
import { admin as enAdmin } from './en/admin.ts';
import { members as enMembers } from './en/members.ts';
import { inbox as enInbox } from './en/inbox.ts';
import { reports as enReports } from './en/reports.ts';
import { lists as enLists } from './en/lists.ts';
import { recruitment as enRecruitment } from './en/recruitment.ts';
import { notify as enNotify } from './en/notify.ts';
import { transfers as enTransfers } from './en/transfers.ts';
import { visits as enVisits } from './en/visits.ts';

// Bundled with the app so texts work offline and on the first paint (no fetch of locale files).
export const zhCN = {
  common: zhCommon,
  nav: zhNav,
  auth: zhAuth,
  me: zhMe,
  sync: zhSync,
  lessons: zhLessons,
  events: zhEvents,
  requests: zhRequests,
  bookings: zhBookings,
  points: zhPoints,
  refused: zhRefused,
  admin: zhAdmin,
  members: zhMembers,
  inbox: zhInbox,
  reports: zhReports,
  lists: zhLists,
  recruitment: zhRecruitment,
  notify: zhNotify,
  transfers: zhTransfers,
  visits: zhVisits,
};

export const en = {
  common: enCommon,
  nav: enNav,
  auth: enAuth,
  me: enMe,
  sync: enSync,
  lessons: enLessons,
  events: enEvents,
  requests: enRequests,
  bookings: enBookings,
  points: enPoints,
  refused: enRefused,
  admin: enAdmin,
  members: enMembers,
  inbox: enInbox,
  reports: enReports,
  lists: enLists,
  recruitment: enRecruitment,
  notify: enNotify,
  transfers: enTransfers,
  visits: enVisits,
} satisfies Record<keyof typeof zhCN, unknown>;

export const NAMESPACES = Object.keys(zhCN) as (keyof typeof zhCN)[];
