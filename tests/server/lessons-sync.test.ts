import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startServer, type TestServer } from './helpers.ts';
import { dataOf, pullAll, push } from './sync-helpers.ts';
import { lessonArgs, lessonsByTitle, pushOne, type LessonRow } from './lessons-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import type {
  LessonProgressRecord,
  LessonRatingRecord,
  LessonRecord,
} from '../../src/shared/records.ts';

describe('lessons: visibility, progress and ratings', () => {
  let s: TestServer;
  const t: Record<string, string> = {};
  let lessons: Map<string, LessonRow>;
  let parkLesson: string;
  let branchBLesson: string;

  beforeAll(async () => {
    s = await startServer();
    for (const l of ['member', 'member2', 'outsider', 'organizer', 'staff', 'admin'])
      t[l] = await s.login(l);
    lessons = await lessonsByTitle(s);
    parkLesson = lessons.get('十分钟读懂“两新”组织党建')!.id;
    branchBLesson = lessons.get('楼宇党支部的“红色管家”实践')!.id;
  });
  afterAll(() => s.close());

  const pulled = async (who: string, type: string) =>
    (await pullAll(s, t[who]!, uuidv7())).changes.filter((c) => c.type === type);
  const titlesFor = async (who: string) =>
    new Set((await pulled(who, 'lesson')).map((c) => dataOf<LessonRecord>(c)!.title));

  it('a member gets the lessons of their branch and its ancestors, never another branch’s', async () => {
    const member = await titlesFor('member');
    expect(member.has('初心在身边：创业青年的三件小事')).toBe(true); // park
    expect(member.has('微电影《楼宇里的灯》观后谈')).toBe(true); // district
    expect(member.has('创业公司的个人信息保护小课')).toBe(true); // branch A
    expect(member.has('楼宇党支部的“红色管家”实践')).toBe(false); // branch B
    const outsider = await titlesFor('outsider');
    expect(outsider.has('楼宇党支部的“红色管家”实践')).toBe(true);
    expect(outsider.has('创业公司的个人信息保护小课')).toBe(false);
    // staff at the park: park and district lessons, no branch's
    const staff = await titlesFor('staff');
    expect(staff.has('初心在身边：创业青年的三件小事')).toBe(true);
    expect(staff.has('创业公司的个人信息保护小课')).toBe(false);
    expect((await titlesFor('admin')).size).toBe(lessons.size);
  });

  it('a lesson record carries its media with size, body images and quiz', async () => {
    const c = (await pulled('member', 'lesson')).find(
      (x) => dataOf<LessonRecord>(x)!.title === '初心在身边：创业青年的三件小事',
    );
    const l = dataOf<LessonRecord>(c)!;
    expect(l.media).toMatchObject({ mime: 'audio/mpeg' });
    expect(l.media!.url).toMatch(/^\/api\/media\/[0-9a-f]{64}$/);
    expect(l.media!.bytes).toBeGreaterThan(10_000);
    expect(l.images).toHaveLength(1);
    expect(l.body).toContain(l.images[0]!.url);
    expect(l.quiz.length).toBe(3);
    expect(l).toMatchObject({ series: 'lunch', orgId: s.ids.park, durationMin: 10 });
  });

  it('progress and ratings on a lesson the member cannot see are refused, nothing stored', async () => {
    const p = await pushOne(s, t.member!, 'lesson.progress', {
      lessonId: branchBLesson,
      position: 10,
      completed: true,
    });
    expect(p).toMatchObject({ status: 'rejected', code: 'not_found' });
    const r = await pushOne(s, t.member!, 'lesson.rate', { lessonId: branchBLesson, score: 5 });
    expect(r).toMatchObject({ status: 'rejected', code: 'not_found' });
    const bad = await pushOne(s, t.member!, 'lesson.rate', { lessonId: parkLesson, score: 6 });
    expect(bad).toMatchObject({ status: 'rejected', code: 'invalid_request' });
    const rows = await s.db.query(
      'SELECT 1 FROM lesson_ratings WHERE lesson_id = $1 OR (lesson_id = $2 AND user_id = $3)',
      [branchBLesson, parkLesson, s.ids.users.member],
    );
    expect(rows).toHaveLength(0);
  });

  it('progress and ratings are the member role’s: staff and the admin who see a lesson are refused', async () => {
    const branchA = lessons.get('创业公司的个人信息保护小课')!.id;
    for (const [who, lessonId] of [
      ['staff', parkLesson],
      ['admin', parkLesson],
      ['admin', branchA],
    ] as const) {
      const p = await pushOne(s, t[who]!, 'lesson.progress', {
        lessonId,
        position: 600,
        completed: true,
        quizScore: 100,
      });
      expect(p).toMatchObject({ status: 'rejected', code: 'forbidden' });
      const r = await pushOne(s, t[who]!, 'lesson.rate', { lessonId, score: 5 });
      expect(r).toMatchObject({ status: 'rejected', code: 'forbidden' });
    }
    const ids = [s.ids.users.staff, s.ids.users.admin];
    for (const table of ['lesson_progress', 'lesson_ratings', 'points_entries']) {
      const rows = await s.db.query(`SELECT 1 FROM ${table} WHERE user_id = ANY($1)`, [ids]);
      expect(rows).toHaveLength(0);
    }
  });

  it('lesson.progress keeps the furthest position, never un-completes, keeps the best quiz score — in any sync order', async () => {
    const report = fc.record({
      position: fc.integer({ min: 0, max: 1200 }),
      completed: fc.boolean(),
      quizScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(report, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        async (reports, phones) => {
          // a fresh lesson per run, so each run starts from no progress
          const lesson = lessonArgs(s.ids.branchA);
          expect((await pushOne(s, t.organizer!, 'lesson.save', lesson)).status).toBe('applied');
          // the reports spread over several phones, each phone's queue in its own order
          const queues = Array.from({ length: phones }, () => [] as typeof reports);
          reports.forEach((r, i) => queues[i % phones]!.push(r));
          for (const q of queues.reverse()) {
            const res = await push(
              s,
              t.member!,
              uuidv7(),
              q.map((r, i) => ({
                seq: i + 1,
                name: 'lesson.progress',
                args: { lessonId: lesson.id, ...r },
              })),
            );
            expect(res.body.results.every((x) => x.status === 'applied')).toBe(true);
          }
          const mine = (await pulled('member', 'lesson_progress'))
            .map((c) => dataOf<LessonProgressRecord>(c)!)
            .filter((p) => p.lessonId === lesson.id);
          expect(mine).toHaveLength(1);
          const scores = reports.flatMap((r) => (r.quizScore === undefined ? [] : [r.quizScore]));
          expect(mine[0]).toMatchObject({
            userId: s.ids.users.member,
            position: Math.max(...reports.map((r) => r.position)),
            completed: reports.some((r) => r.completed),
            quizScore: scores.length ? Math.max(...scores) : null,
          });
        },
      ),
      { numRuns: 12 },
    );
  });

  it('progress is private: the member and their organizers see it, colleagues, other branches and staff do not', async () => {
    const r = await pushOne(s, t.member!, 'lesson.progress', {
      lessonId: parkLesson,
      position: 120,
      completed: false,
    });
    expect(r.status).toBe('applied');
    const has = async (who: string) =>
      (await pulled(who, 'lesson_progress')).some(
        (c) =>
          dataOf<LessonProgressRecord>(c)?.lessonId === parkLesson &&
          dataOf<LessonProgressRecord>(c)?.userId === s.ids.users.member,
      );
    expect(await has('member')).toBe(true);
    expect(await has('organizer')).toBe(true);
    expect(await has('member2')).toBe(false);
    expect(await has('outsider')).toBe(false);
    expect(await has('staff')).toBe(false);
  });

  it('an older progress report arriving late changes nothing and produces no change to pull', async () => {
    const client = uuidv7();
    const before = await pullAll(s, t.member!, client);
    const r = await pushOne(s, t.member!, 'lesson.progress', {
      lessonId: parkLesson,
      position: 30,
      completed: false,
    });
    expect(r.status).toBe('applied');
    const after = await pullAll(s, t.member!, client, before.last.cursor);
    expect(after.changes.filter((c) => c.type === 'lesson_progress')).toEqual([]);
  });

  it('lesson.rate keeps one rating per member and lesson; the last one wins, across devices', async () => {
    const lessonId = parkLesson;
    const a = await pushOne(s, t.member!, 'lesson.rate', {
      lessonId,
      score: 3,
      speakerScore: 4,
      comment: '内容有点多',
    });
    expect(a.status).toBe('applied');
    const b = await pushOne(s, t.member!, 'lesson.rate', { lessonId, score: 5, comment: '讲得好' });
    expect(b.status).toBe('applied');
    const ratings = (await pulled('organizer', 'lesson_rating'))
      .map((c) => dataOf<LessonRatingRecord>(c)!)
      .filter((x) => x.lessonId === lessonId && x.userId === s.ids.users.member);
    expect(ratings).toHaveLength(1);
    expect(ratings[0]).toMatchObject({ score: 5, speakerScore: null, comment: '讲得好' });
    const rows = await s.db.query(
      'SELECT 1 FROM lesson_ratings WHERE lesson_id = $1 AND user_id = $2',
      [lessonId, s.ids.users.member],
    );
    expect(rows).toHaveLength(1);
    // a colleague's rating is not the member's to see, and another branch's organizer never sees it
    const seen = async (who: string) =>
      (await pulled(who, 'lesson_rating')).some(
        (c) => dataOf<LessonRatingRecord>(c)?.userId === s.ids.users.member,
      );
    expect(await seen('member2')).toBe(false);
    expect(await seen('outsider')).toBe(false);
    expect(await seen('member')).toBe(true);
  });
});
