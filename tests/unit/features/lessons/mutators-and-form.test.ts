import { describe, expect, it } from 'vitest';
import { device, LESSON, world } from '../../sync/helpers.ts';
import {
  cstLocalToIso,
  emptyForm,
  formFromLesson,
  isoToCstLocal,
  lessonArgsFromForm,
  splitTags,
} from '../../../../src/features/lessons/editor-form.ts';
import { lessonSave } from '../../../../src/shared/mutations/lessons.ts';
import type { LessonRecord } from '../../../../src/shared/records.ts';

const ORG = '0195a000-0000-7000-8000-0000000000b1';

async function signedIn() {
  const w = world();
  const phone = device(w.server);
  await phone.signIn('alice');
  return { ...w, phone, db: phone.db };
}

describe('lesson mutators on the phone', () => {
  it('lesson.save shows the lesson at once; lesson.withdraw removes it', async () => {
    const { phone, db, alice } = await signedIn();
    const f = {
      ...emptyForm(ORG),
      title: '离线写的课',
      speaker: '林书记',
      tags: '初心，#入门 初心',
    };
    const args = lessonArgsFromForm(f)!;
    await phone.mutate('lesson.save', args);
    expect(await db.lessons.get(args.id)).toMatchObject({
      title: '离线写的课',
      tags: ['初心', '入门'],
      userId: alice.id,
      media: null,
      images: [],
      pending: true,
    });
    await phone.mutate('lesson.withdraw', { lessonId: args.id });
    expect(await db.lessons.get(args.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(2);
  });

  it('lesson.progress keeps the best quiz score and the furthest position', async () => {
    const { phone, db, alice } = await signedIn();
    await phone.mutate('lesson.progress', {
      lessonId: LESSON,
      position: 40,
      completed: false,
      quizScore: 80,
    });
    await phone.mutate('lesson.progress', {
      lessonId: LESSON,
      position: 10,
      completed: true,
      quizScore: 50,
    });
    expect(
      await db.lessonProgress.where('[userId+lessonId]').equals([alice.id, LESSON]).first(),
    ).toMatchObject({
      position: 40,
      completed: true,
      quizScore: 80,
    });
  });

  it('lesson.rate keeps one rating with the speaker score, the last one winning', async () => {
    const { phone, db } = await signedIn();
    await phone.mutate('lesson.rate', {
      lessonId: LESSON,
      score: 3,
      speakerScore: 5,
      comment: '好',
    });
    await phone.mutate('lesson.rate', { lessonId: LESSON, score: 4 });
    const all = await db.lessonRatings.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ score: 4, speakerScore: null, comment: null });
  });
});

describe('lesson editor form', () => {
  it('reads a datetime-local value as China Standard Time, both ways', () => {
    expect(cstLocalToIso('2026-05-02T12:10')).toBe('2026-05-02T04:10:00.000Z');
    expect(isoToCstLocal('2026-05-02T04:10:00.000Z')).toBe('2026-05-02T12:10');
    expect(cstLocalToIso('')).toBeNull();
  });

  it('splits tags on Chinese and Latin separators, without duplicates', () => {
    expect(splitTags('初心，入门、#党建 初心, 读书')).toEqual(['初心', '入门', '党建', '读书']);
  });

  it('builds args the shared schema accepts, and refuses a form without title or speaker', () => {
    const f = {
      ...emptyForm(ORG),
      title: ' 标题 ',
      speaker: '讲者',
      scheduledAt: '2026-05-02T12:10',
      quiz: [
        { q: '一题', options: '甲\n乙\n\n', answer: 5 },
        { q: '', options: '甲\n乙', answer: 0 },
      ],
    };
    const args = lessonArgsFromForm(f)!;
    expect(lessonSave.safeParse(args).success).toBe(true);
    expect(args.title).toBe('标题');
    expect(args.quiz).toEqual([{ q: '一题', options: ['甲', '乙'], answer: 1 }]);
    expect(lessonArgsFromForm({ ...f, speaker: ' ' })).toBeNull();
    expect(lessonArgsFromForm({ ...f, durationMin: '0' })).toBeNull();
  });

  it('round-trips a lesson through the form', () => {
    const lesson: LessonRecord = {
      id: '0195a000-0000-7000-8000-0000000000c1',
      orgId: ORG,
      series: 'film',
      title: '微电影',
      speaker: '宣传组',
      summary: '简介',
      body: '正文',
      tags: ['微电影', '楼宇'],
      durationMin: 15,
      scheduledAt: '2026-05-05T02:00:00.000Z',
      venue: '会客厅',
      media: { url: `/api/media/${'a'.repeat(64)}`, mime: 'video/mp4', bytes: 1000 },
      images: [],
      quiz: [{ q: '问', options: ['是', '否'], answer: 0 }],
      userId: ORG,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const args = lessonArgsFromForm(formFromLesson(lesson))!;
    expect(args).toMatchObject({
      id: lesson.id,
      series: 'film',
      tags: ['微电影', '楼宇'],
      scheduledAt: lesson.scheduledAt,
      venue: '会客厅',
      mediaId: 'a'.repeat(64),
      quiz: lesson.quiz,
    });
  });
});
