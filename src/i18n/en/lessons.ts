import type { Translation } from '../shape.ts';
import type { lessons as source } from '../zh-CN/lessons.ts';

export const lessons = {
  title: 'Micro-lessons',
  empty: {
    title: 'No lessons yet',
    body: 'Lessons your branch publishes show up here. Download them to learn offline.',
  },
} satisfies Translation<typeof source>;
