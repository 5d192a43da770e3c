import { uuidv7 } from '../../src/shared/ids.ts';
import { REJECT_CODES, type RejectCode } from '../../src/shared/errors.ts';
import type { MutationName } from '../../src/shared/mutations/index.ts';
import { ACTORS, ACTOR_HEADINGS, pngBytes, type Actor, type World } from './authz-world.ts';
import { creditCode, freshPhone } from './org-helpers.ts';
import { DEFAULT_GOALS } from '../../src/shared/checklist/template.ts';
import { lastMonth } from '../../src/shared/checklist/period.ts';
import { quarterOf } from '../../src/shared/lists/rules.ts';
import { newToken } from '../../src/server/auth/sessions.ts';

/**
 * The authorisation matrix: every HTTP route and every mutation, each as one or more rows
 * (the thing acted on: branch A's, branch B's, ...), and for each actor what must come of it. The
 * test (authz-matrix.test.ts) runs every cell on the real app and checks that a route or mutation
 * without a row fails; docs/security.md shows the same table, rendered from these rows.
 *
 * Outcomes, one per actor in the order of ACTORS:
 *   anonymous, expired token, revoked token, member (A), member (B), organizer (A),
 *   staff in group, staff of another group, admin.
 * A number is the HTTP status; for a mutation, `applied` or the rejection code of docs/sync-protocol.md push
 * rule 4 (a push whose token is refused is 401 as a whole).
 */
export type Outcome = number | 'applied' | RejectCode;

