import { CLIENT_MARKER } from '../../src/server/database/change-log.ts';
import { createHash, randomBytes } from 'node:crypto';
import type { TestServer } from './helpers.ts';
import { auth } from './helpers.ts';
import { push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { createUser } from '../../src/server/accounts/users.ts';
import { createSession, hashToken } from '../../src/server/auth/sessions.ts';
import { signCard } from '../../src/server/auth/card.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import { checkinCode, windowAt } from '../../src/shared/checkin-code.ts';

/**
 * The people of the authorisation matrix, and fresh records for its rows to act on.
 * Branch A is the home of `member` and `organizer`; branch B of `outsider`. `staffIn` is the demo
 * staff (park committee; groups legal and talent), `staffOut` a second staff member of the park in
 * the finance group. Requests of branch A are `legal` ones filed by `member`, requests of branch B
 * `finance` ones filed by `outsider`, so each staff member is inside the group of one and outside
 * the group of the other.
 */
export const ACTORS = [
  'anon',
  'expired',
  'revoked',
  'member',
  'outsider',
  'organizer',
  'staffIn',
  'staffOut',
  'admin',
] as const;
export type Actor = (typeof ACTORS)[number];

export const SIGNED_IN = [
  'member',
  'outsider',
  'organizer',
  'staffIn',
  'staffOut',
  'admin',
] as const;
export type SignedIn = (typeof SIGNED_IN)[number];
export const isSignedIn = (a: Actor): a is SignedIn => (SIGNED_IN as readonly string[]).includes(a);

/** Column headings of the matrix (docs/security.md). */
export const ACTOR_HEADINGS: Record<Actor, string> = {
  anon: 'anonymous',
  expired: 'expired token',
  revoked: 'revoked token',
  member: 'member (A)',
  outsider: 'member (B)',
  organizer: 'organizer (A)',
  staffIn: 'staff, in group',
  staffOut: 'staff, other group',
  admin: 'admin',
};

/** Accounts the fixtures act as: the actors plus a second member of branch A. */
type Person = SignedIn | 'member2';
const LOGINS: Record<Person, string> = {
  member: 'member',
  member2: 'member2',
  outsider: 'outsider',
  organizer: 'organizer',
  staffIn: 'staff',
  staffOut: 'authz-finance',
  admin: 'admin',
};

export type Org = 'A' | 'B' | 'park';

/** A small JPEG-looking photo (the server checks the magic bytes). */
export const jpegBase64 = (size = 96) => {
  const b = randomBytes(size);
  b[0] = 0xff;
  b[1] = 0xd8;
  b[2] = 0xff;
  return b.toString('base64');
};

/** A PNG-looking upload, different bytes (so a different media id) each time. */
export const pngBytes = () =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

export interface World {
  s: TestServer;
  ids: Record<Person, string>;
  orgs: Record<Org | 'district', string>;
  /** the token an actor sends (undefined: none) */
  token(a: Actor): string | undefined;
  /** a token of its own for this actor (for rows that end the session) */
  freshToken(a: Actor): Promise<string | undefined>;
  /** the user id of an actor; anonymous actors stand for `member` where an id is needed */
  userId(a: Actor): string;
  /** pushes one mutation as `who` and insists that it is applied */
  as(who: Person, name: string, args: Record<string, unknown>): Promise<void>;
  /** pushes one mutation as an actor, whatever comes of it (for preparations such as an RSVP) */
  tryAs(a: Actor, name: string, args: Record<string, unknown>): Promise<void>;
  event(org: 'A' | 'B', when: 'live' | 'next'): Promise<{ id: string; secret: string }>;
  /** a party day of branch A's seeded series: its id, taken (for conflict rows) */
  takenEvent(org: 'A' | 'B'): Promise<string>;
  request(org: 'A' | 'B', status?: 'resolved'): Promise<{ id: string; photoId: string }>;
  lesson(org: Org): Promise<string>;
  post(org: 'A' | 'B'): Promise<string>;
  venue(org: Org): Promise<string>;
  booking(who: 'member' | 'outsider' | 'member2', venueId?: string): Promise<string>;
  /** unpublished media uploaded at branch A (by its organizer) or branch B */
  media(org: 'A' | 'B'): Promise<string>;
  /** media of a live seeded lesson */
  liveMedia(): Promise<string>;
  /** a clientId that `member` has pushed under */
  memberClient(): Promise<string>;
  /** a free hour at a park room, a different one on each call */
  slot(): { start: string; end: string };
  card(userId: string): string;
  code(secret: string): Promise<{ window: number; code: string }>;
  lessonArgs(org: Org, id?: string): Record<string, unknown>;
  eventArgs(org: Org, id?: string): Record<string, unknown>;
  venueArgs(org: Org, id?: string): Record<string, unknown>;
  parkVenue(): Promise<string>;
}

export async function makeWorld(s: TestServer): Promise<World> {
  await s.db.tx((tx) =>
    createUser(tx, {
      login: LOGINS.staffOut,
      name: '钱会计',
      password: DEMO_PASSWORD,
      roles: ['staff'],
      orgId: s.ids.park,
      groups: ['finance'],
    }),
  );
  const idRows = await s.db.query<{ id: string; login: string }>('SELECT id, login FROM users');
  const idOf = (login: string) => idRows.find((r) => r.login === login)!.id;
  const ids = Object.fromEntries(
    Object.entries(LOGINS).map(([p, login]) => [p, idOf(login)]),
  ) as Record<Person, string>;
  const tokens = {} as Record<Person, string>;
  for (const [p, login] of Object.entries(LOGINS)) tokens[p as Person] = await s.login(login);

  const expiredToken = async () => {
    const t = await createSession(s.db, ids.member);
    await s.db.query(
      `UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`,
      [hashToken(t)],
    );
    return t;
  };
  const revokedToken = async () => {
    const t = await s.login('member');
    const res = await s.app.inject({ method: 'POST', url: '/api/auth/logout', headers: auth(t) });
    if (res.statusCode !== 204) throw new Error(`logout failed: ${res.statusCode}`);
    return t;
  };
  const shared = { expired: await expiredToken(), revoked: await revokedToken() };

  const orgs = {
    district: s.ids.district,
    park: s.ids.park,
    A: s.ids.branchA,
    B: s.ids.branchB,
  };
  // Who publishes at each org in the fixtures: branch A's organizer, the admin above the rest.
  const publisher = (org: Org): Person => (org === 'A' ? 'organizer' : 'admin');

  const pushAs = async (token: string, name: string, args: Record<string, unknown>) => {
    const r = await push(s, token, uuidv7(), [{ seq: 1, name, args }]);
    if (r.status !== 200) throw new Error(`push ${name}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.results[0]!;
  };
  const as = async (who: Person, name: string, args: Record<string, unknown>) => {
    const r = await pushAs(tokens[who], name, args);
    if (r.status !== 'applied') throw new Error(`fixture ${name} as ${who}: ${JSON.stringify(r)}`);
  };

  let slotDay = 40;
  const slot = () => {
    // 10:00–11:00 China Standard Time, inside the rooms' opening hours, one day further each call
    const d = new Date();
    d.setUTCDate(d.getUTCDate() + slotDay++);
    d.setUTCHours(2, 0, 0, 0);
    return { start: d.toISOString(), end: new Date(d.getTime() + 3600_000).toISOString() };
  };

  const eventArgs = (org: Org, id = uuidv7(), startsAt = Date.now() + 7 * 86400_000) => ({
    id,
    orgId: orgs[org],
    title: '权限矩阵主题党日',
    theme: '测试主题',
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 2 * 3600_000).toISOString(),
    venue: '党群服务中心',
    capacity: 100,
    agenda: [{ title: '集中学习', mandatory: true }],
  });
  const lessonArgs = (org: Org, id = uuidv7()) => ({
    id,
    orgId: orgs[org],
    series: 'lunch',
    title: '权限矩阵微党课',
    speaker: '测试讲者',
    summary: '一句话简介',
    body: '## 正文\n\n内容',
    tags: ['测试'],
    durationMin: 10,
    scheduledAt: null,
    venue: '三楼会议室',
    mediaId: null,
    quiz: [{ q: '一题', options: ['甲', '乙'], answer: 0 }],
  });
  const venueArgs = (org: Org, id = uuidv7()) => ({
    id,
    orgId: orgs[org],
    name: '权限矩阵活动室',
    capacity: 20,
    location: '一楼',
    opensAt: '08:00',
    closesAt: '22:00',
    active: true,
  });

  let parkVenueId: string | undefined;
  let memberClientId: string | undefined;

  const w: World = {
    s,
    ids,
    orgs,
    token: (a) =>
      a === 'anon'
        ? undefined
        : a === 'expired'
          ? shared.expired
          : a === 'revoked'
            ? shared.revoked
            : tokens[a],
    async freshToken(a) {
      if (a === 'anon') return undefined;
      if (a === 'expired') return expiredToken();
      if (a === 'revoked') return revokedToken();
      return s.login(LOGINS[a]);
    },
    userId: (a) => (isSignedIn(a) ? ids[a] : ids.member),
    as,
    async tryAs(a, name, args) {
      if (isSignedIn(a)) await pushAs(tokens[a], name, args);
    },
    async event(org, when) {
      const start = when === 'live' ? Date.now() - 10 * 60_000 : Date.now() + 7 * 86400_000;
      const args = eventArgs(org, uuidv7(), start);
      await as(publisher(org), 'event.save', args);
      const [e] = await s.db.query<{ secret: string }>('SELECT secret FROM events WHERE id = $1', [
        args.id,
      ]);
      return { id: args.id, secret: e!.secret };
    },
    async takenEvent(org) {
      return (await w.event(org, 'next')).id;
    },
    async request(org, status) {
      const id = uuidv7();
      const photoId = uuidv7();
      const [owner, staff, category] =
        org === 'A'
          ? (['member', 'staffIn', 'legal'] as const)
          : (['outsider', 'staffOut', 'finance'] as const);
      await as(owner, 'request.create', {
        id,
        category,
        title: '权限矩阵诉求',
        body: '请帮忙看一下。',
        photos: [{ id: photoId, mime: 'image/jpeg', data: jpegBase64() }],
      });
      if (status === 'resolved') {
        await as(staff, 'request.transition', { requestId: id, to: 'accepted' });
        await as(staff, 'request.transition', { requestId: id, to: 'resolved' });
      }
      return { id, photoId };
    },
    async lesson(org) {
      const args = lessonArgs(org);
      await as(publisher(org), 'lesson.save', args);
      return args.id;
    },
    async post(org) {
      const e = await w.event(org, 'next');
      const author = org === 'A' ? 'member2' : 'outsider';
      await as(author, 'event.rsvp', { eventId: e.id, status: 'going' });
      const id = uuidv7();
      await as(author, 'wall.post', { id, eventId: e.id, body: '很开心参加' });
      return id;
    },
    async venue(org) {
      const args = venueArgs(org);
      await as(publisher(org), 'venue.save', args);
      return args.id;
    },
    async parkVenue() {
      parkVenueId ??= await w.venue('park');
      return parkVenueId;
    },
    async booking(who, venueId) {
      const id = uuidv7();
      await as(who, 'booking.create', {
        id,
        venueId: venueId ?? (await w.parkVenue()),
        ...slot(),
        purpose: '支部学习',
      });
      return id;
    },
    async media(org) {
      if (org === 'A') {
        const res = await s.app.inject({
          method: 'POST',
          url: '/api/media',
          headers: { ...auth(tokens.organizer), 'content-type': 'image/png' },
          payload: pngBytes(),
        });
        if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body}`);
        return res.json().id as string;
      }
      const bytes = pngBytes();
      const id = createHash('sha256').update(bytes).digest('hex');
      await s.db.query(
        `INSERT INTO media (id, mime, bytes, data, org_id, uploaded_by) VALUES ($1, 'image/png', $2, $3, $4, $5)`,
        [id, bytes.length, bytes, orgs.B, ids.outsider],
      );
      return id;
    },
    async liveMedia() {
      const [m] = await s.db.query<{ media_id: string }>(
        `SELECT lm.media_id FROM lesson_media lm JOIN lessons l ON l.id = lm.lesson_id
          WHERE NOT l.withdrawn ORDER BY lm.media_id LIMIT 1`,
      );
      return m!.media_id;
    },
    async memberClient() {
      if (!memberClientId) {
        memberClientId = uuidv7();
        const r = await push(s, tokens.member, memberClientId, []);
        if (r.status !== 200) throw new Error(`push: ${r.status}`);
      }
      return memberClientId;
    },
    slot,
    card: (userId) => signCard(s.ctx.cardSecret, userId).token,
    async code(secret) {
      const window = windowAt(Date.now());
      return { window, code: await checkinCode(secret, window) };
    },
    lessonArgs,
    eventArgs: (org, id) => eventArgs(org, id),
    venueArgs,
  };
  return w;
}

