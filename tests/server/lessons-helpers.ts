import type { TestServer } from './helpers.ts';
import { push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';

export interface LessonRow {
  id: string;
  title: string;
  org_id: string;
}

/** Seeded lessons by title. */
export async function lessonsByTitle(s: TestServer): Promise<Map<string, LessonRow>> {
  const rows = await s.db.query<LessonRow>('SELECT id, title, org_id FROM lessons');
  return new Map(rows.map((r) => [r.title, r]));
}

export const lessonArgs = (orgId: string, over: Record<string, unknown> = {}) => ({
  id: uuidv7(),
  orgId,
  series: 'lunch',
  title: '测试微党课',
  speaker: '测试讲者',
  summary: '一句话简介',
  body: '## 正文\n\n内容',
  tags: ['测试'],
  durationMin: 10,
  scheduledAt: null,
  venue: null,
  mediaId: null,
  quiz: [],
  ...over,
});

/** Pushes one mutation under a fresh clientId and returns its result. */
export async function pushOne(s: TestServer, token: string, name: string, args: unknown) {
  const r = await push(s, token, uuidv7(), [{ seq: 1, name, args }]);
  if (r.status !== 200) throw new Error(`push ${name}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.results[0]!;
}