export interface Request {
  url: string;
  payload?: string | Buffer | Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface RouteRow {
  kind: 'route';
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** the path as registered with Fastify */
  path: string;
  target: string;
  expect: Record<Actor, Outcome>;
  /** the actor uses a token of its own (the row ends sessions) */
  freshToken?: boolean;
  /** every actor, signed out or not, gets a request of its own (a one-time code, a new phone) */
  eachActor?: boolean;
  /** the answer is a stream that stays open: only its status counts */
  stream?: boolean;
  request(w: World, a: Actor): Promise<Request>;
}

export interface MutationRow {
  kind: 'mutation';
  name: MutationName;
  target: string;
  expect: Record<Actor, Outcome>;
  args(w: World, a: Actor): Promise<Record<string, unknown>>;
}

export type Row = RouteRow | MutationRow;

/** Nine outcomes in ACTORS order, separated by spaces. */
function ex(spec: string): Record<Actor, Outcome> {
  const parts = spec.trim().split(/\s+/);
  if (parts.length !== ACTORS.length) throw new Error(`"${spec}": ${parts.length} outcomes`);
  return Object.fromEntries(
    parts.map((p, i) => {
      const outcome: Outcome = /^\d{3}$/.test(p) ? Number(p) : (p as Outcome);
      if (
        typeof outcome === 'string' &&
        outcome !== 'applied' &&
        !(REJECT_CODES as readonly string[]).includes(outcome)
      )
        throw new Error(`"${spec}": unknown outcome ${p}`);
      return [ACTORS[i]!, outcome];
    }),
  ) as Record<Actor, Outcome>;
}

const route = (
  method: RouteRow['method'],
  path: string,
  target: string,
  expect: string,
  request: RouteRow['request'],
  opts: { freshToken?: boolean; eachActor?: boolean; stream?: boolean } = {},
): RouteRow => ({ kind: 'route', method, path, target, expect: ex(expect), request, ...opts });

const mutation = (
  name: MutationName,
  target: string,
  expect: string,
  args: MutationRow['args'],
): MutationRow => ({ kind: 'mutation', name, target, expect: ex(expect), args });

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

//                                 anon expd revk memA memB orgA stIn stOut admin
export const ROUTE_ROWS: RouteRow[] = [
  route('GET', '/api/health', '—', '200 200 200 200 200 200 200 200 200', async () => ({
    url: '/api/health',
  })),
  // Without METRICS_TOKEN outside production (tests, development); production: 404, or 401 without
  // the metrics token when one is set (health.test.ts).
  route(
    'GET',
    '/metrics',
    'outside production',
    '200 200 200 200 200 200 200 200 200',
    async () => ({
      url: '/metrics',
    }),
  ),
  route(
    'POST',
    '/api/auth/login',
    'right password',
    '200 200 200 200 200 200 200 200 200',
    async () => ({
      url: '/api/auth/login',
      payload: { login: 'member2', password: 'lianxin-demo' },
    }),
  ),
  route(
    'POST',
    '/api/auth/logout',
    'own session',
    '401 401 401 204 204 204 204 204 204',
    async () => ({ url: '/api/auth/logout' }),
    { freshToken: true },
  ),
  route('GET', '/api/me', 'self', '401 401 401 200 200 200 200 200 200', async () => ({
    url: '/api/me',
  })),
  route('GET', '/api/me/card', 'self', '401 401 401 200 200 200 200 200 200', async () => ({
    url: '/api/me/card',
  })),
  route(
    'POST',
    '/api/sync/push',
    'own clientId',
    '401 401 401 200 200 200 200 200 200',
    async () => ({
      url: '/api/sync/push',
      payload: { clientId: uuidv7(), schemaVersion: 1, mutations: [] },
    }),
  ),
  route(
    'POST',
    '/api/sync/push',
    "member (A)'s clientId",
    '401 401 401 200 403 403 403 403 403',
    async (w) => ({
      url: '/api/sync/push',
      payload: { clientId: await w.memberClient(), schemaVersion: 1, mutations: [] },
    }),
  ),
  route(
    'GET',
    '/api/sync/pull',
    'own clientId',
    '401 401 401 200 200 200 200 200 200',
    async () => ({
      url: `/api/sync/pull?clientId=${uuidv7()}`,
    }),
  ),
  route(
    'GET',
    '/api/sync/pull',
    "member (A)'s clientId",
    '401 401 401 200 403 403 403 403 403',
    async (w) => ({ url: `/api/sync/pull?clientId=${await w.memberClient()}` }),
  ),
  route(
    'GET',
    '/api/sync/live',
    'own changes',
    '401 401 401 200 200 200 200 200 200',
    async () => ({ url: '/api/sync/live' }),
    { stream: true },
  ),
  route(
    'GET',
    '/api/media/:id',
    "a live lesson's file",
    '200 200 200 200 200 200 200 200 200',
    async (w) => ({ url: `/api/media/${await w.liveMedia()}` }),
  ),
  route(
    'GET',
    '/api/media/:id',
    'unpublished, uploaded at A',
    '404 404 404 404 404 200 404 404 200',
    async (w) => ({ url: `/api/media/${await w.media('A')}` }),
  ),
  route(
    'GET',
    '/api/media/:id',
    'unpublished, uploaded at B',
    '404 404 404 404 404 404 404 404 200',
    async (w) => ({ url: `/api/media/${await w.media('B')}` }),
  ),
  route('POST', '/api/media', 'own org', '401 401 401 403 403 201 403 403 201', async () => ({
    url: '/api/media',
    headers: { 'content-type': 'image/png' },
    payload: pngBytes(),
  })),
  route(
    'GET',
    '/api/requests/:id/photos/:photoId',
    "A's legal request",
    '401 401 401 200 404 200 200 404 200',
    async (w) => {
      const r = await w.request('A');
      return { url: `/api/requests/${r.id}/photos/${r.photoId}` };
    },
  ),
  route(
    'GET',
    '/api/requests/:id/photos/:photoId',
    "B's finance request",
    '401 401 401 404 200 404 404 200 200',
    async (w) => {
      const r = await w.request('B');
      return { url: `/api/requests/${r.id}/photos/${r.photoId}` };
    },
  ),
  ...(['A', 'B'] as const).map((org) =>
    route(
      'GET',
      '/api/visits/:id/photos/:photoId',
      `a visit to ${org}'s firm`,
      org === 'A' ? '401 401 401 404 404 200 404 404 200' : '401 401 401 404 404 404 404 404 200',
      async (w) => {
        const photo = { id: uuidv7(), mime: 'image/png', data: pngBytes().toString('base64') };
        const args = { ...visitArgs((await firm(w, org)).id), photos: [photo] };
        await w.as(maker(org), 'visit.log', args);
        return { url: `/api/visits/${args.id}/photos/${photo.id}` };
      },
    ),
  ),
  ...(['A', 'B'] as const).map((org) =>
    route(
      'GET',
      '/api/checklist/assessments/:id/photos/:photoId',
      `an evidence photo of branch ${org}`,
      org === 'A' ? '401 401 401 404 404 200 404 404 200' : '401 401 401 404 404 404 404 404 200',
      async (w) => {
        const photo = { id: uuidv7(), mime: 'image/png', data: pngBytes().toString('base64') };
        // a period of its own each time: an entry holds at most three photos
        const args = { ...assessArgs(w, org, 'g1r2i2'), period: nextPhotoMonth(), photos: [photo] };
        await w.as(maker(org), 'checklist.assess', args);
        const [entry] = await w.s.db.query<{ id: string }>(
          `SELECT assessment_id AS id FROM checklist_photos WHERE id = $1`,
          [photo.id],
        );
        return { url: `/api/checklist/assessments/${entry!.id}/photos/${photo.id}` };
      },
    ),
  ),
  route('GET', '/api/points/rules', '—', '401 401 401 200 200 200 200 200 200', async () => ({
    url: '/api/points/rules',
  })),
  route(
    'PUT',
    '/api/points/rules/:rule',
    'same points again',
    '401 401 401 403 403 403 403 403 200',
    async (w) => {
      const [r] = await w.s.db.query<{ points: number }>(
        `SELECT points FROM point_rules WHERE rule = 'lesson_rated' ORDER BY effective_from DESC LIMIT 1`,
      );
      return { url: '/api/points/rules/lesson_rated', payload: { points: r!.points } };
    },
  ),
  ...(['/api/points/pioneers', '/api/points/pioneers.csv'] as const).flatMap((path) => [
    route(
      path === '/api/points/pioneers' ? 'GET' : 'GET',
      path,
      'own org',
      '401 401 401 403 403 200 403 403 200',
      async () => ({
        url: path,
      }),
    ),
    route(
      path === '/api/points/pioneers' ? 'GET' : 'GET',
      path,
      'branch B',
      '401 401 401 403 403 403 403 403 200',
      async (w) => ({
        url: `${path}?orgId=${w.orgs.B}`,
      }),
    ),
  ]),
  ...(['checkin-code', 'attendance.csv'] as const).flatMap((leaf) => [
    route(
      'GET',
      `/api/events/:id/${leaf}`,
      "A's party day",
      '401 401 401 403 404 200 404 404 200',
      async (w) => ({ url: `/api/events/${(await w.event('A', 'next')).id}/${leaf}` }),
    ),
    route(
      'GET',
      `/api/events/:id/${leaf}`,
      "B's party day",
      '401 401 401 404 403 404 404 404 200',
      async (w) => ({ url: `/api/events/${(await w.event('B', 'next')).id}/${leaf}` }),
    ),
  ]),
  // ---- organisation work
  route(
    'POST',
    '/api/join',
    "branch A's invitation",
    '202 202 202 202 202 202 202 202 202',
    async (w) => ({
      url: '/api/join',
      payload: {
        code: await inviteCode(w, 'A'),
        name: '新同志',
        phone: freshPhone(),
        standing: 'full',
      },
    }),
    { eachActor: true },
  ),
  route('POST', '/api/join', 'unknown code', '404 404 404 404 404 404 404 404 404', async () => ({
    url: '/api/join',
    payload: { code: 'NOSUCHCODE23', name: '新同志', phone: freshPhone(), standing: 'full' },
  })),
  route(
    'POST',
    '/api/auth/activate',
    'right one-time code',
    '200 200 200 200 200 200 200 200 200',
    async (w) => {
      const a = await account(w, 'A');
      return {
        url: '/api/auth/activate',
        payload: { login: a.phone, code: a.code, password: 'first-pass' },
      };
    },
    { eachActor: true },
  ),
  route(
    'POST',
    '/api/auth/activate',
    'wrong code',
    '401 401 401 401 401 401 401 401 401',
    async (w) => {
      const a = await account(w, 'A');
      return {
        url: '/api/auth/activate',
        payload: { login: a.phone, code: 'WRONGCODE234', password: 'first-pass' },
      };
    },
  ),
  // Success ends the actor's other sessions (org-accounts.test.ts); here: who may try at all.
  route(
    'POST',
    '/api/auth/password',
    'wrong current password',
    '401 401 401 401 401 401 401 401 401',
    async () => ({
      url: '/api/auth/password',
      payload: { current: 'not-my-password', next: 'new-password-1' },
    }),
  ),
  route(
    'POST',
    '/api/admin/import',
    'a row for branch A',
    '401 401 401 403 403 200 403 403 200',
    async () => ({
      url: '/api/admin/import',
      headers: { 'content-type': 'text/csv' },
      payload: `姓名,手机号,支部,身份,入党日期\n导入者,${freshPhone()},创客联合党支部,正式党员,2012-07-01\n`,
    }),
    { eachActor: true },
  ),
  route(
    'POST',
    '/api/admin/import',
    'a row for branch B, dry run',
    '401 401 401 403 403 422 403 403 200',
    async () => ({
      url: '/api/admin/import?dryRun=1',
      headers: { 'content-type': 'text/csv' },
      payload: `姓名,手机号,支部,身份,入党日期\n导入者,${freshPhone()},数智楼宇党支部,正式党员,2012-07-01\n`,
    }),
  ),
  route(
    'GET',
    '/api/admin/audit',
    'own scope',
    '401 401 401 403 403 200 403 403 200',
    async () => ({
      url: '/api/admin/audit?format=csv',
    }),
  ), // Web Push and the calendar feed (docs/notices.md): each user's own devices and own link only.
  route('GET', '/api/push/key', '—', '401 401 401 200 200 200 200 200 200', async () => ({
    url: '/api/push/key',
  })),
  route(
    'POST',
    '/api/push/subscriptions',
    'own device',
    '401 401 401 204 204 204 204 204 204',
    async () => ({ url: '/api/push/subscriptions', payload: pushSubscription() }),
    { eachActor: true },
  ),
  route(
    'POST',
    '/api/push/unsubscribe',
    'own device',
    '401 401 401 204 204 204 204 204 204',
    async () => ({
      url: '/api/push/unsubscribe',
      payload: { endpoint: pushSubscription().endpoint },
    }),
  ),
  route(
    'POST',
    '/api/push/test',
    'own devices',
    '401 401 401 200 200 200 200 200 200',
    async () => ({ url: '/api/push/test' }),
  ),
  route(
    'GET',
    '/api/calendar/feed',
    'own link',
    '401 401 401 200 200 200 200 200 200',
    async () => ({
      url: '/api/calendar/feed',
    }),
  ),
  route(
    'POST',
    '/api/calendar/feed',
    'own link',
    '401 401 401 201 201 201 201 201 201',
    async () => ({ url: '/api/calendar/feed' }),
    { eachActor: true },
  ),
  route(
    'DELETE',
    '/api/calendar/feed',
    'own link',
    '401 401 401 204 204 204 204 204 204',
    async () => ({ url: '/api/calendar/feed' }),
  ),
  // The secret in the link is the credential (a calendar app sends no bearer header).
  route(
    'GET',
    '/api/calendar/:file',
    "member A's live link",
    '200 200 200 200 200 200 200 200 200',
    async (w) => ({ url: `/api/calendar/${await feedToken(w)}.ics` }),
  ),
  route(
    'GET',
    '/api/calendar/:file',
    'unknown or replaced link',
    '404 404 404 404 404 404 404 404 404',
    async () => ({ url: `/api/calendar/${newToken().token}.ics` }),
  ),
  // ---- flowing members
  route(
    'GET',
    '/api/flowing/branches',
    'the district',
    '401 401 401 200 200 200 200 200 200',
    async () => ({
      url: '/api/flowing/branches',
    }),
  ),
  route(
    'GET',
    '/api/flowing/:id/activity',
    "B's member flowing at A",
    '401 401 401 404 200 200 404 404 200',
    async (w) => ({ url: `/api/flowing/${await flowing(w, 'outsider', 'A')}/activity?format=csv` }),
  ),
];

/** A browser's subscription at a public push service (never called: no row sends). */
function pushSubscription() {
  return {
    endpoint: `https://push.example.com/send/${uuidv7()}`,
    keys: { p256dh: `B${'A'.repeat(86)}`, auth: 'AAAAAAAAAAAAAAAAAAAAAA' },
  };
}

/** A calendar link of branch A's member, made as the route makes it. */
async function feedToken(w: World): Promise<string> {
  const { token, hash } = newToken();
  await w.s.db.query(
    `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash`,
    [w.ids.member, hash],
  );
  return token;
}

const SIGNED_OUT = '401 401 401';

export const MUTATION_ROWS: MutationRow[] = [
  // ---- service requests
  mutation(
    'request.create',
    'own org',
    `${SIGNED_OUT} applied applied applied forbidden forbidden forbidden`,
    async () => ({
      id: uuidv7(),
      category: 'legal',
      title: '合同审查',
      body: '请帮忙看一下租赁合同。',
    }),
  ),
  mutation(
    'request.create',
    "id of member2's request",
    `${SIGNED_OUT} conflict conflict conflict forbidden forbidden forbidden`,
    async (w) => {
      const id = uuidv7();
      await w.as('member2', 'request.create', {
        id,
        category: 'legal',
        title: '已有',
        body: '已有诉求',
      });
      return { id, category: 'legal', title: '合同审查', body: '请帮忙看一下。' };
    },
  ),
  ...(['A', 'B'] as const).flatMap((org) => {
    const target = org === 'A' ? "A's legal request" : "B's finance request";
    return [
      mutation(
        'request.comment',
        target,
        org === 'A'
          ? `${SIGNED_OUT} applied not_found applied applied not_found applied`
          : `${SIGNED_OUT} not_found applied not_found not_found applied applied`,
        async (w) => ({ id: uuidv7(), requestId: (await w.request(org)).id, body: '补充一句' }),
      ),
      mutation(
        'request.transition',
        target,
        org === 'A'
          ? `${SIGNED_OUT} forbidden not_found forbidden applied not_found forbidden`
          : `${SIGNED_OUT} not_found forbidden not_found not_found applied forbidden`,
        async (w) => ({ requestId: (await w.request(org)).id, to: 'accepted', note: '收到' }),
      ),
      mutation(
        'request.cancel',
        target,
        org === 'A'
          ? `${SIGNED_OUT} applied not_found forbidden forbidden not_found forbidden`
          : `${SIGNED_OUT} not_found applied not_found not_found forbidden forbidden`,
        async (w) => ({ requestId: (await w.request(org)).id }),
      ),
      mutation(
        'request.rate',
        `${target}, resolved`,
        org === 'A'
          ? `${SIGNED_OUT} applied not_found forbidden forbidden not_found forbidden`
          : `${SIGNED_OUT} not_found applied not_found not_found forbidden forbidden`,
        async (w) => ({
          requestId: (await w.request(org, 'resolved')).id,
          score: 5,
          comment: '很及时',
        }),
      ),
    ];
  }),

  // ---- micro-lessons
  ...(['lesson.progress', 'lesson.rate'] as const).flatMap((name) => {
    const args = (id: string) =>
      name === 'lesson.progress'
        ? { lessonId: id, position: 30, completed: true, quizScore: 100 }
        : { lessonId: id, score: 4, speakerScore: 5, comment: '讲得好' };
    return [
      mutation(
        name,
        "A's lesson",
        `${SIGNED_OUT} applied not_found applied not_found not_found forbidden`,
        async (w) => args(await w.lesson('A')),
      ),
      mutation(
        name,
        "B's lesson",
        `${SIGNED_OUT} not_found applied not_found not_found not_found forbidden`,
        async (w) => args(await w.lesson('B')),
      ),
      // Seen by everyone below the park, staff of the park committee too, and managed by the admin;
      // but progress and ratings are the member role's (docs/sync-protocol.md "who"; see docs/security.md).
      mutation(
        name,
        "the park's lesson",
        `${SIGNED_OUT} applied applied applied forbidden forbidden forbidden`,
        async (w) => args(await w.lesson('park')),
      ),
    ];
  }),
  mutation(
    'lesson.save',
    'new, at A',
    `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
    async (w) => w.lessonArgs('A'),
  ),
  mutation(
    'lesson.save',
    'new, at B',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => w.lessonArgs('B'),
  ),
  // A's id for B's lesson: nobody may take it over; the admin, who manages both, may not move it.
  mutation(
    'lesson.save',
    "B's lesson id, at A",
    `${SIGNED_OUT} forbidden forbidden conflict forbidden forbidden invalid_request`,
    async (w) => w.lessonArgs('A', await w.lesson('B')),
  ),
  mutation(
    'lesson.withdraw',
    "A's lesson",
    `${SIGNED_OUT} forbidden not_found applied not_found not_found applied`,
    async (w) => ({
      lessonId: await w.lesson('A'),
    }),
  ),
  mutation(
    'lesson.withdraw',
    "B's lesson",
    `${SIGNED_OUT} not_found forbidden not_found not_found not_found applied`,
    async (w) => ({
      lessonId: await w.lesson('B'),
    }),
  ),

  // ---- themed party days
  mutation(
    'event.rsvp',
    "A's party day",
    `${SIGNED_OUT} applied not_found applied not_found not_found forbidden`,
    async (w) => ({
      eventId: (await w.event('A', 'next')).id,
      status: 'going',
    }),
  ),
  mutation(
    'event.rsvp',
    "B's party day",
    `${SIGNED_OUT} not_found applied not_found not_found not_found forbidden`,
    async (w) => ({
      eventId: (await w.event('B', 'next')).id,
      status: 'going',
    }),
  ),
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'event.checkin',
      `${org}'s party day, now, right code`,
      org === 'A'
        ? `${SIGNED_OUT} applied not_found applied not_found not_found forbidden`
        : `${SIGNED_OUT} not_found applied not_found not_found not_found forbidden`,
      async (w) => {
        const e = await w.event(org, 'live');
        return { eventId: e.id, ...(await w.code(e.secret)) };
      },
    ),
  ),
  ...(['event.checkin_member', 'event.checkin_manual'] as const).flatMap((name) =>
    (['A', 'B'] as const).map((org) =>
      mutation(
        name,
        org === 'A' ? "A's party day, member2" : "B's party day, member (B)",
        org === 'A'
          ? `${SIGNED_OUT} forbidden not_found applied not_found not_found applied`
          : `${SIGNED_OUT} not_found forbidden not_found not_found not_found applied`,
        async (w) => {
          const e = await w.event(org, 'live');
          const memberId = org === 'A' ? w.ids.member2 : w.ids.outsider;
          return name === 'event.checkin_member'
            ? { eventId: e.id, memberId, cardToken: w.card(memberId) }
            : { eventId: e.id, memberId };
        },
      ),
    ),
  ),
  mutation(
    'event.save',
    'new, at A',
    `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
    async (w) => w.eventArgs('A'),
  ),
  mutation(
    'event.save',
    'new, at B',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => w.eventArgs('B'),
  ),
  // An edit of a party day that stays at its org.
  mutation(
    'event.save',
    "A's party day, edited",
    `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
    async (w) => ({ ...w.eventArgs('A', await w.takenEvent('A')), theme: '改过的主题' }),
  ),
  // A's id for B's party day: nobody may take it over; the admin, who manages both, may not move it
  // (branch B's phones would keep it, with no tombstone to reach them: docs/sync-protocol.md pull rule 5).
  mutation(
    'event.save',
    "B's party day id, at A",
    `${SIGNED_OUT} forbidden forbidden conflict forbidden forbidden invalid_request`,
    async (w) => w.eventArgs('A', await w.takenEvent('B')),
  ),
  mutation(
    'event.cancel',
    "A's party day",
    `${SIGNED_OUT} forbidden not_found applied not_found not_found applied`,
    async (w) => ({
      eventId: (await w.event('A', 'next')).id,
    }),
  ),
  mutation(
    'event.cancel',
    "B's party day",
    `${SIGNED_OUT} not_found forbidden not_found not_found not_found applied`,
    async (w) => ({
      eventId: (await w.event('B', 'next')).id,
    }),
  ),
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'wall.post',
      `${org}'s party day, after saying going`,
      org === 'A'
        ? `${SIGNED_OUT} applied not_found applied not_found not_found forbidden`
        : `${SIGNED_OUT} not_found applied not_found not_found not_found forbidden`,
      async (w, a) => {
        const e = await w.event(org, 'next');
        await w.tryAs(a, 'event.rsvp', { eventId: e.id, status: 'going' });
        return { id: uuidv7(), eventId: e.id, body: '很开心第一次参加' };
      },
    ),
  ),
  mutation(
    'wall.post',
    "A's party day, not going",
    `${SIGNED_OUT} forbidden not_found forbidden not_found not_found forbidden`,
    async (w) => ({
      id: uuidv7(),
      eventId: (await w.event('A', 'next')).id,
      body: '我没报名',
    }),
  ),
  mutation(
    'wall.hide',
    "a post on A's party day",
    `${SIGNED_OUT} forbidden not_found applied not_found not_found applied`,
    async (w) => ({
      postId: await w.post('A'),
    }),
  ),
  mutation(
    'wall.hide',
    "a post on B's party day",
    `${SIGNED_OUT} not_found forbidden not_found not_found not_found applied`,
    async (w) => ({
      postId: await w.post('B'),
    }),
  ),
  mutation(
    'wall.unhide',
    "a hidden post on A's party day",
    `${SIGNED_OUT} forbidden not_found applied not_found not_found applied`,
    async (w) => {
      const postId = await w.post('A');
      await w.tryAs('organizer', 'wall.hide', { postId });
      return { postId };
    },
  ),
  mutation(
    'wall.unhide',
    "a hidden post on B's party day",
    `${SIGNED_OUT} not_found forbidden not_found not_found not_found applied`,
    async (w) => {
      const postId = await w.post('B');
      await w.tryAs('admin', 'wall.hide', { postId });
      return { postId };
    },
  ),

  // ---- venues and bookings
  mutation(
    'booking.create',
    "the park's room",
    `${SIGNED_OUT} applied applied applied forbidden forbidden not_found`,
    async (w) => ({
      id: uuidv7(),
      venueId: await w.parkVenue(),
      ...w.slot(),
      purpose: '支部学习',
    }),
  ),
  mutation(
    'booking.create',
    "A's room",
    `${SIGNED_OUT} applied not_found applied not_found not_found not_found`,
    async (w) => ({
      id: uuidv7(),
      venueId: await w.venue('A'),
      ...w.slot(),
      purpose: '支部学习',
    }),
  ),
  mutation(
    'booking.create',
    "id of member2's booking",
    `${SIGNED_OUT} conflict conflict conflict forbidden forbidden not_found`,
    async (w) => ({
      id: await w.booking('member2'),
      venueId: await w.parkVenue(),
      ...w.slot(),
      purpose: '支部学习',
    }),
  ),
  mutation(
    'booking.cancel',
    "member (A)'s booking",
    `${SIGNED_OUT} applied forbidden forbidden forbidden forbidden forbidden`,
    async (w) => ({
      bookingId: await w.booking('member'),
    }),
  ),
  mutation(
    'booking.cancel',
    "member (B)'s booking",
    `${SIGNED_OUT} forbidden applied forbidden forbidden forbidden forbidden`,
    async (w) => ({
      bookingId: await w.booking('outsider'),
    }),
  ),
  mutation(
    'venue.save',
    'new, at A',
    `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
    async (w) => w.venueArgs('A'),
  ),
  mutation(
    'venue.save',
    'new, at the park',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => w.venueArgs('park'),
  ),
  mutation(
    'venue.save',
    'new, at B',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => w.venueArgs('B'),
  ),
  mutation(
    'venue.save',
    "A's room, edited",
    `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
    async (w) => ({ ...w.venueArgs('A', await w.venue('A')), capacity: 30 }),
  ),
  // As for party days: no takeover, and no move by the admin either.
  mutation(
    'venue.save',
    "B's room id, at A",
    `${SIGNED_OUT} forbidden forbidden conflict forbidden forbidden invalid_request`,
    async (w) => w.venueArgs('A', await w.venue('B')),
  ),

  // ---- points
  ...(
    [
      [
        'member2 (A)',
        `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
        'member2',
      ],
      [
        'member (B)',
        `${SIGNED_OUT} forbidden forbidden not_found forbidden forbidden applied`,
        'outsider',
      ],
      [
        'oneself',
        `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden forbidden`,
        'self',
      ],
      // volunteer points are for Party members: a staff-only account is no one to log for
      [
        'staff (park), not a member',
        `${SIGNED_OUT} forbidden forbidden not_found forbidden forbidden not_found`,
        'staffIn',
      ],
    ] as const
  ).map(([target, expect, who]) =>
    mutation('volunteer.log', target, expect, async (w, a) => ({
      id: uuidv7(),
      memberId: who === 'self' ? w.userId(a) : w.ids[who],
      hours: 2,
      date: today(),
      note: '社区志愿服务',
    })),
  ),

  // ---- organisation work (docs/organisation.md)
  mutation(
    'org.save',
    'new committee under the district',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => ({
      id: uuidv7(),
      parentId: w.orgs.district,
      kind: 'committee',
      name: '新园区党委',
    }),
  ),
  mutation(
    'org.save',
    'new group under A',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => ({ id: uuidv7(), parentId: w.orgs.A, kind: 'group', name: '新党小组' }),
  ),
  mutation(
    'org.save',
    'a branch under the district (wrong kind)',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden invalid_request`,
    async (w) => ({ id: uuidv7(), parentId: w.orgs.district, kind: 'branch', name: '错位支部' }),
  ),
  mutation(
    'org.save',
    'a new group of A, renamed',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => {
      const id = uuidv7();
      await w.as('admin', 'org.save', { id, parentId: w.orgs.A, kind: 'group', name: '旧名' });
      return { id, parentId: w.orgs.A, kind: 'group', name: '新名' };
    },
  ),
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'firm.save',
      `new, at ${org}`,
      org === 'A'
        ? `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`
        : `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
      async (w) => firmArgs(w, org),
    ),
  ),
  mutation(
    'firm.save',
    "new at A, with A's firm's credit code",
    `${SIGNED_OUT} forbidden forbidden conflict forbidden forbidden conflict`,
    async (w) => ({ ...firmArgs(w, 'A'), creditCode: (await firm(w, 'A')).creditCode }),
  ),
  mutation(
    'firm.save',
    'new at A, bad check character',
    `${SIGNED_OUT} forbidden forbidden invalid_credit_code forbidden forbidden invalid_credit_code`,
    async (w) => {
      const f = firmArgs(w, 'A');
      const last = f.creditCode.endsWith('0') ? '1' : '0';
      return { ...f, creditCode: f.creditCode.slice(0, 17) + last };
    },
  ),
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'firm.assign',
      `${org}'s firm, to an instructor`,
      org === 'A'
        ? `${SIGNED_OUT} forbidden not_found applied not_found not_found applied`
        : `${SIGNED_OUT} not_found forbidden not_found not_found not_found applied`,
      async (w) => ({ firmId: (await firm(w, org)).id, instructorId: await instructor(w) }),
    ),
  ),
  mutation(
    'firm.assign',
    "A's firm, to a member",
    `${SIGNED_OUT} forbidden not_found invalid_instructor not_found not_found invalid_instructor`,
    async (w) => ({ firmId: (await firm(w, 'A')).id, instructorId: w.ids.member2 }),
  ),
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'invite.create',
      `branch ${org}`,
      org === 'A'
        ? `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`
        : `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
      async (w) => inviteArgs(w, org),
    ),
  ),
  mutation(
    'invite.create',
    'the park (not a branch)',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden invalid_request`,
    async (w) => inviteArgs(w, 'park'),
  ),
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'invite.revoke',
      `${org}'s invitation`,
      org === 'A'
        ? `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`
        : `${SIGNED_OUT} forbidden forbidden not_found forbidden forbidden applied`,
      async (w) => ({ inviteId: (await invite(w, org)).id }),
    ),
  ),
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'join.decide',
      `a pending request at ${org}, approve`,
      org === 'A'
        ? `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`
        : `${SIGNED_OUT} forbidden forbidden not_found forbidden forbidden applied`,
      async (w) => ({ joinRequestId: await joinRequest(w, org), decision: 'approve' }),
    ),
  ),
  ...(
    [
      ['member.reset', (id: string) => ({ userId: id })],
      ['member.set_active', (id: string) => ({ userId: id, active: false })],
      ['member.standing', (id: string) => ({ userId: id, standing: 'probationary' })],
      ['member.move', (id: string, w: World) => ({ userId: id, orgId: w.s.ids.groupA1 })],
      [
        'member.roles',
        (id: string) => ({ userId: id, roles: ['member', 'organizer'], groups: [] }),
      ],
    ] as const
  ).flatMap(([name, args]) => [
    mutation(
      name,
      'an account at A',
      `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
      async (w) => args((await account(w, 'A')).id, w),
    ),
    // moving B's account into A's group: the organizer of A manages neither end of it
    mutation(
      name,
      'an account at B',
      `${SIGNED_OUT} forbidden forbidden not_found forbidden forbidden applied`,
      async (w) => args((await account(w, 'B')).id, w),
    ),
  ]),
  mutation(
    'member.reset',
    'oneself',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden forbidden`,
    async (w, a) => ({ userId: w.userId(a) }),
  ),
  ...(['staff', 'admin'] as const).map((role) =>
    mutation(
      'member.roles',
      `an account at A, given ${role}`,
      `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
      async (w) => ({ userId: (await account(w, 'A')).id, roles: ['member', role], groups: [] }),
    ),
  ),
  // ---- instructors' work
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'visit.log',
      `${org}'s firm, with a problem`,
      org === 'A'
        ? `${SIGNED_OUT} forbidden not_found applied not_found not_found applied`
        : `${SIGNED_OUT} not_found forbidden not_found not_found not_found applied`,
      async (w) => visitArgs((await firm(w, org)).id),
    ),
  ),
  mutation(
    'visit.log',
    "A's firm, a problem with the id of member2's request",
    `${SIGNED_OUT} forbidden not_found conflict not_found not_found conflict`,
    async (w) => {
      const id = uuidv7();
      await w.as('member2', 'request.create', {
        id,
        category: 'legal',
        title: '已有',
        body: '已有',
      });
      const args = visitArgs((await firm(w, 'A')).id);
      return { ...args, problems: [{ ...args.problems[0]!, id }] };
    },
  ),
  mutation(
    'visit.settings',
    'the district',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => ({
      orgId: w.orgs.district,
      intervalDays: 15,
      questions: [{ id: 'needs', text: '企业最需要解决的一件事？' }],
    }),
  ),
  mutation(
    'visit.settings',
    'the park (not a district)',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden invalid_request`,
    async (w) => ({ orgId: w.orgs.park, intervalDays: 15, questions: [] }),
  ),
  ...(['worklog.save', 'worklog.submit'] as const).map((name) =>
    mutation(
      name,
      'own log of a past month',
      `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden forbidden`,
      async () => ({ month: nextLogMonth(), body: '本月走访三家企业，收集问题两条。' }),
    ),
  ),
  mutation(
    'worklog.save',
    'own log of next year',
    `${SIGNED_OUT} forbidden forbidden invalid_request forbidden forbidden forbidden`,
    async () => ({ month: `${new Date().getUTCFullYear() + 1}-06`, body: '' }),
  ),
  // ---- the instructor's discussions and yearly reviews
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'discussion.save',
      `${org}'s firm and its instructor`,
      org === 'A'
        ? `${SIGNED_OUT} forbidden not_found applied not_found not_found applied`
        : `${SIGNED_OUT} not_found forbidden not_found not_found not_found applied`,
      async (w) => discussionArgs([await instructedFirm(w, org)]),
    ),
  ),
  mutation(
    'discussion.save',
    "A's firm without an instructor",
    `${SIGNED_OUT} forbidden not_found invalid_request not_found not_found invalid_request`,
    async (w) => discussionArgs([(await firm(w, 'A')).id]),
  ),
  mutation(
    'instructor.review',
    'an instructor at A',
    `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
    async (w) => reviewArgs(await instructorAt(w, 'A')),
  ),
  mutation(
    'instructor.review',
    "the district's instructor",
    `${SIGNED_OUT} forbidden forbidden not_found forbidden forbidden applied`,
    async (w) => reviewArgs(await instructor(w)),
  ),
  mutation(
    'instructor.review',
    'a member at A (no instructor)',
    `${SIGNED_OUT} forbidden forbidden invalid_instructor forbidden forbidden invalid_instructor`,
    async (w) => reviewArgs((await account(w, 'A')).id),
  ),
  mutation(
    'account.create',
    'a member at A',
    `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
    async (w) => ({
      id: uuidv7(),
      orgId: w.orgs.A,
      name: '手工账号',
      phone: freshPhone(),
      roles: ['member'],
      groups: [],
      standing: 'full',
    }),
  ),
  mutation(
    'account.create',
    'a finance staff member at the park',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => ({
      id: uuidv7(),
      orgId: w.orgs.park,
      name: '财务专员',
      phone: freshPhone(),
      roles: ['staff'],
      groups: ['finance'],
    }),
  ),
  // ---- the inbox: publishers within their own subtree; read marks for what one may see
  mutation(
    'notice.publish',
    'branch A',
    `${SIGNED_OUT} forbidden forbidden applied applied applied applied`,
    async (w) => noticeArgs(w, 'A'),
  ),
  mutation(
    'notice.publish',
    'the park (above branch A)',
    `${SIGNED_OUT} forbidden forbidden forbidden applied applied applied`,
    async (w) => noticeArgs(w, 'park'),
  ),
  mutation(
    'notice.publish',
    'branch B',
    `${SIGNED_OUT} forbidden forbidden not_found applied applied applied`,
    async (w) => noticeArgs(w, 'B'),
  ),
  mutation(
    'notice.publish',
    "id of the admin's notice",
    `${SIGNED_OUT} forbidden forbidden conflict conflict conflict applied`,
    async (w) => {
      const args = noticeArgs(w, 'A');
      await w.as('admin', 'notice.publish', args);
      return args;
    },
  ),
  mutation(
    'notice.read',
    "branch A's notice",
    `${SIGNED_OUT} applied not_found applied not_found not_found applied`,
    async (w) => ({ noticeIds: [await notice(w, 'A')] }),
  ),
  mutation(
    'notice.read',
    "the park's notice",
    `${SIGNED_OUT} applied applied applied applied applied applied`,
    async (w) => ({ noticeIds: [await notice(w, 'park')] }),
  ),
  mutation(
    'notice.prefs',
    'own choice',
    `${SIGNED_OUT} applied applied applied applied applied applied`,
    async () => ({ muted: ['study', 'lesson'] }),
  ),
  // ---- the responsibility checklist
  mutation(
    'checklist.save',
    'the district',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => ({ orgId: w.orgs.district, goals: smallChecklist() }),
  ),
  mutation(
    'checklist.save',
    'the park (not a district)',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden invalid_request`,
    async (w) => ({ orgId: w.orgs.park, goals: smallChecklist() }),
  ),
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'checklist.assess',
      `branch ${org}, an entered indicator of last month`,
      org === 'A'
        ? `${SIGNED_OUT} forbidden not_found applied not_found not_found applied`
        : `${SIGNED_OUT} not_found forbidden not_found not_found not_found applied`,
      async (w) => assessArgs(w, org, 'g1r2i2'),
    ),
  ),
  mutation(
    'checklist.assess',
    'branch A, a computed indicator',
    `${SIGNED_OUT} forbidden not_found invalid_request not_found not_found invalid_request`,
    async (w) => assessArgs(w, 'A', 'g1r2i1'),
  ),
  // ---- the three lists of a park (docs/organisation.md, "The three lists")
  mutation(
    'list_item.save',
    'a new legal need of the park',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => listArgs(w, 'need', 'legal'),
  ),
  mutation(
    'list_item.save',
    'a new legal resource of the park',
    `${SIGNED_OUT} forbidden forbidden forbidden applied forbidden applied`,
    async (w) => listArgs(w, 'resource', 'legal'),
  ),
  mutation(
    'list_item.save',
    'a new activity of the park',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => listArgs(w, 'activity', null),
  ),
  mutation(
    'list_item.save',
    'a new need of branch A (not a park)',
    `${SIGNED_OUT} forbidden forbidden invalid_request forbidden forbidden invalid_request`,
    async (w) => ({ ...listArgs(w, 'need', 'legal'), orgId: w.orgs.A }),
  ),
  mutation(
    'list_item.remove',
    'a legal resource of the park',
    `${SIGNED_OUT} not_found not_found not_found applied not_found applied`,
    async (w) => ({ itemId: await listItem(w, 'resource', 'legal') }),
  ),
  mutation(
    'list_item.remove',
    'a legal need of the park',
    `${SIGNED_OUT} not_found not_found not_found forbidden not_found applied`,
    async (w) => ({ itemId: await listItem(w, 'need', 'legal') }),
  ),
  mutation(
    'need.claim',
    'an open legal need of the park',
    `${SIGNED_OUT} not_found not_found not_found applied not_found forbidden`,
    async (w) => ({ needId: await listItem(w, 'need', 'legal'), note: '法律服务组认领' }),
  ),
  mutation(
    'need.claim',
    'a legal need claimed already',
    `${SIGNED_OUT} not_found not_found not_found invalid_transition not_found forbidden`,
    async (w) => ({ needId: await claimedNeed(w) }),
  ),
  mutation(
    'need.update',
    'a claimed legal need, to in progress',
    `${SIGNED_OUT} not_found not_found not_found applied not_found applied`,
    async (w) => ({ needId: await claimedNeed(w), to: 'in_progress', note: '已约见企业' }),
  ),
  mutation(
    'need.update',
    'an open legal need, to in progress',
    `${SIGNED_OUT} not_found not_found not_found invalid_transition not_found invalid_transition`,
    async (w) => ({ needId: await listItem(w, 'need', 'legal'), to: 'in_progress' }),
  ),
  mutation(
    'need.match',
    'a legal need, with a legal resource',
    `${SIGNED_OUT} not_found not_found not_found applied not_found applied`,
    async (w) => ({
      needId: await listItem(w, 'need', 'legal'),
      resourceId: await listItem(w, 'resource', 'legal'),
    }),
  ),
  mutation(
    'need.match',
    'a legal need, with a finance resource',
    `${SIGNED_OUT} not_found not_found not_found not_found not_found applied`,
    async (w) => ({
      needId: await listItem(w, 'need', 'legal'),
      resourceId: await listItem(w, 'resource', 'finance'),
    }),
  ),
  mutation(
    'need.match',
    'a legal need, with another need',
    `${SIGNED_OUT} not_found not_found not_found invalid_request not_found invalid_request`,
    async (w) => ({
      needId: await listItem(w, 'need', 'legal'),
      resourceId: await listItem(w, 'need', 'legal'),
    }),
  ),
  mutation(
    'lists.publish',
    "the park's current quarter",
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => ({ orgId: w.orgs.park, quarter: quarterOf(new Date()) }),
  ),
  mutation(
    'lists.publish',
    'branch A (not a park)',
    `${SIGNED_OUT} forbidden forbidden invalid_request forbidden forbidden invalid_request`,
    async (w) => ({ orgId: w.orgs.A, quarter: quarterOf(new Date()) }),
  ),
  // ---- recruitment
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'candidate.create',
      `an applicant at ${org}`,
      org === 'A'
        ? `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`
        : `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
      async (w) => candidateArgs(w, org),
    ),
  ),
  mutation(
    'candidate.create',
    'an applicant at the park (not a branch)',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden invalid_request`,
    async (w) => candidateArgs(w, 'park'),
  ),
  mutation(
    'candidate.create',
    "an applicant at A with member (A)'s phone (linked: they see their stage)",
    `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
    async (w) => ({ ...candidateArgs(w, 'A'), phone: await phoneOf(w, w.ids.member) }),
  ),
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'candidate.advance',
      `${org}'s applicant, to activist`,
      org === 'A'
        ? `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`
        : `${SIGNED_OUT} forbidden forbidden not_found forbidden forbidden applied`,
      async (w) => ({
        candidateId: await candidate(w, org),
        to: 'activist',
        at: daysAgo(700),
        contacts: [w.ids.member2],
      }),
    ),
  ),
  mutation(
    'candidate.advance',
    "A's applicant, straight to development target",
    `${SIGNED_OUT} forbidden forbidden invalid_transition forbidden forbidden invalid_transition`,
    async (w) => ({
      candidateId: await candidate(w, 'A'),
      to: 'target',
      at: daysAgo(10),
      contacts: [w.ids.member2],
    }),
  ),
  mutation(
    'candidate.advance',
    "A's activist of half a year, to development target",
    `${SIGNED_OUT} forbidden forbidden too_early forbidden forbidden too_early`,
    async (w) => {
      const id = await candidate(w, 'A');
      await advance(w, 'A', id, 'activist', 180, { contacts: [w.ids.member2] });
      return { candidateId: id, to: 'target', at: daysAgo(0) };
    },
  ),
  mutation(
    'candidate.advance',
    "A's activist of two years without contacts, to development target",
    `${SIGNED_OUT} forbidden forbidden invalid_contacts forbidden forbidden invalid_contacts`,
    async (w) => {
      const id = await candidate(w, 'A');
      await advance(w, 'A', id, 'activist', 730);
      return { candidateId: id, to: 'target', at: daysAgo(0) };
    },
  ),
  mutation(
    'candidate.advance',
    "A's development target, admitted with one introducer",
    `${SIGNED_OUT} forbidden forbidden invalid_introducers forbidden forbidden invalid_introducers`,
    async (w) => ({
      candidateId: await target(w),
      to: 'probationary',
      at: daysAgo(0),
      introducers: [w.ids.member2],
    }),
  ),
  mutation(
    'candidate.advance',
    "A's development target, admitted with two full members as introducers",
    `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
    async (w) => ({
      candidateId: await target(w),
      to: 'probationary',
      at: daysAgo(0),
      introducers: [w.ids.member, w.ids.member2],
    }),
  ),
  ...(['A', 'B'] as const).map((org) =>
    mutation(
      'candidate.step',
      `${org}'s applicant, the talk`,
      org === 'A'
        ? `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`
        : `${SIGNED_OUT} forbidden forbidden not_found forbidden forbidden applied`,
      async (w) => ({
        id: uuidv7(),
        candidateId: await candidate(w, org),
        kind: 'talk',
        at: daysAgo(900),
      }),
    ),
  ),
  mutation(
    'candidate.step',
    "A's applicant, a review (an activist's step)",
    `${SIGNED_OUT} forbidden forbidden invalid_transition forbidden forbidden invalid_transition`,
    async (w) => ({
      id: uuidv7(),
      candidateId: await candidate(w, 'A'),
      kind: 'review',
      at: daysAgo(900),
    }),
  ),
  // ---- flowing members and transfers
  mutation(
    'flowing.register',
    'at the other branch',
    `${SIGNED_OUT} applied applied applied forbidden forbidden forbidden`,
    async (w, a) => {
      await endFlowing(w, w.userId(a));
      return flowingArgs(w, a === 'outsider' ? 'A' : 'B');
    },
  ),
  mutation(
    'flowing.decide',
    "B's member at A, confirm",
    `${SIGNED_OUT} not_found forbidden applied not_found not_found applied`,
    async (w) => ({ registrationId: await flowing(w, 'outsider', 'A'), decision: 'confirm' }),
  ),
  mutation(
    'flowing.decide',
    "A's member at B, confirm",
    `${SIGNED_OUT} not_found not_found not_found not_found not_found applied`,
    async (w) => ({ registrationId: await flowing(w, 'member2', 'B'), decision: 'confirm' }),
  ),
  mutation(
    'transfer.create',
    'inside the district, A → B',
    `${SIGNED_OUT} forbidden forbidden applied forbidden forbidden applied`,
    async (w) => transferArgs(w, 'A', 'B', (await account(w, 'A')).id),
  ),
  mutation(
    'transfer.create',
    'inside the district, B → another branch',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async (w) => ({
      ...transferArgs(w, 'B', 'B', (await account(w, 'B')).id),
      toOrgId: w.s.ids.branches.yunfan,
    }),
  ),
  mutation(
    'transfer.advance',
    'A → B, approve (sending side)',
    `${SIGNED_OUT} not_found not_found applied not_found not_found applied`,
    async (w) => ({ transferId: await transfer(w, []), to: 'approved' }),
  ),
  mutation(
    'transfer.advance',
    'A → B, accept (receiving side)',
    `${SIGNED_OUT} not_found not_found forbidden not_found not_found applied`,
    async (w) => ({
      transferId: await transfer(w, [
        { to: 'approved' },
        { to: 'letter_issued', letterNo: '转字001号' },
      ]),
      to: 'accepted',
      placedOrgId: w.orgs.B,
    }),
  ),
  // ---- service groups: the time limit, by an admin or an organizer who is staff of the group
  mutation(
    'group.save',
    'the legal group, 3 working days',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async () => ({ key: 'legal', timeLimit: { unit: 'workdays', amount: 3 } }),
  ),
  mutation(
    'group.save',
    'the finance group, no limit',
    `${SIGNED_OUT} forbidden forbidden forbidden forbidden forbidden applied`,
    async () => ({ key: 'finance', timeLimit: null }),
  ),
];

