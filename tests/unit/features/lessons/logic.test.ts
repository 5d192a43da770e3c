import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreQuiz } from '../../../../src/features/lessons/quiz-score.ts';
import {
  matchesLesson,
  normalizeQuery,
  upcomingSessions,
} from '../../../../src/features/lessons/lesson-search.ts';
import { buildOverview } from '../../../../src/features/lessons/lesson-overview.ts';
import { downloadSize, lessonAssets } from '../../../../src/features/lessons/lesson-assets.ts';
import type { LessonRatingRecord } from '../../../../src/shared/records.ts';

const quiz = [
  { q: 'a', options: ['x', 'y'], answer: 1 },
  { q: 'b', options: ['x', 'y', 'z'], answer: 2 },
  { q: 'c', options: ['x', 'y'], answer: 0 },
];

describe('knowledge check', () => {
  it('scores the share of right answers, unanswered counting as wrong', () => {
    expect(scoreQuiz(quiz, [1, 2, 0])).toBe(100);
    expect(scoreQuiz(quiz, [1, null, 1])).toBe(33);
    expect(scoreQuiz(quiz, [])).toBe(0);
    expect(scoreQuiz([], [])).toBe(0);
  });
});

describe('search and upcoming sessions', () => {
  const l = { title: '十分钟读懂“两新”组织党建', speaker: '林书记', tags: ['入门', '联合党支部'] };
  it('matches title, speaker and tags, with or without #', () => {
    expect(matchesLesson(l, normalizeQuery('两新'))).toBe(true);
    expect(matchesLesson(l, normalizeQuery('#入门'))).toBe(true);
    expect(matchesLesson(l, normalizeQuery(' 林书记 '))).toBe(true);
    expect(matchesLesson(l, normalizeQuery('合规'))).toBe(false);
    expect(matchesLesson(l, normalizeQuery(''))).toBe(true);
  });
  it('lists sessions still to come or running, soonest first', () => {
    const now = new Date('2026-05-01T04:00:00Z');
    const at = (iso: string | null, id: string, durationMin = 10) => ({
      id,
      scheduledAt: iso,
      durationMin,
    });
    const list = [
      at('2026-05-03T04:00:00Z', 'later'),
      at(null, 'recorded'),
      at('2026-04-30T04:00:00Z', 'past'),
      at('2026-05-01T03:55:00Z', 'running'),
      at('2026-05-02T04:00:00Z', 'soon'),
    ];
    expect(upcomingSessions(list, now).map((x) => x.id)).toEqual(['running', 'soon', 'later']);
  });
});

describe('download size', () => {
  it('adds media, images and the text', () => {
    const l = {
      title: '课',
      summary: '',
      body: 'ab',
      media: { url: '/api/media/a', mime: 'audio/mpeg', bytes: 1000 },
      images: [{ url: '/api/media/b', mime: 'image/png', bytes: 200 }],
    };
    expect(lessonAssets(l).map((a) => a.url)).toEqual(['/api/media/a', '/api/media/b']);
    expect(downloadSize(l)).toBe(1000 + 200 + 3 + 2);
  });
});

describe('organizer overview', () => {
  const lessons = [
    { id: 'L1', title: '一', speaker: '甲', series: 'lunch' as const },
    { id: 'L2', title: '二', speaker: '甲', series: 'film' as const },
    { id: 'L3', title: '三', speaker: '乙', series: 'forum' as const },
  ];
  const rating = (
    userId: string,
    lessonId: string,
    score: number,
    updatedAt: string,
    extra: Partial<LessonRatingRecord> = {},
  ): LessonRatingRecord => ({
    id: `${userId}-${lessonId}-${updatedAt}`,
    userId,
    lessonId,
    score,
    speakerScore: null,
    comment: null,
    createdAt: updatedAt,
    updatedAt,
    ...extra,
  });

  it('averages, distributes and counts each member once per lesson', () => {
    const o = buildOverview(
      lessons,
      [
        { userId: 'u1', lessonId: 'L1', completed: true },
        { userId: 'u2', lessonId: 'L1', completed: false },
        { userId: 'u3', lessonId: 'L2', completed: true },
      ],
      [
        rating('u1', 'L1', 2, '2026-01-01', { comment: '旧的' }),
        // the same member's newer rating replaces the older one
        rating('u1', 'L1', 5, '2026-01-02', { comment: '好', speakerScore: 4 }),
        rating('u2', 'L1', 4, '2026-01-01'),
        rating('u3', 'L3', 3, '2026-01-01', { comment: '一般' }),
      ],
    );
    const l1 = o.lessons.find((l) => l.lesson.id === 'L1')!;
    expect(l1.ratings).toEqual({ count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] });
    expect(l1.speaker.average).toBe(4);
    expect(l1.comments.map((c) => c.comment)).toEqual(['好']);
    expect([l1.completed, l1.started]).toEqual([1, 2]);
    const l2 = o.lessons.find((l) => l.lesson.id === 'L2')!;
    expect(l2.ratings.average).toBeNull();
    expect(l2.completed).toBe(1);
    expect(o.speakers).toEqual([
      {
        speaker: '甲',
        lessons: 2,
        ratings: { count: 2, average: 4, distribution: [0, 0, 0, 2, 0] },
      },
      {
        speaker: '乙',
        lessons: 1,
        ratings: { count: 1, average: 3, distribution: [0, 0, 1, 0, 0] },
      },
    ]);
  });

  it('never counts a member twice, whatever duplicates a phone holds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            user: fc.constantFrom('u1', 'u2', 'u3'),
            score: fc.integer({ min: 1, max: 5 }),
            day: fc.integer({ min: 10, max: 28 }),
          }),
        ),
        (rs) => {
          const o = buildOverview(
            lessons,
            [],
            rs.map((r, i) => ({
              ...rating(r.user, 'L1', r.score, `2026-01-${r.day}`),
              id: `r${i}`,
            })),
          );
          const l1 = o.lessons[0]!;
          expect(l1.ratings.count).toBe(new Set(rs.map((r) => r.user)).size);
          expect(l1.ratings.distribution.reduce((a, b) => a + b, 0)).toBe(l1.ratings.count);
        },
      ),
    );
  });
});