/**
 * What a refused request must leave alone, per table: its row count and the newest row version
 * (xmin), so any insert, update or delete shows, even one that writes the same values again.
 * Push bookkeeping (sync_clients.last_seq, sync_rejections, and the clientId's hidden marker row in
 * sync_log that moves the version with lastSeq) and login counters (rate_limits) are left out: a
 * rejected mutation or a failed sign-in advances them by design.
 */
const FINGERPRINTED = [
  'orgs',
  'users',
  'sessions',
  'sync_log',
  'venues',
  'bookings',
  'requests',
  'request_photos',
  'request_comments',
  'request_events',
  'media',
  'lessons',
  'lesson_media',
  'lesson_progress',
  'lesson_ratings',
  'events',
  'event_rsvps',
  'event_checkins',
  'wall_posts',
  'point_rules',
  'volunteer_logs',
  'points_entries',
  'firms',
  'invites',
  'join_requests',
  'audit_log',
  'push_subscriptions',
  'calendar_feeds',
];

const FINGERPRINT_SQL = FINGERPRINTED.map(
  (table) =>
    `SELECT '${table}' AS name, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) AS h FROM ${table}` +
    (table === 'sync_log' ? ` WHERE type <> '${CLIENT_MARKER}'` : ''),
).join(' UNION ALL ');

export async function fingerprint(s: TestServer): Promise<Record<string, string>> {
  const rows = await s.db.query<{ name: string; h: string }>(FINGERPRINT_SQL);
  return Object.fromEntries(rows.map((r) => [r.name, r.h]));
}

/** The tables whose fingerprint differs between two snapshots. */
export const changedTables = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).filter((k) => a[k] !== b[k]);