/**
 * A checklist of one goal, kept small so the bad-input cases derived from it stay few; it holds
 * the two indicators the checklist.assess rows use, so those rows mean the same under either the
 * default template or this one.
 */
const smallChecklist = () => {
  const goal = DEFAULT_GOALS[0]!;
  const resp = goal.responsibilities[1]!;
  return [
    {
      ...goal,
      responsibilities: [{ ...resp, indicators: resp.indicators.slice(0, 2) }],
    },
  ];
};

/** A value for one of a branch's indicators, last month, a different value each time. */
const assessArgs = (w: World, org: Branch, indicatorId: string) => ({
  orgId: w.orgs[org],
  period: lastMonth(Date.now()),
  indicatorId,
  value: Math.floor(Math.random() * 1000),
  evidence: '支委会会议记录',
});

export const ROWS: Row[] = [...ROUTE_ROWS, ...MUTATION_ROWS];

const noticeArgs = (w: World, org: 'A' | 'B' | 'park') => ({
  id: uuidv7(),
  orgId: w.orgs[org],
  title: '权限矩阵通知',
  body: '请各支部按时参加。',
  kind: 'announcement',
});

/** A notice published at `org` by the admin (above every org of the fixtures). */
async function notice(w: World, org: 'A' | 'B' | 'park') {
  const args = noticeArgs(w, org);
  await w.as('admin', 'notice.publish', args);
  return args.id;
}

