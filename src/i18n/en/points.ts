import type { Translation } from '../shape.ts';
import type { points as source } from '../zh-CN/points.ts';

export const points: Translation<typeof source> = {
  title: 'My points',
  link: 'Points and pioneer index',
  linkHint: 'Earn points by learning, attending party days and serving others',
  back: 'Back to Me',
  total: 'Total points',
  thisMonth: 'This month',
  confirmedNote:
    'Points are worked out by the server from confirmed records and appear after sync.',
  index: {
    title: 'Pioneer index this month',
    value: '{{value}} of 100',
    explain:
      'Learning counts 30%, attendance 40%, service 30%. Each part is full once it meets its target, so no single kind of activity can crowd out the others.',
    trend: 'Pioneer index, last 6 months',
  },
  categories: {
    learning: 'Learning',
    attendance: 'Attendance',
    service: 'Service',
  },
  chart: {
    title: 'Points, last 12 months',
    month: 'Month',
    points: 'Points',
  },
  waiting: {
    title: 'Waiting to sync',
    intro: 'These actions are still on this phone and may earn points once they sync:',
    item: '{{rule}} · {{time}}',
  },
  history: {
    title: 'Points history',
    empty: 'No points yet. Finish a micro-lesson or join a party day to start.',
    capped: 'Limit reached',
    hours: '{{hours}} h',
  },
  rules: {
    lesson_completed: 'Finished a micro-lesson',
    lesson_rated: 'Rated a micro-lesson',
    event_attended: 'Checked in at a party day',
    request_rated: 'Rated a resolved service',
    volunteer_hours: 'Volunteer service',
  },
  pointsValue: '+{{count}}',
  pioneers: {
    link: 'Pioneer ranking (organizers)',
    title: 'Pioneer ranking',
    month: 'Month',
    load: 'Show',
    export: 'Export CSV',
    loading: 'Loading…',
    offline: 'The ranking needs a network connection.',
    error: 'Could not load. Try again later.',
    empty: 'No members this month.',
    rank: 'No. {{rank}}',
    breakdown:
      'Learning {{learning}} · Attendance {{attendance}} · Service {{service}} · {{total}} in all',
    indexValue: 'Pioneer index {{value}}',
    hint: 'Sorted by pioneer index, then total points. A guide for choosing innovation pioneers.',
  },
};
