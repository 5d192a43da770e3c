import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { auth, startServer, type TestServer } from './helpers.ts';
import { dataOf, pullAll } from './sync-helpers.ts';
import { lessonArgs, pushOne } from './lessons-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import type { LessonRecord } from '../../src/shared/records.ts';

// The seed image plus trailing bytes: a valid PNG that no seeded lesson uses yet.
const png = Buffer.concat([
  readFileSync(new URL('../../src/server/seed/assets/three-steps.png', import.meta.url)),
  randomBytes(16),
]);

describe('lessons: organizers publish, edit and withdraw', () => {
  let s: TestServer;
  const t: Record<string, string> = {};
  beforeAll(async () => {
    s = await startServer();
    for (const l of ['member', 'member2', 'outsider', 'organizer', 'staff'])
      t[l] = await s.login(l);
  });
  afterAll(() => s.close());

  const lessonIn = async (who: string, id: string, cursor?: string, client = uuidv7()) => {
    const { changes, last } = await pullAll(s, t[who]!, client, cursor);
    return { change: changes.find((c) => c.type === 'lesson' && c.id === id), cursor: last.cursor };
  };

  it('only organizers managing the org may publish there', async () => {
    const byMember = await pushOne(s, t.member!, 'lesson.save', lessonArgs(s.ids.branchA));
    expect(byMember).toMatchObject({ status: 'rejected', code: 'forbidden' });
    // the branch A organizer does not manage the park above it, nor branch B beside it
    for (const org of [s.ids.park, s.ids.branchB]) {
      const r = await pushOne(s, t.organizer!, 'lesson.save', lessonArgs(org));
      expect(r).toMatchObject({ status: 'rejected', code: 'forbidden' });
    }
    expect(await s.db.query("SELECT 1 FROM lessons WHERE title = '测试微党课'")).toHaveLength(0);
  });

  it('a published lesson reaches the branch’s members and not another branch; an edit replaces it', async () => {
    const args = lessonArgs(s.ids.branchA, {
      title: '新课：学习小组怎么带',
      tags: ['带教', '带教', '学习'],
      scheduledAt: new Date(Date.now() + 86400_000).toISOString(),
      venue: '创客联合党支部活动室',
      quiz: [{ q: '一题', options: ['甲', '乙'], answer: 1 }],
    });
    expect((await pushOne(s, t.organizer!, 'lesson.save', args)).status).toBe('applied');
    const client = uuidv7();
    const first = await lessonIn('member', args.id, undefined, client);
    expect(dataOf<LessonRecord>(first.change)).toMatchObject({
      title: '新课：学习小组怎么带',
      tags: ['带教', '学习'],
      venue: '创客联合党支部活动室',
      userId: s.ids.users.organizer,
      media: null,
      images: [],
    });
    expect((await lessonIn('outsider', args.id)).change).toBeUndefined();
    // resending the same save (a new clientId after a restore) is applied and changes nothing else
    expect((await pushOne(s, t.organizer!, 'lesson.save', args)).status).toBe('applied');
    const edit = { ...args, title: '新课：学习小组怎么带（修订）' };
    expect((await pushOne(s, t.organizer!, 'lesson.save', edit)).status).toBe('applied');
    const next = await lessonIn('member', args.id, first.cursor, client);
    expect(dataOf<LessonRecord>(next.change)?.title).toBe('新课：学习小组怎么带（修订）');
    expect(await s.db.query('SELECT 1 FROM lessons WHERE id = $1', [args.id])).toHaveLength(1);
  });

  it('refuses bad lessons with a clear code and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ quiz: [{ q: '一题', options: ['甲', '乙'], answer: 2 }] }, 'invalid_request'],
      [{ mediaId: 'a'.repeat(64) }, 'not_found'],
      [{ body: `![图](/api/media/${'b'.repeat(64)})` }, 'not_found'],
      [{ title: '' }, 'invalid_request'],
      [{ series: 'podcast' }, 'invalid_request'],
      [{ extra: 1 }, 'invalid_request'],
    ];
    for (const [over, code] of cases) {
      const args = lessonArgs(s.ids.branchA, over);
      const r = await pushOne(s, t.organizer!, 'lesson.save', args);
      expect(r, JSON.stringify(over)).toMatchObject({ status: 'rejected', code });
      expect(await s.db.query('SELECT 1 FROM lessons WHERE id = $1', [args.id])).toHaveLength(0);
    }
  });

  it('a lesson cannot move to another org; someone else’s lesson id is a conflict', async () => {
    const args = lessonArgs(s.ids.branchA);
    await pushOne(s, t.organizer!, 'lesson.save', args);
    const moved = await pushOne(s, t.organizer!, 'lesson.save', { ...args, orgId: s.ids.groupA1 });
    expect(moved).toMatchObject({ status: 'rejected', code: 'invalid_request' });
    // a branch B lesson id reused by the branch A organizer for a branch A lesson
    const [bLesson] = await s.db.query<{ id: string }>('SELECT id FROM lessons WHERE org_id = $1', [
      s.ids.branchB,
    ]);
    const stolen = await pushOne(
      s,
      t.organizer!,
      'lesson.save',
      lessonArgs(s.ids.branchA, { id: bLesson!.id }),
    );
    expect(stolen).toMatchObject({ status: 'rejected', code: 'conflict' });
  });

  it('withdrawal: a tombstone reaches phones that held the lesson, its media stops being served', async () => {
    const up = await s.app.inject({
      method: 'POST',
      url: '/api/media',
      headers: { ...auth(t.organizer!), 'content-type': 'image/png' },
      payload: png,
    });
    expect(up.statusCode).toBe(201);
    const { id: mediaId, url } = up.json() as { id: string; url: string };
    // unpublished media: only its org's organizers, signed in
    expect((await s.app.inject({ url })).statusCode).toBe(404);
    expect((await s.app.inject({ url, headers: auth(t.member!) })).statusCode).toBe(404);
    expect((await s.app.inject({ url, headers: auth(t.organizer!) })).statusCode).toBe(200);

    const args = lessonArgs(s.ids.branchA, { body: `看图：\n\n![示意](${url})` });
    expect((await pushOne(s, t.organizer!, 'lesson.save', args)).status).toBe('applied');
    const client = uuidv7();
    const held = await lessonIn('member', args.id, undefined, client);
    expect(dataOf<LessonRecord>(held.change)?.images).toEqual([
      { url, mime: 'image/png', bytes: png.length },
    ]);
    expect((await s.app.inject({ url })).statusCode).toBe(200); // published: the id is the key

    const progress = await pushOne(s, t.member!, 'lesson.progress', {
      lessonId: args.id,
      position: 5,
      completed: false,
    });
    expect(progress.status).toBe('applied');

    const byMember = await pushOne(s, t.member!, 'lesson.withdraw', { lessonId: args.id });
    expect(byMember).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect((await pushOne(s, t.organizer!, 'lesson.withdraw', { lessonId: args.id })).status).toBe(
      'applied',
    );
    const after = await lessonIn('member', args.id, held.cursor, client);
    expect(after.change).toEqual({ type: 'lesson', op: 'del', id: args.id });
    // a phone starting afresh never hears of it
    expect((await lessonIn('member', args.id)).change).toBeUndefined();
    expect((await s.app.inject({ url })).statusCode).toBe(404);
    expect(mediaId).toHaveLength(64);

    // no more progress, ratings or edits on a withdrawn lesson; withdrawing again is harmless
    const late = await pushOne(s, t.member!, 'lesson.progress', {
      lessonId: args.id,
      position: 50,
      completed: true,
    });
    expect(late).toMatchObject({ status: 'rejected', code: 'not_found' });
    const edit = await pushOne(s, t.organizer!, 'lesson.save', args);
    expect(edit).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect((await pushOne(s, t.organizer!, 'lesson.withdraw', { lessonId: args.id })).status).toBe(
      'applied',
    );
  });
});