// ---- fixtures of recruitment: a candidate applied three years ago, moved on as a row needs
const daysAgo = (n: number) => new Date(Date.now() - n * 86400_000).toISOString();

const candidateArgs = (w: World, org: Branch | 'park') => ({
  id: uuidv7(),
  orgId: w.orgs[org],
  name: '入党申请人',
  appliedAt: daysAgo(1000),
});

async function candidate(w: World, org: Branch) {
  const args = candidateArgs(w, org);
  await w.as(maker(org), 'candidate.create', args);
  return args.id;
}

async function advance(
  w: World,
  org: Branch,
  candidateId: string,
  to: string,
  ago: number,
  extra: Record<string, unknown> = {},
) {
  await w.as(maker(org), 'candidate.advance', { candidateId, to, at: daysAgo(ago), ...extra });
}

/** A development target of branch A: activist two years ago, target last year. */
async function target(w: World) {
  const id = await candidate(w, 'A');
  await advance(w, 'A', id, 'activist', 800, { contacts: [w.ids.member2] });
  await advance(w, 'A', id, 'target', 400);
  return id;
}

async function phoneOf(w: World, userId: string) {
  const [row] = await w.s.db.query<{ phone: string }>('SELECT phone FROM users WHERE id = $1', [
    userId,
  ]);
  return row!.phone;
}

