import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/db.ts';
import { META, writeMeta } from '../../../../src/db/meta.ts';
import { clearRecords } from '../../../../src/db/clear-records.ts';
import { LessonsPage } from '../../../../src/features/lessons/lessons-page.tsx';
import { uuidv7 } from '../../../../src/shared/ids.ts';
import type {
  LessonRatingRecord,
  LessonRecord,
  LessonSeries,
} from '../../../../src/shared/records.ts';
import { renderAt, useFreshDevice } from '../../app/setup-app.tsx';

// user-event walks radio groups with CSS.escape, which jsdom does not provide.
if (typeof CSS === 'undefined' || !CSS.escape) {
  Object.assign(globalThis, {
    CSS: { escape: (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`) },
  });
}

// fake-indexeddb walks thousands of rows far slower than a phone's IndexedDB does
const SLOW = { timeout: 20_000 };
// and the screens wait on IndexedDB, so give every findBy more than the default second
configure({ asyncUtilTimeout: 5000 });
const ORG = '0195a000-0000-7000-8000-0000000000b1';
const ME = '0195a000-0000-7000-8000-0000000000a1';

function lesson(n: number, over: Partial<LessonRecord> = {}): LessonRecord {
  const series: LessonSeries[] = ['lunch', 'weekend', 'film', 'forum'];
  const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    id: uuidv7(Date.UTC(2026, 0, 1) + n),
    orgId: ORG,
    series: series[n % 4]!,
    title: `第 ${n} 课`,
    speaker: `讲者${n % 7}`,
    summary: '',
    body: `正文 ${n}`,
    tags: n % 10 === 0 ? ['初心'] : ['日常'],
    durationMin: 10,
    scheduledAt: null,
    venue: null,
    media: null,
    images: [],
    quiz: [],
    userId: ORG,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

async function signInAs(roles: string[]) {
  await writeMeta(db, META.session, {
    token: 'token-token-token-token',
    user: { id: ME, name: '陈晓创', login: 'member', roles, orgId: ORG, groups: [] },
    card: null,
  });
  await writeMeta(db, META.dataUser, ME);
}

const app = (path: string) =>
  renderAt(
    <Routes>
      <Route path="lessons/*" element={<LessonsPage />} />
    </Routes>,
    path,
  );

describe('lesson screens', () => {
  useFreshDevice();
  beforeEach(async () => {
    await db.transaction('rw', db.tables, async () => {
      await clearRecords(db);
      await db.outbox.clear();
      await db.meta.clear();
    });
  });
  afterEach(() => undefined);

  it('shows one page of thousands of lessons, filters by series and finds by tag', async () => {
    await db.lessons.bulkPut(Array.from({ length: 2000 }, (_, i) => lesson(i)));
    await signInAs(['member']);
    const user = userEvent.setup();
    app('/lessons');
    const list = await screen.findByRole('list', { name: '课程列表' });
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(30), SLOW);
    // newest first
    expect(within(list).getAllByRole('link')[0]!.textContent).toContain('第 1999 课');
    await user.click(screen.getByRole('button', { name: '显示更多' }));
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(60), SLOW);

    await user.click(screen.getByRole('tab', { name: '微电影' }));
    await waitFor(() => {
      const rows = within(screen.getByRole('list', { name: '课程列表' })).getAllByRole('link');
      expect(rows.every((r) => r.textContent?.includes('微电影'))).toBe(true);
    }, SLOW);

    await user.click(screen.getByRole('tab', { name: '全部' }));
    await user.click(screen.getByRole('searchbox', { name: '搜索课程或标签' }));
    await user.paste('#初心');
    await waitFor(() => {
      const rows = within(screen.getByRole('list', { name: '课程列表' })).getAllByRole('link');
      expect(rows.length).toBe(30);
      expect(rows.every((r) => r.textContent?.includes('#初心'))).toBe(true);
    }, SLOW);
    await user.clear(screen.getByRole('searchbox', { name: '搜索课程或标签' }));
    await user.paste('没有这个词');
    expect(await screen.findByText('没有找到与“没有这个词”相关的课程。', {}, SLOW)).toBeTruthy();
  }, 120_000);

  it('lists upcoming live sessions with time and venue', async () => {
    const soon = new Date(Date.now() + 2 * 86400_000).toISOString();
    await db.lessons.bulkPut([
      lesson(1, { title: '现场课', scheduledAt: soon, venue: '红色会客厅' }),
      lesson(2, { title: '过去的课', scheduledAt: '2020-01-01T04:00:00.000Z', venue: '旧址' }),
    ]);
    await signInAs(['member']);
    app('/lessons');
    const card = (await screen.findByRole('heading', { name: '近期现场课' })).closest('section')!;
    expect(within(card).getByText('现场课')).toBeTruthy();
    expect(within(card).getByText(/红色会客厅/)).toBeTruthy();
    expect(within(card).queryByText('过去的课')).toBeNull();
  });

  it(
    'renders the body as Markdown without raw HTML, marks complete and rates offline',
    {
      timeout: 30_000,
    },
    async () => {
      const l = lesson(5, {
        title: '带正文的课',
        body: '## 小标题\n\n<b>不该加粗</b><img src=x onerror="alert(1)">\n\n**真的加粗**',
        quiz: [{ q: '一加一', options: ['一', '二'], answer: 1 }],
      });
      await db.lessons.put(l);
      await signInAs(['member']);
      const user = userEvent.setup();
      const { container } = app(`/lessons/${l.id}`);
      expect(await screen.findByRole('heading', { level: 2, name: '小标题' })).toBeTruthy();
      expect(screen.getByText('真的加粗').tagName).toBe('STRONG');
      expect(container.querySelector('b')).toBeNull();
      expect(container.querySelector('img')).toBeNull();

      await user.click(screen.getByRole('button', { name: '标记为已学完' }));
      expect(await screen.findByText('已学完这节课')).toBeTruthy();

      await user.click(screen.getByRole('radio', { name: '二' }));
      await user.click(screen.getByRole('button', { name: '交卷' }));
      expect(await screen.findByText('得分：100 分')).toBeTruthy();

      const content = screen.getByRole('group', { name: '课程内容' });
      await user.click(within(content).getByRole('radio', { name: '4 星' }));
      await user.type(screen.getByLabelText('说说你的收获或建议（选填）'), '很实用');
      await user.click(screen.getByRole('button', { name: '提交评价' }));
      expect(await screen.findByText('评价已保存，可以随时修改。')).toBeTruthy();
      expect(await db.lessonRatings.toArray()).toMatchObject([
        { userId: ME, lessonId: l.id, score: 4, comment: '很实用' },
      ]);
      expect((await db.outbox.toArray()).map((e) => e.name)).toEqual([
        'lesson.progress',
        'lesson.progress',
        'lesson.rate',
      ]);
      expect(await db.lessonProgress.toArray()).toMatchObject([
        { completed: true, quizScore: 100 },
      ]);
      // the form now offers to change the rating
      expect(await screen.findByRole('button', { name: '更新评价' })).toBeTruthy();
    },
  );

  it('lets staff without the member role read and try the quiz, but records and rates nothing', async () => {
    const l = lesson(6, {
      title: '给服务部门看的课',
      quiz: [{ q: '一加一', options: ['一', '二'], answer: 1 }],
    });
    await db.lessons.put(l);
    await signInAs(['staff']);
    const user = userEvent.setup();
    app(`/lessons/${l.id}`);
    expect(await screen.findByText(/只为党员保存/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '标记为已学完' })).toBeNull();
    expect(screen.queryByRole('button', { name: '提交评价' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: '二' }));
    await user.click(screen.getByRole('button', { name: '交卷' }));
    expect(await screen.findByText('得分：100 分')).toBeTruthy();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.lessonProgress.count()).toBe(0);
  });

  it('says so when a lesson was withdrawn', async () => {
    await signInAs(['member']);
    app(`/lessons/${uuidv7()}`);
    expect(await screen.findByText('这节课不存在或已撤回')).toBeTruthy();
  });

  it('gives organizers an overview that counts each member once', async () => {
    const l = lesson(7, { title: '被评价的课', speaker: '王讲者' });
    await db.lessons.put(l);
    const rating = (userId: string, score: number, comment: string | null, updatedAt: string) =>
      ({
        id: uuidv7(),
        userId,
        lessonId: l.id,
        score,
        speakerScore: null,
        comment,
        createdAt: updatedAt,
        updatedAt,
      }) satisfies LessonRatingRecord;
    const A = uuidv7();
    const B = uuidv7();
    await db.lessonRatings.bulkPut([
      rating(A, 5, '讲得好', '2026-01-02T00:00:00Z'),
      rating(B, 3, null, '2026-01-01T00:00:00Z'),
    ]);
    await db.lessonProgress.put({
      id: uuidv7(),
      userId: A,
      lessonId: l.id,
      position: 0,
      completed: true,
      quizScore: null,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    await signInAs(['organizer', 'member']);
    app('/lessons/overview');
    const card = (await screen.findByRole('heading', { name: '被评价的课', level: 3 })).closest(
      'article',
    )!;
    expect(within(card).getByText('平均 4 分')).toBeTruthy();
    expect(within(card).getByText('2 人评价')).toBeTruthy();
    expect(within(card).getByText('1 人学完')).toBeTruthy();
    expect(within(card).getAllByText('讲得好')).toHaveLength(1);
    expect(within(card).getByRole('img', { name: '《被评价的课》评分分布' })).toBeTruthy();
    const speaker = (await screen.findByRole('heading', { name: '王讲者', level: 3 })).closest(
      'article',
    )!;
    expect(speaker.textContent).toContain('1 节课');
    await act(async () => undefined);
  });
});
