import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, startServer, type TestServer } from './helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { registry } from '../../src/server/mutations/index.ts';
import { mutationArgs, type MutationName } from '../../src/shared/mutations/index.ts';
import {
  changedTables,
  fingerprint,
  makeWorld,
  pngBytes,
  type Actor,
  type World,
} from './authz-world.ts';
import { MUTATION_ROWS, type Request } from './authz-matrix-data.ts';
import { registeredRoutes } from './authz-routes.ts';

/**
 * Bad input for every route and every mutation (docs/sync-protocol.md conventions): a missing field, a wrong
 * type, a value too long, an unknown field, malformed JSON and a wrong content type each get 400
 * `invalid_request` (for a mutation: `rejected` `invalid_request`) and leave every record as it was.
 * So does text holding U+0000 or half of a surrogate pair, in every string a route or mutation
 * takes: those cases are derived from a valid sample of each route and from each mutation's valid
 * args, so a new route or mutation gets them without writing them. A route or mutation without its
 * cases here fails the first test.
 */

interface BadCase {
  label: string;
  /** who sends it: someone the route would otherwise serve */
  actor: Actor;
  request(w: World): Promise<Request> | Request;
}

const json = (url: string, body: unknown): Request => ({
  url,
  payload: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const malformed =
  (url: string): BadCase['request'] =>
  () => ({
    url,
    payload: '{"clientId":',
    headers: { 'content-type': 'application/json' },
  });
const formEncoded =
  (url: string): BadCase['request'] =>
  () => ({
    url,
    payload: 'a=1&b=2',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
const LONG = 'x'.repeat(5000);
const subscribing = {
  endpoint: 'https://push.example.com/send/bad-input',
  keys: { p256dh: `B${'A'.repeat(86)}`, auth: 'AAAAAAAAAAAAAAAAAAAAAA' },
};

const push = (body: Record<string, unknown>) => json('/api/sync/push', body);
const pushBase = () => ({
  clientId: uuidv7(),
  schemaVersion: 1,
  mutations: [{ seq: 1, name: 'event.rsvp', args: {}, at: new Date().toISOString() }],
});
const pushWith = (change: (b: Record<string, unknown>) => void) => () => {
  const b: Record<string, unknown> = pushBase();
  change(b);
  return push(b);
};
const envelopeWith = (change: (m: Record<string, unknown>) => void) =>
  pushWith((b) => change((b.mutations as Record<string, unknown>[])[0]!));

const login = { login: 'member', password: 'lianxin-demo' };
const joining = { code: 'ABCDEFGHJK23', name: '新同志', phone: '13800138000', standing: 'full' };
const activating = { login: '13800138000', code: 'ABCDEFGHJK23', password: 'first-password' };
const changing = { current: 'lianxin-demo', next: 'new-password-1' };
const csvBody = (url: string): Request => ({
  url,
  payload: '姓名,手机号,支部,身份,入党日期\n',
  headers: { 'content-type': 'text/csv' },
});
const rule = { points: 3 };
const pioneerCases = (path: string): BadCase[] => [
  {
    label: 'month of a wrong shape',
    actor: 'organizer',
    request: () => ({ url: `${path}?month=2024-13` }),
  },
  { label: 'orgId not an id', actor: 'organizer', request: () => ({ url: `${path}?orgId=x` }) },
  {
    label: 'month too long',
    actor: 'organizer',
    request: () => ({ url: `${path}?month=${LONG}` }),
  },
  {
    label: 'unknown parameter',
    actor: 'organizer',
    request: () => ({ url: `${path}?month=2024-01&x=1` }),
  },
];
const eventCases = (leaf: string): BadCase[] => [
  { label: 'id not an id', actor: 'organizer', request: () => ({ url: `/api/events/x/${leaf}` }) },
  {
    label: 'id too long',
    actor: 'organizer',
    request: () => ({ url: `/api/events/${LONG}/${leaf}` }),
  },
  {
    label: 'id badly encoded',
    actor: 'organizer',
    request: () => ({ url: `/api/events/%E0%A4%A/${leaf}` }),
  },
];

/** Every route (HEAD follows its GET): its bad-input cases, or why it takes no input. */
const ROUTE_CASES: Record<string, BadCase[] | { none: string }> = {
  'GET /api/health': { none: 'no parameters, query or body' },
  'GET /metrics': { none: 'no parameters, query or body' },
  'GET /api/me': { none: 'no parameters, query or body' },
  'GET /api/me/card': { none: 'no parameters, query or body' },
  'GET /api/sync/live': { none: 'no parameters, query or body' },
  'GET /api/points/rules': { none: 'no parameters, query or body' },
  'GET /api/flowing/branches': { none: 'no parameters, query or body' },
  'GET /api/flowing/:id/activity': [
    {
      label: 'id not an id',
      actor: 'outsider',
      request: () => ({ url: '/api/flowing/x/activity' }),
    },
    {
      label: 'id too long',
      actor: 'outsider',
      request: () => ({ url: `/api/flowing/${LONG}/activity` }),
    },
    {
      label: 'unknown format',
      actor: 'outsider',
      request: () => ({ url: `/api/flowing/${uuidv7()}/activity?format=xlsx` }),
    },
    {
      label: 'unknown parameter',
      actor: 'outsider',
      request: () => ({ url: `/api/flowing/${uuidv7()}/activity?x=1` }),
    },
  ],
  'POST /api/auth/login': [
    {
      label: 'missing field',
      actor: 'anon',
      request: () => json('/api/auth/login', { login: 'member' }),
    },
    {
      label: 'wrong type',
      actor: 'anon',
      request: () => json('/api/auth/login', { ...login, login: 42 }),
    },
    {
      label: 'too long',
      actor: 'anon',
      request: () => json('/api/auth/login', { ...login, login: LONG }),
    },
    {
      label: 'unknown field',
      actor: 'anon',
      request: () => json('/api/auth/login', { ...login, admin: true }),
    },
    { label: 'malformed JSON', actor: 'anon', request: malformed('/api/auth/login') },
    {
      label: 'empty JSON body',
      actor: 'anon',
      request: () => ({
        url: '/api/auth/login',
        payload: '',
        headers: { 'content-type': 'application/json' },
      }),
    },
    {
      label: 'text body',
      actor: 'anon',
      request: () => ({
        url: '/api/auth/login',
        payload: 'member lianxin-demo',
        headers: { 'content-type': 'text/plain' },
      }),
    },
    { label: 'form body', actor: 'anon', request: formEncoded('/api/auth/login') },
  ],
  'POST /api/auth/logout': [
    { label: 'malformed JSON', actor: 'member', request: malformed('/api/auth/logout') },
    { label: 'form body', actor: 'member', request: formEncoded('/api/auth/logout') },
  ],
  'POST /api/sync/push': [
    { label: 'missing field', actor: 'member', request: pushWith((b) => delete b.clientId) },
    { label: 'wrong type', actor: 'member', request: pushWith((b) => (b.schemaVersion = '1')) },
    { label: 'too long', actor: 'member', request: pushWith((b) => (b.clientId = LONG)) },
    { label: 'unknown field', actor: 'member', request: pushWith((b) => (b.extra = 1)) },
    {
      label: 'mutations not a list',
      actor: 'member',
      request: pushWith((b) => (b.mutations = {})),
    },
    {
      label: 'mutation: missing name',
      actor: 'member',
      request: envelopeWith((m) => delete m.name),
    },
    {
      label: 'mutation: missing args',
      actor: 'member',
      request: envelopeWith((m) => delete m.args),
    },
    {
      label: 'mutation: seq not a number',
      actor: 'member',
      request: envelopeWith((m) => (m.seq = '1')),
    },
    { label: 'mutation: seq 0', actor: 'member', request: envelopeWith((m) => (m.seq = 0)) },
    {
      label: 'mutation: name too long',
      actor: 'member',
      request: envelopeWith((m) => (m.name = LONG)),
    },
    {
      label: 'mutation: at too long',
      actor: 'member',
      request: envelopeWith((m) => (m.at = LONG)),
    },
    {
      label: 'mutation: unknown field',
      actor: 'member',
      request: envelopeWith((m) => (m.extra = 1)),
    },
    {
      label: 'the same seq twice',
      actor: 'member',
      request: pushWith((b) => {
        const m = (b.mutations as unknown[])[0];
        b.mutations = [m, m];
      }),
    },
    { label: 'malformed JSON', actor: 'member', request: malformed('/api/sync/push') },
    {
      label: 'text body',
      actor: 'member',
      request: () => ({
        url: '/api/sync/push',
        payload: 'hello',
        headers: { 'content-type': 'text/plain' },
      }),
    },
    { label: 'form body', actor: 'member', request: formEncoded('/api/sync/push') },
  ],
  'GET /api/sync/pull': [
    { label: 'missing clientId', actor: 'member', request: () => ({ url: '/api/sync/pull' }) },
    {
      label: 'clientId not an id',
      actor: 'member',
      request: () => ({ url: '/api/sync/pull?clientId=x' }),
    },
    {
      label: 'limit not a number',
      actor: 'member',
      request: () => ({ url: `/api/sync/pull?clientId=${uuidv7()}&limit=ten` }),
    },
    {
      label: 'limit 0',
      actor: 'member',
      request: () => ({ url: `/api/sync/pull?clientId=${uuidv7()}&limit=0` }),
    },
    {
      label: 'limit over 1000',
      actor: 'member',
      request: () => ({ url: `/api/sync/pull?clientId=${uuidv7()}&limit=1001` }),
    },
    {
      label: 'cursor too long',
      actor: 'member',
      request: () => ({ url: `/api/sync/pull?clientId=${uuidv7()}&cursor=${LONG}` }),
    },
    {
      label: 'unknown parameter',
      actor: 'member',
      request: () => ({ url: `/api/sync/pull?clientId=${uuidv7()}&x=1` }),
    },
  ],
  'GET /api/media/:id': [
    {
      label: 'id not hex',
      actor: 'anon',
      request: () => ({ url: `/api/media/${'z'.repeat(64)}` }),
    },
    { label: 'id too short', actor: 'anon', request: () => ({ url: '/api/media/abc' }) },
    {
      label: 'id too long',
      actor: 'anon',
      request: () => ({ url: `/api/media/${'a'.repeat(65)}` }),
    },
  ],
  'POST /api/media': [
    { label: 'JSON body', actor: 'organizer', request: () => json('/api/media', { file: 'x' }) },
    { label: 'malformed JSON', actor: 'organizer', request: malformed('/api/media') },
    {
      label: 'text body',
      actor: 'organizer',
      request: () => ({
        url: '/api/media',
        payload: 'hello',
        headers: { 'content-type': 'text/plain' },
      }),
    },
    {
      label: 'empty file',
      actor: 'organizer',
      request: () => ({
        url: '/api/media',
        payload: Buffer.alloc(0),
        headers: { 'content-type': 'image/png' },
      }),
    },
    {
      label: 'bytes not of their type',
      actor: 'organizer',
      request: () => ({
        url: '/api/media',
        payload: pngBytes(),
        headers: { 'content-type': 'audio/mpeg' },
      }),
    },
  ],
  'GET /api/requests/:id/photos/:photoId': [
    {
      label: 'request id not an id',
      actor: 'member',
      request: () => ({ url: `/api/requests/x/photos/${uuidv7()}` }),
    },
    {
      label: 'photo id not an id',
      actor: 'member',
      request: () => ({ url: `/api/requests/${uuidv7()}/photos/x` }),
    },
    {
      label: 'id too long',
      actor: 'member',
      request: () => ({ url: `/api/requests/${LONG}/photos/${uuidv7()}` }),
    },
  ],
  'GET /api/checklist/assessments/:id/photos/:photoId': [
    {
      label: 'entry id not an id',
      actor: 'admin',
      request: () => ({ url: `/api/checklist/assessments/x/photos/${uuidv7()}` }),
    },
    {
      label: 'photo id not an id',
      actor: 'admin',
      request: () => ({ url: `/api/checklist/assessments/${uuidv7()}/photos/x` }),
    },
  ],
  'GET /api/visits/:id/photos/:photoId': [
    {
      label: 'visit id not an id',
      actor: 'admin',
      request: () => ({ url: `/api/visits/x/photos/${uuidv7()}` }),
    },
    {
      label: 'photo id not an id',
      actor: 'admin',
      request: () => ({ url: `/api/visits/${uuidv7()}/photos/x` }),
    },
    {
      label: 'id too long',
      actor: 'admin',
      request: () => ({ url: `/api/visits/${LONG}/photos/${uuidv7()}` }),
    },
  ],
  'PUT /api/points/rules/:rule': [
    {
      label: 'missing field',
      actor: 'admin',
      request: () => ({ ...json('/api/points/rules/lesson_rated', {}) }),
    },
    {
      label: 'wrong type',
      actor: 'admin',
      request: () => json('/api/points/rules/lesson_rated', { points: '3' }),
    },
    {
      label: 'out of range',
      actor: 'admin',
      request: () => json('/api/points/rules/lesson_rated', { points: 5000 }),
    },
    {
      label: 'in the past',
      actor: 'admin',
      request: () =>
        json('/api/points/rules/lesson_rated', { ...rule, effectiveFrom: '2020-01-01T00:00:00Z' }),
    },
    {
      label: 'unknown rule, too long',
      actor: 'admin',
      request: () => json(`/api/points/rules/${LONG}`, rule),
    },
    {
      label: 'unknown field',
      actor: 'admin',
      request: () => json('/api/points/rules/lesson_rated', { ...rule, extra: 1 }),
    },
    {
      label: 'malformed JSON',
      actor: 'admin',
      request: malformed('/api/points/rules/lesson_rated'),
    },
    { label: 'form body', actor: 'admin', request: formEncoded('/api/points/rules/lesson_rated') },
  ],
  'GET /api/points/pioneers': pioneerCases('/api/points/pioneers'),
  'GET /api/points/pioneers.csv': pioneerCases('/api/points/pioneers.csv'),
  'GET /api/events/:id/checkin-code': eventCases('checkin-code'),
  'GET /api/events/:id/attendance.csv': eventCases('attendance.csv'),
  'POST /api/join': [
    {
      label: 'missing field',
      actor: 'anon',
      request: () => json('/api/join', { ...joining, phone: undefined }),
    },
    {
      label: 'wrong type',
      actor: 'anon',
      request: () => json('/api/join', { ...joining, name: 42 }),
    },
    {
      label: 'too long',
      actor: 'anon',
      request: () => json('/api/join', { ...joining, name: LONG }),
    },
    {
      label: 'code too short',
      actor: 'anon',
      request: () => json('/api/join', { ...joining, code: 'ABC' }),
    },
    {
      label: 'unknown standing',
      actor: 'anon',
      request: () => json('/api/join', { ...joining, standing: 'boss' }),
    },
    {
      label: 'phone not a mobile number',
      actor: 'anon',
      request: () => json('/api/join', { ...joining, phone: '12345' }),
    },
    {
      label: 'unknown field',
      actor: 'anon',
      request: () => json('/api/join', { ...joining, extra: 1 }),
    },
    { label: 'malformed JSON', actor: 'anon', request: malformed('/api/join') },
    { label: 'form body', actor: 'anon', request: formEncoded('/api/join') },
  ],
  'POST /api/auth/activate': [
    {
      label: 'missing field',
      actor: 'anon',
      request: () => json('/api/auth/activate', { ...activating, code: undefined }),
    },
    {
      label: 'wrong type',
      actor: 'anon',
      request: () => json('/api/auth/activate', { ...activating, code: 123456 }),
    },
    {
      label: 'password too short',
      actor: 'anon',
      request: () => json('/api/auth/activate', { ...activating, password: 'short' }),
    },
    {
      label: 'too long',
      actor: 'anon',
      request: () => json('/api/auth/activate', { ...activating, login: LONG }),
    },
    {
      label: 'unknown field',
      actor: 'anon',
      request: () => json('/api/auth/activate', { ...activating, admin: true }),
    },
    { label: 'malformed JSON', actor: 'anon', request: malformed('/api/auth/activate') },
    { label: 'form body', actor: 'anon', request: formEncoded('/api/auth/activate') },
  ],
  'POST /api/auth/password': [
    {
      label: 'missing field',
      actor: 'member',
      request: () => json('/api/auth/password', { current: 'lianxin-demo' }),
    },
    {
      label: 'wrong type',
      actor: 'member',
      request: () => json('/api/auth/password', { ...changing, next: 12345678 }),
    },
    {
      label: 'new password too short',
      actor: 'member',
      request: () => json('/api/auth/password', { ...changing, next: 'short' }),
    },
    {
      label: 'too long',
      actor: 'member',
      request: () => json('/api/auth/password', { ...changing, next: LONG }),
    },
    {
      label: 'unknown field',
      actor: 'member',
      request: () => json('/api/auth/password', { ...changing, extra: 1 }),
    },
    { label: 'malformed JSON', actor: 'member', request: malformed('/api/auth/password') },
    { label: 'form body', actor: 'member', request: formEncoded('/api/auth/password') },
  ],
  'POST /api/admin/import': [
    {
      label: 'JSON body',
      actor: 'organizer',
      request: () => json('/api/admin/import', { csv: 'a,b' }),
    },
    { label: 'malformed JSON', actor: 'organizer', request: malformed('/api/admin/import') },
    { label: 'form body', actor: 'organizer', request: formEncoded('/api/admin/import') },
    {
      label: 'dryRun of a wrong shape',
      actor: 'organizer',
      request: () => csvBody('/api/admin/import?dryRun=yes'),
    },
    {
      label: 'unknown parameter',
      actor: 'organizer',
      request: () => csvBody('/api/admin/import?x=1'),
    },
    // (a lone surrogate cannot reach the server in a CSV body: UTF-8 has no way to carry it)
    {
      label: 'NUL in a cell',
      actor: 'organizer',
      request: (): Request => ({
        url: '/api/admin/import',
        payload:
          '姓名,手机号,支部,身份,入党日期\n张\u0000三,13800138000,创客联合党支部,正式党员,2020-07-01\n',
        headers: { 'content-type': 'text/csv' },
      }),
    },
  ],
  'GET /api/admin/audit': [
    { label: 'limit 0', actor: 'admin', request: () => ({ url: '/api/admin/audit?limit=0' }) },
    {
      label: 'limit over 500',
      actor: 'admin',
      request: () => ({ url: '/api/admin/audit?limit=501' }),
    },
    {
      label: 'before not a number',
      actor: 'admin',
      request: () => ({ url: '/api/admin/audit?before=x' }),
    },
    {
      label: 'unknown format',
      actor: 'admin',
      request: () => ({ url: '/api/admin/audit?format=xml' }),
    },
    {
      label: 'unknown parameter',
      actor: 'admin',
      request: () => ({ url: '/api/admin/audit?x=1' }),
    },
  ],
  'GET /api/push/key': { none: 'no parameters, query or body' },
  'POST /api/push/test': { none: 'no parameters, query or body' },
  'GET /api/calendar/feed': { none: 'no parameters, query or body' },
  'POST /api/calendar/feed': { none: 'no parameters, query or body' },
  'DELETE /api/calendar/feed': { none: 'no parameters, query or body' },
  'POST /api/push/subscriptions': [
    {
      label: 'missing field',
      actor: 'member',
      request: () => json('/api/push/subscriptions', { endpoint: subscribing.endpoint }),
    },
    {
      label: 'wrong type',
      actor: 'member',
      request: () => json('/api/push/subscriptions', { ...subscribing, keys: 'k' }),
    },
    {
      label: 'too long',
      actor: 'member',
      request: () =>
        json('/api/push/subscriptions', {
          ...subscribing,
          endpoint: `https://push.example.com/${LONG}`,
        }),
    },
    {
      label: 'unknown field',
      actor: 'member',
      request: () => json('/api/push/subscriptions', { ...subscribing, userId: 'x' }),
    },
    {
      label: 'an endpoint inside the network',
      actor: 'member',
      request: () =>
        json('/api/push/subscriptions', { ...subscribing, endpoint: 'https://10.0.0.1/push' }),
    },
    {
      label: 'key not base64url',
      actor: 'member',
      request: () =>
        json('/api/push/subscriptions', {
          ...subscribing,
          keys: { ...subscribing.keys, auth: 'not base64 at all!!!!' },
        }),
    },
    { label: 'malformed JSON', actor: 'member', request: malformed('/api/push/subscriptions') },
    { label: 'form body', actor: 'member', request: formEncoded('/api/push/subscriptions') },
  ],
  'POST /api/push/unsubscribe': [
    { label: 'missing field', actor: 'member', request: () => json('/api/push/unsubscribe', {}) },
    {
      label: 'wrong type',
      actor: 'member',
      request: () => json('/api/push/unsubscribe', { endpoint: 42 }),
    },
    {
      label: 'too long',
      actor: 'member',
      request: () => json('/api/push/unsubscribe', { endpoint: LONG }),
    },
    {
      label: 'unknown field',
      actor: 'member',
      request: () => json('/api/push/unsubscribe', { endpoint: subscribing.endpoint, all: true }),
    },
    { label: 'malformed JSON', actor: 'member', request: malformed('/api/push/unsubscribe') },
    { label: 'form body', actor: 'member', request: formEncoded('/api/push/unsubscribe') },
  ],
  'GET /api/calendar/:file': [
    {
      label: 'not an .ics name',
      actor: 'anon',
      request: () => ({ url: `/api/calendar/${'A'.repeat(43)}.txt` }),
    },
    {
      label: 'secret of the wrong length',
      actor: 'anon',
      request: () => ({ url: '/api/calendar/abc.ics' }),
    },
    {
      label: 'too long',
      actor: 'anon',
      request: () => ({ url: `/api/calendar/${'A'.repeat(500)}.ics` }),
    },
  ],
};

/** Text no route or mutation may accept: PostgreSQL refuses NUL, and a lone surrogate is no character. */
const TAINTS = [
  ['NUL', '\u0000'],
  ['a lone surrogate', '\ud800'],
] as const;
/** Only NUL can travel in a URL: a lone surrogate has no UTF-8 to percent-encode. */
const URL_TAINTS = TAINTS.filter(([label]) => label === 'NUL');

/** Replaces the last character of `s` with the taint, so the length stays the same. */
const taint = (s: string, t: string) => s.slice(0, -1) + t;

type Path = (string | number)[];
/** The path of every string in a JSON value. */
function stringPaths(v: unknown, at: Path = []): Path[] {
  if (typeof v === 'string') return [at];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringPaths(x, [...at, i]));
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => stringPaths(x, [...at, k]));
  return [];
}
/** A copy of `v` with the string at `path` changed. */
function withString(v: unknown, path: Path, change: (s: string) => string): unknown {
  if (path.length === 0) return change(v as string);
  const [head, ...rest] = path;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = withString(copy[head!], rest, change);
  return copy;
}

/** A valid request of a route (HEAD follows its GET): the texts its NUL cases are made from. */
interface Sample {
  actor: Actor;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}
const ROUTE_SAMPLES: Record<string, ((w: World) => Promise<Sample> | Sample) | { none: string }> = {
  'POST /api/auth/login': () => ({ actor: 'anon', body: login }),
  'POST /api/auth/logout': { none: 'no parameters, query or body' },
  'POST /api/sync/push': () => ({ actor: 'member', body: pushBase() }),
  'GET /api/sync/pull': () => ({
    actor: 'member',
    query: { clientId: uuidv7(), cursor: 'eyJ2IjowfQ', limit: '10' },
  }),
  'GET /api/media/:id': () => ({ actor: 'anon', params: { id: 'a'.repeat(64) } }),
  'POST /api/media': { none: 'the body is the file itself, not text' },
  'GET /api/requests/:id/photos/:photoId': async (w) => {
    const r = await w.request('A');
    return { actor: 'member', params: { id: r.id, photoId: r.photoId } };
  },
  'GET /api/checklist/assessments/:id/photos/:photoId': () => ({
    actor: 'admin',
    params: { id: uuidv7(), photoId: uuidv7() },
  }),
  'GET /api/visits/:id/photos/:photoId': () => ({
    actor: 'admin',
    params: { id: uuidv7(), photoId: uuidv7() },
  }),
  'PUT /api/points/rules/:rule': () => ({
    actor: 'admin',
    params: { rule: 'lesson_rated' },
    body: { ...rule, effectiveFrom: new Date(Date.now() + 86_400_000).toISOString() },
  }),
  'GET /api/points/pioneers': (w) => ({
    actor: 'organizer',
    query: { month: '2024-01', orgId: w.orgs.A },
  }),
  'GET /api/points/pioneers.csv': (w) => ({
    actor: 'organizer',
    query: { month: '2024-01', orgId: w.orgs.A },
  }),
  'GET /api/events/:id/checkin-code': async (w) => ({
    actor: 'organizer',
    params: { id: (await w.event('A', 'live')).id },
  }),
  'GET /api/events/:id/attendance.csv': async (w) => ({
    actor: 'organizer',
    params: { id: (await w.event('A', 'live')).id },
  }),
  'POST /api/join': () => ({ actor: 'anon', body: joining }),
  'GET /api/flowing/:id/activity': async (w) => {
    await w.s.db.query(
      `UPDATE flowing_members SET status = 'ended' WHERE user_id = $1 AND status IN ('pending', 'confirmed')`,
      [w.ids.outsider],
    );
    const id = uuidv7();
    await w.as('outsider', 'flowing.register', {
      id,
      hostOrgId: w.orgs.A,
      homeOrg: '外地某街道党工委',
      since: '2020-01-01',
      until: '2020-12-31',
      contact: '13900000000',
    });
    return { actor: 'outsider', params: { id }, query: { format: 'json' } };
  },
  'POST /api/auth/activate': () => ({ actor: 'anon', body: activating }),
  'POST /api/auth/password': () => ({ actor: 'member', body: changing }),
  'POST /api/admin/import': {
    none: 'the body is a CSV file, not JSON: its NUL cases are in its bad-input cases',
  },
  'GET /api/admin/audit': () => ({ actor: 'admin', query: { before: '1000', limit: '10' } }),
  'POST /api/push/subscriptions': () => ({ actor: 'member', body: subscribing }),
  'POST /api/push/unsubscribe': () => ({
    actor: 'member',
    body: { endpoint: subscribing.endpoint },
  }),
  'GET /api/calendar/:file': () => ({
    actor: 'anon',
    params: { file: `${'A'.repeat(43)}.ics` },
  }),
};

/** The request a sample makes, with the route's `:params` filled in. */
function sampleRequest(key: string, sample: Sample): Request {
  const path = key
    .split(' ')[1]!
    .replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(sample.params?.[name] ?? ''));
  const query = sample.query ? `?${new URLSearchParams(sample.query)}` : '';
  return sample.body === undefined ? { url: path + query } : { ...json(path + query, sample.body) };
}

/** Each text of a sample (path parameter, query value, string in the body) made unsafe, one at a time. */
function taintedRequests(key: string, sample: Sample): [string, Request][] {
  const out: [string, Request][] = [];
  for (const [label, t] of URL_TAINTS) {
    for (const [name, value] of Object.entries(sample.params ?? {}))
      out.push([
        `:${name} with ${label}`,
        sampleRequest(key, { ...sample, params: { ...sample.params, [name]: taint(value, t) } }),
      ]);
    for (const [name, value] of Object.entries(sample.query ?? {}))
      out.push([
        `?${name} with ${label}`,
        sampleRequest(key, { ...sample, query: { ...sample.query, [name]: taint(value, t) } }),
      ]);
  }
  for (const [label, t] of TAINTS) {
    for (const path of stringPaths(sample.body))
      out.push([
        `body ${path.join('.')} with ${label}`,
        sampleRequest(key, { ...sample, body: withString(sample.body, path, (v) => taint(v, t)) }),
      ]);
    if (sample.body && typeof sample.body === 'object')
      out.push([
        `body key with ${label}`,
        sampleRequest(key, { ...sample, body: { ...sample.body, [`k${t}`]: 'x' } }),
      ]);
  }
  return out;
}

const METHOD_OF = (key: string) => key.split(' ')[0] as 'GET' | 'POST' | 'PUT';

/** A value of another JSON type than `v`. */
const otherType = (v: unknown): unknown =>
  typeof v === 'string'
    ? 12345
    : typeof v === 'number'
      ? 'twelve'
      : typeof v === 'boolean'
        ? 'yes'
        : Array.isArray(v)
          ? { not: 'a list' }
          : v === null
            ? 12345
            : 'an object';

type Shape = Record<string, { _zod: { optin?: string } }>;
const shapeOf = (name: MutationName) =>
  (mutationArgs[name] as unknown as { _zod: { def: { shape: Shape } } })._zod.def.shape;

/** Broken copies of valid args: each field missing, of another type, too long, and one unknown field. */
function variants(name: MutationName, args: Record<string, unknown>): [string, unknown][] {
  const shape = shapeOf(name);
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(args)) {
    if (shape[key]?._zod.optin !== 'optional') {
      const { [key]: _dropped, ...rest } = args;
      out.push([`missing ${key}`, rest]);
    }
    out.push([`${key} of another type`, { ...args, [key]: otherType(value) }]);
    if (typeof value === 'string')
      out.push([`${key} too long`, { ...args, [key]: value + '长'.repeat(30_000) }]);
    if (Array.isArray(value) && value.length)
      out.push([`${key} with too many items`, { ...args, [key]: Array(50).fill(value[0]) }]);
  }
  out.push(['an unknown field', { ...args, unexpected: 'x' }]);
  out.push(['args not an object', 'x']);
  for (const [label, t] of TAINTS) {
    for (const path of stringPaths(args))
      out.push([`${path.join('.')} with ${label}`, withString(args, path, (v) => taint(v, t))]);
    out.push([`an unknown field named with ${label}`, { ...args, [`k${t}`]: 'x' }]);
  }
  return out;
}

