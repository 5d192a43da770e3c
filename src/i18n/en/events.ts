import type { Translation } from '../shape.ts';
import type { events as source } from '../zh-CN/events.ts';

export const events = {
  title: 'Party days',
  empty: {
    title: 'No party days coming up',
    body: 'When your branch plans one, you can RSVP and check in here.',
  },
  checkin: {
    title: 'Check in',
  },
} satisfies Translation<typeof source>;
