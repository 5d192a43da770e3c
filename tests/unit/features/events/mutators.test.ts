import { describe, expect, it } from 'vitest';
import { device, world } from '../../sync/helpers.ts';
import { uuidv7 } from '../../../../src/shared/ids.ts';

async function organizerPhone() {
  const w = world();
  const phone = device(w.server);
  await phone.signIn('alice');
  return { ...w, phone, db: phone.db };
}

const save = (over: Record<string, unknown> = {}) => ({
  id: uuidv7(),
  orgId: uuidv7(),
  title: '月度主题党日',
  theme: '学习新修订的党章',
  startsAt: '2031-05-08T06:00:00.000Z',
  endsAt: '2031-05-08T08:00:00.000Z',
  venue: '红色会客厅',
  capacity: 30,
  agenda: [{ title: '领学党章', mandatory: true }],
  ...over,
});

describe('party-day mutators (offline planning and desk)', () => {
  it('event.save shows a pending, scheduled party day at once; a second save edits it', async () => {
    const { phone, db, alice } = await organizerPhone();
    const args = save();
    await phone.mutate('event.save', args);
    expect(await db.events.get(args.id)).toMatchObject({
      title: '月度主题党日',
      status: 'scheduled',
      userId: alice.id,
      seriesId: null,
      pending: true,
    });
    await phone.mutate('event.save', { ...args, theme: '第二讲' });
    expect(await db.events.count()).toBe(1);
    expect((await db.events.get(args.id))?.theme).toBe('第二讲');
    expect(await db.outbox.count()).toBe(2);
  });

  it('event.cancel marks it cancelled and drops its secret from this phone', async () => {
    const { phone, db } = await organizerPhone();
    const args = save();
    await phone.mutate('event.save', args);
    await db.eventSecrets.put({ id: args.id, eventId: args.id, secret: 'ab'.repeat(32) });
    await phone.mutate('event.cancel', { eventId: args.id });
    expect((await db.events.get(args.id))?.status).toBe('cancelled');
    expect(await db.eventSecrets.get(args.id)).toBeUndefined();
    // a cancelled party day is not edited back to life locally either
    await phone.mutate('event.save', { ...args, theme: '改了' });
    expect((await db.events.get(args.id))?.theme).toBe(args.theme);
  });

  it('event.checkin_manual records one check-in per member', async () => {
    const { phone, db } = await organizerPhone();
    const eventId = uuidv7();
    const memberId = uuidv7();
    await phone.mutate('event.checkin_manual', { eventId, memberId });
    await phone.mutate('event.checkin_manual', { eventId, memberId });
    const rows = await db.checkins.where('eventId').equals(eventId).toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: memberId, method: 'manual', pending: true });
  });

  it('wall.hide takes the post off this phone’s wall', async () => {
    const { phone, db } = await organizerPhone();
    const eventId = uuidv7();
    const id = uuidv7();
    await phone.mutate('wall.post', { id, eventId, body: '<b>不是 HTML</b>' });
    expect((await db.wallPosts.get(id))?.body).toBe('<b>不是 HTML</b>');
    await phone.mutate('wall.hide', { postId: id });
    expect(await db.wallPosts.get(id)).toBeUndefined();
    // It waits in the organizer's hidden list, and wall.unhide (the undo) puts it back.
    expect(await db.hiddenWallPosts.get(id)).toMatchObject({ body: '<b>不是 HTML</b>', eventId });
    await phone.mutate('wall.unhide', { postId: id });
    expect(await db.hiddenWallPosts.get(id)).toBeUndefined();
    expect(await db.wallPosts.get(id)).toMatchObject({ body: '<b>不是 HTML</b>', eventId });
  });
});