describe('bad input', () => {
  let s: TestServer;
  let w: World;

  beforeAll(async () => {
    s = await startServer();
    w = await makeWorld(s);
  });
  afterAll(() => s?.close());

  const clients = async () =>
    (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_clients'))[0]!.n;

  it('has cases for every registered route and every mutation', () => {
    const routes = registeredRoutes(s.app).filter((r) => !r.startsWith('HEAD '));
    expect(
      routes.filter((r) => !(r in ROUTE_CASES)),
      'routes without bad-input cases',
    ).toEqual([]);
    expect(
      Object.keys(ROUTE_CASES).filter((r) => !routes.includes(r)),
      'cases of no route',
    ).toEqual([]);
    expect(
      Object.keys(ROUTE_CASES).filter(
        (r) => Array.isArray(ROUTE_CASES[r]) !== Object.hasOwn(ROUTE_SAMPLES, r),
      ),
      'routes with bad-input cases but no valid sample for the NUL cases (or the reverse)',
    ).toEqual([]);
    const covered = new Set(
      MUTATION_ROWS.filter((r) => Object.values(r.expect).includes('applied')).map((r) => r.name),
    );
    expect(
      Object.keys(registry).filter((n) => !covered.has(n as MutationName)),
      'mutations without valid args',
    ).toEqual([]);
  });

  describe.each(
    Object.entries(ROUTE_CASES).filter((e): e is [string, BadCase[]] => Array.isArray(e[1])),
  )('%s', (key, cases) => {
    it('answers 400 invalid_request to each bad input and stores nothing', async () => {
      const got: Record<string, unknown> = {};
      for (const c of cases) {
        const req = await c.request(w);
        const token =
          c.actor === 'member' && key === 'POST /api/auth/logout'
            ? await w.freshToken('member')
            : w.token(c.actor);
        const before = await fingerprint(s);
        const clientsBefore = await clients();
        const res = await s.app.inject({
          method: METHOD_OF(key),
          url: req.url,
          payload: req.payload,
          headers: { ...req.headers, ...(token ? auth(token) : {}) },
        });
        const changed = changedTables(before, await fingerprint(s));
        if ((await clients()) !== clientsBefore) changed.push('sync_clients');
        const code = String(res.headers['content-type'] ?? '').includes('json')
          ? (res.json() as { error?: { code?: string } }).error?.code
          : res.body;
        got[c.label] = { status: res.statusCode, code, changed };
      }
      const want = Object.fromEntries(
        cases.map((c) => [c.label, { status: 400, code: 'invalid_request', changed: [] }]),
      );
      expect(got).toEqual(want);
    });
  });

  describe.each(
    Object.entries(ROUTE_SAMPLES).filter(
      (e): e is [string, (w: World) => Promise<Sample> | Sample] => typeof e[1] === 'function',
    ),
  )('%s', (key, make) => {
    it('answers 400 invalid_request to NUL or a lone surrogate in any text, and stores nothing', async () => {
      const sample = await make(w);
      const cases = taintedRequests(key, sample);
      const got: Record<string, unknown> = {};
      for (const [label, req] of cases) {
        const token = w.token(sample.actor);
        const before = await fingerprint(s);
        const res = await s.app.inject({
          method: METHOD_OF(key),
          url: req.url,
          payload: req.payload,
          headers: { ...req.headers, ...(token ? auth(token) : {}) },
        });
        const code = String(res.headers['content-type'] ?? '').includes('json')
          ? (res.json() as { error?: { code?: string } }).error?.code
          : res.body;
        got[label] = {
          status: res.statusCode,
          code,
          changed: changedTables(before, await fingerprint(s)),
        };
      }
      expect(cases.length).toBeGreaterThan(0);
      expect(got).toEqual(
        Object.fromEntries(
          cases.map(([label]) => [label, { status: 400, code: 'invalid_request', changed: [] }]),
        ),
      );
    });
  });

  it('never lets a raw byte sequence through the JSON parser as a server fault', async () => {
    const bodies: [string, Buffer][] = [
      ['a raw NUL byte in a string', Buffer.from('{"login":"mem\u0000ber","password":"x"}')],
      [
        'bytes that are not UTF-8',
        Buffer.concat([
          Buffer.from('{"login":"'),
          Buffer.from([0xed, 0xa0, 0x80, 0xff]),
          Buffer.from('"}'),
        ]),
      ],
      ['an escaped NUL in a key', Buffer.from('{"\\u0000":1}')],
      ['an escaped lone surrogate in a key', Buffer.from('{"\\ud800":1}')],
    ];
    const got: Record<string, number> = {};
    for (const [label, payload] of bodies) {
      for (const url of ['/api/auth/login', '/api/sync/push']) {
        const res = await s.app.inject({
          method: 'POST',
          url,
          payload,
          headers: { 'content-type': 'application/json', ...auth(w.token('member')!) },
        });
        got[`${url}: ${label}`] = res.statusCode;
      }
    }
    expect(got).toEqual(Object.fromEntries(Object.keys(got).map((k) => [k, 400])));
  });

  describe.each(Object.keys(registry) as MutationName[])('%s', (name) => {
    it('rejects each bad argument with invalid_request, stores nothing, and applies the valid args', async () => {
      const row = MUTATION_ROWS.find(
        (r) => r.name === name && Object.values(r.expect).includes('applied'),
      )!;
      const actor = (Object.keys(row.expect) as Actor[]).find((a) => row.expect[a] === 'applied')!;
      const args = await row.args(w, actor);
      const token = w.token(actor)!;
      const pushOne = async (a: unknown) => {
        const res = await s.app.inject({
          method: 'POST',
          url: '/api/sync/push',
          headers: auth(token),
          payload: { clientId: uuidv7(), schemaVersion: 1, mutations: [{ seq: 1, name, args: a }] },
        });
        if (res.statusCode !== 200)
          return { status: `HTTP ${res.statusCode}`, code: res.json().error?.code as string };
        return res.json().results[0] as { status: string; code?: string };
      };
      const got: Record<string, unknown> = {};
      const cases = variants(name, args);
      for (const [label, bad] of cases) {
        const before = await fingerprint(s);
        const r = await pushOne(bad);
        got[label] = {
          status: r.status,
          code: r.code,
          changed: changedTables(before, await fingerprint(s)),
        };
      }
      expect(got).toEqual(
        Object.fromEntries(
          cases.map(([label]) => [
            label,
            { status: 'rejected', code: 'invalid_request', changed: [] },
          ]),
        ),
      );
      // The same args, whole, are fine: each refusal above was for its one defect.
      expect(await pushOne(args)).toEqual({ seq: 1, status: 'applied' });
    });
  });
});