// ---- fixtures of organisation work, made by branch A's organizer or the admin above the rest
type Branch = 'A' | 'B';
const maker = (org: Branch | 'park'): 'organizer' | 'admin' =>
  org === 'A' ? 'organizer' : 'admin';
let firmSeq = 1000;

function firmArgs(w: World, org: Branch) {
  return {
    id: uuidv7(),
    orgId: w.orgs[org],
    name: `矩阵企业${firmSeq}`,
    creditCode: creditCode(firmSeq++),
    coverage: 'joint_branch',
    building: '创业大厦',
  };
}

async function firm(w: World, org: Branch) {
  const args = firmArgs(w, org);
  await w.as(maker(org), 'firm.save', args);
  return args;
}

function visitArgs(firmId: string) {
  return {
    id: uuidv7(),
    firmId,
    at: new Date(Date.now() - 3600_000).toISOString(),
    kind: 'visit',
    notes: '与企业负责人座谈，了解党员情况。',
    met: '企业负责人',
    answers: [{ questionId: 'needs', question: '最需要解决的事？', answer: '招聘' }],
    problems: [{ id: uuidv7(), category: 'talent', title: '招聘难', body: '需要对接高校。' }],
  };
}

/** A different past month on every call, so each cell writes a log of its own. */
let logMonth = 0;
function nextLogMonth() {
  logMonth++;
  return `${2000 + Math.floor(logMonth / 12)}-${String((logMonth % 12) + 1).padStart(2, '0')}`;
}

