import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { auth, startServer, type TestServer } from './helpers.ts';

/**
 * The personal calendar feed (docs/notices.md "Calendar"): RFC 5545 text parsed back with an
 * independent parser, times in Asia/Shanghai, only what the owner may see, revocable links.
 */

let s: TestServer;
let member: string;

beforeAll(async () => {
  s = await startServer();
  member = await s.login('member');
});
afterAll(() => s.close());

const path = (url: string) => new URL(url).pathname;
const seconds = (d: Date) => Math.floor(d.getTime() / 1000) * 1000;

async function newFeed(token: string): Promise<string> {
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/calendar/feed',
    headers: auth(token),
  });
  expect(res.statusCode).toBe(201);
  const { url } = res.json() as { url: string };
  expect(url).toMatch(/^http:\/\/localhost(:\d+)?\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  return path(url);
}

function parseCalendar(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('calendar feed', () => {
  it('holds the party days and lessons the member can see, in China time', async () => {
    const feed = await newFeed(member);
    // no bearer header: calendar apps cannot send one
    const res = await s.app.inject({ url: feed });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body).toContain('\r\n');
    const { cal, events } = parseCalendar(res.body);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');

    const [me] = await s.db.query<{ path: string[] }>(
      `SELECT o.path FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.id = $1`,
      [s.ids.users.member],
    );
    const visible = await s.db.query<{ id: string; starts_at: Date; ends_at: Date }>(
      `SELECT id, starts_at, ends_at FROM events WHERE org_id = ANY($1::uuid[])
          AND ends_at >= now() - interval '30 days' AND starts_at <= now() + interval '366 days'`,
      [me!.path],
    );
    const lessons = await s.db.query<{ id: string; scheduled_at: Date }>(
      `SELECT id, scheduled_at FROM lessons WHERE org_id = ANY($1::uuid[]) AND NOT withdrawn
          AND scheduled_at BETWEEN now() - interval '30 days' AND now() + interval '366 days'`,
      [me!.path],
    );
    expect(visible.length).toBeGreaterThan(0);
    expect(events.map((e) => e.uid).sort()).toEqual(
      [
        ...visible.map((e) => `event-${e.id}@lianxin`),
        ...lessons.map((l) => `lesson-${l.id}@lianxin`),
      ].sort(),
    );
    for (const e of visible) {
      const ev = events.find((x) => x.uid === `event-${e.id}@lianxin`)!;
      expect(ev.startDate.zone?.tzid).toBe('Asia/Shanghai');
      // RFC 5545 times have whole seconds
      expect(ev.startDate.toJSDate().getTime()).toBe(seconds(e.starts_at));
      expect(ev.endDate.toJSDate().getTime()).toBe(seconds(e.ends_at));
    }
    // what branch B holds stays out of branch A's member's feed
    const elsewhere = await s.db.query<{ id: string }>(`SELECT id FROM events WHERE org_id = $1`, [
      s.ids.branchB,
    ]);
    for (const e of elsewhere) expect(res.body).not.toContain(e.id);
  });

  it('marks a cancelled party day CANCELLED, so subscribed calendars drop it', async () => {
    const feed = await newFeed(member);
    const [e] = await s.db.query<{ id: string }>(
      `SELECT id FROM events WHERE org_id = $1 AND starts_at > now() ORDER BY starts_at LIMIT 1`,
      [s.ids.branchA],
    );
    await s.db.query(`UPDATE events SET status = 'cancelled' WHERE id = $1`, [e!.id]);
    const { events } = parseCalendar((await s.app.inject({ url: feed })).body);
    const ev = events.find((x) => x.uid === `event-${e!.id}@lianxin`)!;
    expect(ev.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('a new link replaces the old one; removing it ends the feed', async () => {
    const token = await s.login('member2');
    const first = await newFeed(token);
    const status = await s.app.inject({ url: '/api/calendar/feed', headers: auth(token) });
    expect(status.json()).toMatchObject({ active: true });
    const second = await newFeed(token);
    expect((await s.app.inject({ url: first })).statusCode).toBe(404);
    expect((await s.app.inject({ url: second })).statusCode).toBe(200);
    const del = await s.app.inject({
      method: 'DELETE',
      url: '/api/calendar/feed',
      headers: auth(token),
    });
    expect(del.statusCode).toBe(204);
    expect((await s.app.inject({ url: second })).statusCode).toBe(404);
    const after = await s.app.inject({ url: '/api/calendar/feed', headers: auth(token) });
    expect(after.json()).toEqual({ active: false, createdAt: null });
  });

  it('a disabled account’s feed is gone', async () => {
    const token = await s.login('instructor');
    const feed = await newFeed(token);
    await s.db.query(`UPDATE users SET disabled = true WHERE id = $1`, [s.ids.users.instructor]);
    expect((await s.app.inject({ url: feed })).statusCode).toBe(404);
  });

  it('unknown links answer 404 and guessing is rate-limited per address', async () => {
    const guess = `/api/calendar/${'A'.repeat(43)}.ics`;
    const first = await s.app.inject({ url: guess, remoteAddress: '10.9.9.9' });
    expect(first.statusCode).toBe(404);
    expect(first.json().error.code).toBe('not_found');
    let last = first;
    for (let i = 0; i < 60 && last.statusCode !== 429; i++) {
      last = await s.app.inject({ url: guess, remoteAddress: '10.9.9.9' });
    }
    expect(last.statusCode).toBe(429);
    expect(last.json().error.code).toBe('rate_limited');
    // a link of the wrong shape is bad input, not a guess
    const bad = await s.app.inject({
      url: '/api/calendar/nonsense.ics',
      remoteAddress: '10.9.9.7',
    });
    expect(bad.statusCode).toBe(400);
    // another address is not held back
    expect((await s.app.inject({ url: guess, remoteAddress: '10.9.9.8' })).statusCode).toBe(404);
  });
});
