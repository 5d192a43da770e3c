import { describe, expect, it } from 'vitest';
import { mutationArgs } from '../../../src/shared/mutations/index.ts';
import { mutators } from '../../../src/db/mutators/index.ts';
import { worklogId } from '../../../src/shared/visits/rules.ts';
import { device, EVENT, LESSON, newId, requestArgs, VENUE, world } from '../sync/helpers.ts';

async function signedIn() {
  const w = world();
  const phone = device(w.server);
  await phone.signIn('alice');
  return { ...w, phone, db: phone.db };
}

describe('local mutators', () => {
  it('exist for every protocol mutation', () => {
    expect(Object.keys(mutators).sort()).toEqual(Object.keys(mutationArgs).sort());
  });

  it('visit.log shows the visit and its problems as pending requests; worklog ids match the server', async () => {
    const { phone, db, alice } = await signedIn();
    const firmId = newId();
    const problems = [
      { id: newId(), category: 'legal' as const, title: '合同', body: '请律师看合同。' },
      { id: newId(), category: 'talent' as const, title: '招聘', body: '想对接高校。' },
    ];
    const id = newId();
    const args = {
      id,
      firmId,
      at: new Date().toISOString(),
      kind: 'visit' as const,
      notes: '座谈',
      problems,
    };
    await phone.mutate('visit.log', args);
    await phone.mutate('visit.log', args); // the same create again changes nothing
    expect(await db.visits.get(id)).toMatchObject({
      firmId,
      userId: alice.id,
      requestIds: problems.map((p) => p.id),
      pending: true,
    });
    const raised = await db.requests.where('visitId').equals(id).sortBy('createdAt');
    expect(raised.map((r) => [r.category, r.status, r.pending])).toEqual([
      ['legal', 'submitted', true],
      ['talent', 'submitted', true],
    ]);
    await phone.mutate('worklog.save', { month: '2025-01', body: '草稿' });
    await phone.mutate('worklog.submit', { month: '2025-01', body: '定稿' });
    await phone.mutate('worklog.save', { month: '2025-01', body: '改不了' });
    expect(await db.worklogs.get(worklogId(alice.id, '2025-01'))).toMatchObject({
      status: 'submitted',
      body: '定稿',
    });
  });

  it('request.create shows a submitted, pending request owned by the user', async () => {
    const { phone, db, alice } = await signedIn();
    const args = requestArgs();
    await phone.mutate('request.create', args);
    expect(await db.requests.get(args.id)).toMatchObject({
      id: args.id,
      userId: alice.id,
      status: 'submitted',
      title: args.title,
      pending: true,
    });
  });

  it('request.transition follows legal steps and writes the timeline', async () => {
    const { phone, db } = await signedIn();
    const args = requestArgs();
    await phone.mutate('request.create', args);
    await phone.mutate('request.transition', { requestId: args.id, to: 'accepted' });
    await phone.mutate('request.transition', { requestId: args.id, to: 'accepted' }); // illegal now
    await phone.mutate('request.transition', {
      requestId: args.id,
      to: 'resolved',
      note: '已办结',
    });
    expect(await db.requests.get(args.id)).toMatchObject({ status: 'resolved' });
    const timeline = await db.requestEvents.where('requestId').equals(args.id).sortBy('createdAt');
    expect(timeline.map((e) => [e.from, e.to, e.note])).toEqual([
      ['submitted', 'accepted', null],
      ['accepted', 'resolved', '已办结'],
    ]);
  });

  it('request.cancel only before resolution; request.rate only after', async () => {
    const { phone, db } = await signedIn();
    const a = requestArgs();
    await phone.mutate('request.create', a);
    await phone.mutate('request.rate', { requestId: a.id, score: 5 });
    expect((await db.requests.get(a.id))?.rating).toBeNull();
    await phone.mutate('request.cancel', { requestId: a.id });
    expect((await db.requests.get(a.id))?.status).toBe('cancelled');
    const b = requestArgs();
    await phone.mutate('request.create', b);
    await phone.mutate('request.transition', { requestId: b.id, to: 'resolved' });
    await phone.mutate('request.transition', { requestId: b.id, to: 'accepted' });
    await phone.mutate('request.transition', { requestId: b.id, to: 'resolved' });
    await phone.mutate('request.cancel', { requestId: b.id });
    await phone.mutate('request.rate', { requestId: b.id, score: 4, comment: '很及时' });
    expect(await db.requests.get(b.id)).toMatchObject({
      status: 'resolved',
      rating: { score: 4, comment: '很及时' },
    });
  });

  it('request.comment adds one comment per id', async () => {
    const { phone, db } = await signedIn();
    const r = requestArgs();
    await phone.mutate('request.create', r);
    const id = newId();
    await phone.mutate('request.comment', { id, requestId: r.id, body: '补充材料已上传' });
    expect(await db.requestComments.where('requestId').equals(r.id).toArray()).toMatchObject([
      { id, body: '补充材料已上传', authorName: 'alice' },
    ]);
  });

  it('lesson.progress keeps the max position and never un-completes, in one row', async () => {
    const { phone, db } = await signedIn();
    await phone.mutate('lesson.progress', { lessonId: LESSON, position: 120, completed: false });
    await phone.mutate('lesson.progress', { lessonId: LESSON, position: 600, completed: true });
    await phone.mutate('lesson.progress', { lessonId: LESSON, position: 30, completed: false });
    const rows = await db.lessonProgress.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ position: 600, completed: true, pending: true });
  });

  it('lesson.rate and event.rsvp keep one row per member, last one wins', async () => {
    const { phone, db } = await signedIn();
    await phone.mutate('lesson.rate', { lessonId: LESSON, score: 3 });
    await phone.mutate('lesson.rate', { lessonId: LESSON, score: 5, comment: '讲得生动' });
    await phone.mutate('event.rsvp', { eventId: EVENT, status: 'going' });
    await phone.mutate('event.rsvp', { eventId: EVENT, status: 'not_going' });
    expect(await db.lessonRatings.toArray()).toMatchObject([{ score: 5, comment: '讲得生动' }]);
    expect(await db.rsvps.toArray()).toMatchObject([{ status: 'not_going' }]);
  });

  it('event.checkin adds one check-in; an organizer check-in is for the member', async () => {
    const { phone, db, alice } = await signedIn();
    await phone.mutate('event.checkin', { eventId: EVENT, window: 1000, code: '123456' });
    await phone.mutate('event.checkin', { eventId: EVENT, window: 1001, code: '654321' });
    const member = newId();
    await phone.mutate('event.checkin_member', {
      eventId: EVENT,
      memberId: member,
      cardToken: 'card-token-123',
    });
    const rows = await db.checkins.where('eventId').equals(EVENT).toArray();
    expect(rows.map((r) => [r.userId, r.method]).sort()).toEqual(
      [
        [alice.id, 'code'],
        [member, 'card'],
      ].sort(),
    );
  });

  it('wall.post adds a post', async () => {
    const { phone, db } = await signedIn();
    const id = newId();
    await phone.mutate('wall.post', { id, eventId: EVENT, body: '第一次参加，很有收获' });
    expect(
      await db.wallPosts
        .where('[eventId+createdAt]')
        .between([EVENT, ''], [EVENT, '\uffff'])
        .toArray(),
    ).toMatchObject([{ id, authorName: 'alice', pending: true }]);
  });

  it('booking.create takes a slot; booking.cancel frees it', async () => {
    const { phone, db } = await signedIn();
    const id = newId();
    const slot = { venueId: VENUE, start: '2025-03-05T02:00:00Z', end: '2025-03-05T03:00:00Z' };
    await phone.mutate('booking.create', { id, ...slot, purpose: '支部学习' });
    expect(await db.slots.get(id)).toMatchObject(slot);
    expect((await db.bookings.get(id))?.status).toBe('booked');
    await phone.mutate('booking.cancel', { bookingId: id });
    expect(await db.slots.get(id)).toBeUndefined();
    expect((await db.bookings.get(id))?.status).toBe('cancelled');
  });
});