/** A different past month on every call (from 2001), for the checklist photo rows. */
let photoMonth = 0;
function nextPhotoMonth() {
  photoMonth++;
  return `${2001 + Math.floor(photoMonth / 12)}-${String((photoMonth % 12) + 1).padStart(2, '0')}`;
}

/**
 * Accounts the rows make once per world (per database): a worker runs several test files in one
 * process (vitest.config.ts), so a plain module-level cache would hand one file's ids to the next.
 */
const madeOnce = new WeakMap<World, Map<string, Promise<string>>>();
function once(w: World, key: string, make: () => Promise<string>): Promise<string> {
  let made = madeOnce.get(w);
  if (!made) madeOnce.set(w, (made = new Map()));
  let id = made.get(key);
  if (!id) made.set(key, (id = make()));
  return id;
}

/** One instructor account at the district, made once. */
function instructor(w: World) {
  return once(w, 'instructor', async () => {
    const id = uuidv7();
    await w.as('admin', 'account.create', {
      id,
      orgId: w.orgs.district,
      name: '党建指导员',
      phone: freshPhone(),
      roles: ['instructor'],
      groups: [],
    });
    return id;
  });
}

/** A firm at the branch, looked after by the district's instructor. */
async function instructedFirm(w: World, org: Branch) {
  const f = await firm(w, org);
  await w.as('admin', 'firm.assign', { firmId: f.id, instructorId: await instructor(w) });
  return f.id;
}

const discussionArgs = (firmIds: string[]) => ({
  id: uuidv7(),
  at: new Date(Date.now() + 7 * 86400_000).toISOString(),
  place: '党群服务中心',
  topic: '半年座谈会',
  firmIds,
});

/** One instructor account at the branch, made once. */
function instructorAt(w: World, org: Branch) {
  return once(w, `instructor at ${org}`, async () => {
    const id = uuidv7();
    await w.as('admin', 'account.create', {
      id,
      orgId: w.orgs[org],
      name: '支部指导员',
      phone: freshPhone(),
      roles: ['instructor'],
      groups: [],
    });
    return id;
  });
}

const reviewArgs = (instructorId: string) => ({
  year: new Date(Date.now() + 8 * 3600_000).getUTCFullYear(),
  instructorId,
  outcome: 'keep',
  notes: '联系企业及时。',
});

const inviteArgs = (w: World, org: Branch | 'park') => ({
  id: uuidv7(),
  orgId: w.orgs[org],
  expiresAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
});

async function invite(w: World, org: Branch) {
  const args = inviteArgs(w, org);
  await w.as(maker(org), 'invite.create', args);
  const [row] = await w.s.db.query<{ code: string }>('SELECT code FROM invites WHERE id = $1', [
    args.id,
  ]);
  return { id: args.id, code: row!.code };
}

const inviteCode = async (w: World, org: Branch) => (await invite(w, org)).code;

async function joinRequest(w: World, org: Branch) {
  const phone = freshPhone();
  const res = await w.s.app.inject({
    method: 'POST',
    url: '/api/join',
    payload: { code: await inviteCode(w, org), name: '申请人', phone, standing: 'full' },
  });
  if (res.statusCode !== 202) throw new Error(`join: ${res.statusCode} ${res.body}`);
  const [row] = await w.s.db.query<{ id: string }>(
    'SELECT id FROM join_requests WHERE phone = $1',
    [phone],
  );
  return row!.id;
}

/** A fresh member account at a branch, made by the admin, waiting for activation. */
async function account(w: World, org: Branch) {
  const id = uuidv7();
  const phone = freshPhone();
  await w.as('admin', 'account.create', {
    id,
    orgId: w.orgs[org],
    name: '矩阵成员',
    phone,
    roles: ['member'],
    groups: [],
  });
  const [row] = await w.s.db.query<{ code: string }>(
    `SELECT data->>'activationCode' AS code FROM sync_log WHERE type = 'member_admin' AND id = $1`,
    [id],
  );
  return { id, phone, code: row!.code };
}

// ---- fixtures of the three lists, entered by the admin (who manages the park)
function listArgs(w: World, kind: 'need' | 'resource' | 'activity', category: string | null) {
  return {
    id: uuidv7(),
    orgId: w.orgs.park,
    quarter: quarterOf(new Date()),
    kind,
    title: kind === 'need' ? '股权架构咨询' : kind === 'resource' ? '律所公益法律体检' : '季度路演',
    description: '园区企业提出',
    category,
    ...(kind === 'resource' ? { provider: '星火律师事务所', contact: '周律师 0512-0000' } : {}),
    ...(kind === 'activity' ? { startsAt: new Date().toISOString(), venue: '党群服务中心' } : {}),
  };
}

async function listItem(w: World, kind: 'need' | 'resource', category: string) {
  const args = listArgs(w, kind, category);
  await w.as('admin', 'list_item.save', args);
  return args.id;
}

/** A legal need of the park, claimed by the legal staff (the demo's `staff`). */
async function claimedNeed(w: World) {
  const id = await listItem(w, 'need', 'legal');
  await w.as('staffIn', 'need.claim', { needId: id });
  return id;
}

/** The matrix as Markdown tables (docs/security.md, between the markers). */
export function renderMatrix(): string {
  const head = (first: string) =>
    [
      `| ${first} | acting on | ${ACTORS.map((a) => ACTOR_HEADINGS[a]).join(' | ')} |`,
      `| --- | --- | ${ACTORS.map(() => '---').join(' | ')} |`,
    ].join('\n');
  const cells = (r: Row) => ACTORS.map((a) => String(r.expect[a])).join(' | ');
  const routes = ROUTE_ROWS.map((r) => `| \`${r.method} ${r.path}\` | ${r.target} | ${cells(r)} |`);
  const mutations = MUTATION_ROWS.map((r) => `| \`${r.name}\` | ${r.target} | ${cells(r)} |`);
  return [
    `${ROUTE_ROWS.length} route rows and ${MUTATION_ROWS.length} mutation rows, × ${ACTORS.length} actors.`,
    '',
    '### HTTP routes (status)',
    '',
    head('route'),
    ...routes,
    '',
    '### Mutations (push result: `applied` or the rejection code)',
    '',
    head('mutation'),
    ...mutations,
  ].join('\n');
}

// ---- fixtures of flowing members and transfers
const flowingArgs = (w: World, host: Branch) => ({
  id: uuidv7(),
  hostOrgId: w.orgs[host],
  homeOrg: '外地某街道党工委',
  // a period long past: confirming it changes nobody's visibility for the rows that follow
  since: '2020-01-01',
  until: '2020-12-31',
  contact: '13900000000',
});

/** Ends the user's open registrations (one open at a time), straight in the database. */
async function endFlowing(w: World, userId: string) {
  await w.s.db.query(
    `UPDATE flowing_members SET status = 'ended' WHERE user_id = $1 AND status IN ('pending', 'confirmed')`,
    [userId],
  );
}

/** A fresh pending registration of `who` at `host`. */
async function flowing(w: World, who: 'outsider' | 'member2', host: Branch) {
  await endFlowing(w, w.ids[who]);
  const args = flowingArgs(w, host);
  await w.as(who, 'flowing.register', args);
  return args.id;
}

const transferArgs = (w: World, from: Branch, to: Branch, memberId: string) => ({
  id: uuidv7(),
  direction: 'internal',
  memberId,
  fromOrgId: w.orgs[from],
  toOrgId: w.orgs[to],
});

/** A transfer of a fresh account from A to B, opened by A's organizer and taken `steps` on. */
async function transfer(w: World, steps: Record<string, unknown>[]) {
  const args = transferArgs(w, 'A', 'B', (await account(w, 'A')).id);
  await w.as('organizer', 'transfer.create', args);
  for (const step of steps)
    await w.as('organizer', 'transfer.advance', { transferId: args.id, ...step });
  return args.id;
}
