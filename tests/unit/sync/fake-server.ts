/**
 * A small in-memory server that follows docs/sync-protocol.md push/pull (not the real one, which lives in
 * src/server and is tested on PGlite). It exists so the engine can be exercised offline, with
 * failure injection (network loss, lost responses, backup restores, resets) that a real server
 * cannot easily produce. Visibility is simplified: records with an owner go to the owner only.
 */
import * as z from 'zod/mini';
import { mutationArgs, isMutationName } from '../../../src/shared/mutations/index.ts';
import {
  MAX_PUSH_BYTES,
  MAX_PUSH_MUTATIONS,
  pushRequest,
  type Change,
  type MutationResult,
  type PushRequest,
  type SessionUser,
} from '../../../src/shared/protocol.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { wholeRecord } from './record-templates.ts';

type Data = Record<string, unknown>;
interface LogRow {
  type: string;
  id: string;
  version: number;
  ownerId: string | null;
  data: Data | null;
}
interface State {
  clients: Map<string, { userId: string; lastSeq: number }>;
  log: Map<string, LogRow>;
  version: number;
}
class Reject extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

const json = (status: number, body: unknown) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
const fail = (status: number, code: string, details?: unknown) =>
  json(status, { error: { code, message: code, ...(details === undefined ? {} : { details }) } });

const clone = (s: State): State => structuredClone(s);

export class FakeServer {
  users = new Map<string, { user: SessionUser; password: string }>();
  tokens = new Map<string, string>();
  state: State = { clients: new Map(), log: new Map(), version: 0 };
  schemaVersion = 1;
  offline = false;
  /** the next push is applied but its response is lost */
  loseNextPushResponse = false;
  pushes: PushRequest[] = [];
  pushBytes: number[] = [];
  pulls: URLSearchParams[] = [];
  private resetFor = new Set<string>();
  private clock = Date.parse('2025-03-01T08:00:00Z');

  addUser(login: string, extra: Partial<SessionUser> = {}): SessionUser {
    const user: SessionUser = {
      id: uuidv7(),
      name: login,
      login,
      roles: ['member'],
      orgId: '00000000-0000-7000-8000-000000000001',
      groups: [],
      ...extra,
    };
    this.users.set(login, { user, password: 'pw' });
    return user;
  }

  snapshot(): State {
    return clone(this.state);
  }
  restore(s: State): void {
    this.state = clone(s);
  }
  resetNextPull(userId: string): void {
    this.resetFor.add(userId);
  }
  revokeTokens(userId: string): void {
    for (const [t, u] of this.tokens) if (u === userId) this.tokens.delete(t);
  }

  /** records as the server holds them (not deleted) */
  records(type: string): Data[] {
    return [...this.state.log.values()]
      .filter((r) => r.type === type && r.data)
      .map((r) => r.data!);
  }
  get(type: string, id: string): Data | null {
    return this.state.log.get(`${type}:${id}`)?.data ?? null;
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }
  put(type: string, data: Data, ownerId: string | null = null): void {
    const id = String(data.id);
    this.state.version += 1;
    const whole = wholeRecord(type, data);
    this.state.log.set(`${type}:${id}`, {
      type,
      id,
      version: this.state.version,
      ownerId,
      data: whole,
    });
  }
  del(type: string, id: string): void {
    const row = this.state.log.get(`${type}:${id}`);
    if (!row) return;
    this.state.version += 1;
    this.state.log.set(`${type}:${id}`, { ...row, version: this.state.version, data: null });
  }

  fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    if (this.offline) throw new TypeError('Failed to fetch');
    const url = new URL(input, 'http://fake.test');
    const body = typeof init.body === 'string' ? init.body : undefined;
    const auth = new Headers(init.headers).get('authorization');
    const userId = auth?.startsWith('Bearer ') ? this.tokens.get(auth.slice(7)) : undefined;
    const viewer = [...this.users.values()].find((u) => u.user.id === userId)?.user;
    const route = `${init.method ?? 'GET'} ${url.pathname}`;
    if (route === 'POST /api/auth/login') {
      const { login, password } = JSON.parse(body ?? '{}') as { login: string; password: string };
      const found = this.users.get(login);
      if (!found || found.password !== password) return fail(401, 'invalid_credentials');
      const token = uuidv7();
      this.tokens.set(token, found.user.id);
      return json(200, { token, user: found.user });
    }
    if (!viewer) return fail(401, 'unauthenticated');
    if (route === 'POST /api/auth/logout') {
      this.tokens.delete(auth!.slice(7));
      return json(204, null);
    }
    if (route === 'GET /api/me/card') {
      return json(200, { token: `card-${viewer.id}`, expiresAt: '2030-01-01T00:00:00Z' });
    }
    if (route === 'POST /api/sync/push') {
      this.pushBytes.push(new TextEncoder().encode(body ?? '').byteLength);
      const res = this.push(viewer, body ?? '');
      if (this.loseNextPushResponse) {
        this.loseNextPushResponse = false;
        throw new TypeError('connection reset');
      }
      return res;
    }
    if (route === 'GET /api/sync/pull') return this.pull(viewer, url.searchParams);
    return fail(404, 'not_found');
  };

  private push(viewer: SessionUser, raw: string): Response {
    if (new TextEncoder().encode(raw).byteLength > MAX_PUSH_BYTES)
      return fail(413, 'payload_too_large');
    const parsed = z.safeParse(pushRequest, JSON.parse(raw));
    if (!parsed.success) return fail(400, 'invalid_request');
    const req = parsed.data;
    this.pushes.push(req);
    if (req.schemaVersion !== this.schemaVersion) return fail(409, 'client_outdated');
    if (req.mutations.length > MAX_PUSH_MUTATIONS) return fail(413, 'payload_too_large');
    const client = this.state.clients.get(req.clientId);
    if (client && client.userId !== viewer.id) return fail(403, 'forbidden'); // rule 1
    const lastSeq = client?.lastSeq ?? 0;
    const fresh = req.mutations.filter((m) => m.seq > lastSeq);
    if (fresh.length && fresh[0]!.seq !== lastSeq + 1) return fail(409, 'seq_gap', { lastSeq }); // rule 3
    const entry = client ?? { userId: viewer.id, lastSeq: 0 };
    this.state.clients.set(req.clientId, entry);
    const results: MutationResult[] = [];
    for (const m of req.mutations) {
      if (m.seq <= entry.lastSeq) {
        results.push({ seq: m.seq, status: 'duplicate' }); // rule 2
        continue;
      }
      const before = clone(this.state);
      try {
        this.apply(viewer, m.name, m.args);
        results.push({ seq: m.seq, status: 'applied' });
      } catch (err) {
        if (!(err instanceof Reject)) throw err;
        this.state = before; // each mutation atomic (rule 4)
        results.push({ seq: m.seq, status: 'rejected', code: err.code, message: err.message });
      }
      const current = this.state.clients.get(req.clientId)!;
      current.lastSeq = m.seq;
      entry.lastSeq = m.seq;
    }
    return json(200, { lastSeq: entry.lastSeq, results });
  }

  private visible(row: LogRow, viewer: SessionUser): boolean {
    return row.ownerId === null || row.ownerId === viewer.id;
  }

  private pull(viewer: SessionUser, q: URLSearchParams): Response {
    this.pulls.push(q);
    const clientId = q.get('clientId') ?? '';
    const limit = Math.min(Number(q.get('limit') ?? 500), 1000);
    const cursor = q.get('cursor');
    const client = this.state.clients.get(clientId);
    const lastSeq = client && client.userId === viewer.id ? client.lastSeq : 0;
    let from = 0;
    if (cursor !== null) {
      const m = /^v(\d+)$/.exec(cursor);
      const known = m && Number(m[1]) <= this.state.version;
      if (!known || this.resetFor.delete(viewer.id)) {
        return json(200, { cursor: '', hasMore: true, reset: true, lastSeq, changes: [] }); // rule 5
      }
      from = Number(m![1]);
    }
    const rows = [...this.state.log.values()]
      .filter((r) => r.version > from && this.visible(r, viewer))
      .sort((a, b) => a.version - b.version);
    const page = rows.slice(0, limit);
    const changes: Change[] = page.map((r) =>
      r.data
        ? { type: r.type as Change['type'], op: 'put', id: r.id, data: r.data }
        : { type: r.type as Change['type'], op: 'del', id: r.id },
    );
    const hasMore = rows.length > limit;
    const next = hasMore ? page[page.length - 1]!.version : this.state.version;
    return json(200, { cursor: `v${next}`, hasMore, reset: false, lastSeq, changes });
  }

  private findBy(type: string, match: (d: Data) => boolean): Data | null {
    return this.records(type).find(match) ?? null;
  }

  private upsert(
    type: string,
    owner: SessionUser | string,
    match: (d: Data) => boolean,
    fields: Data,
  ) {
    const ownerId = typeof owner === 'string' ? owner : owner.id;
    const now = this.now();
    const current = this.findBy(type, match);
    const data = current
      ? { ...current, ...fields, updatedAt: now }
      : { id: uuidv7(), userId: ownerId, ...fields, createdAt: now, updatedAt: now };
    this.put(type, data, ownerId);
    return data;
  }

  private apply(viewer: SessionUser, name: string, rawArgs: unknown): void {
    if (!isMutationName(name)) throw new Reject('unknown_mutation');
    const parsed = z.safeParse(mutationArgs[name], rawArgs);
    if (!parsed.success) throw new Reject('invalid_request');
    const a = parsed.data as Data;
    const now = this.now();
    const own = (type: string, id: string) => {
      const existing = this.state.log.get(`${type}:${id}`);
      if (!existing) return false;
      if (existing.ownerId !== viewer.id) throw new Reject('conflict'); // rule 7
      return true;
    };
    switch (name) {
      case 'request.create': {
        if (own('request', String(a.id))) return;
        const { photos: _photos, ...rest } = a;
        this.put(
          'request',
          {
            ...rest,
            userId: viewer.id,
            requesterName: viewer.name,
            orgId: viewer.orgId,
            status: 'submitted',
            venueBooking: a.venueBooking ?? null,
            photos: [],
            assigneeId: null,
            rating: null,
            acceptedAt: null,
            resolvedAt: null,
            createdAt: now,
            updatedAt: now,
          },
          viewer.id,
        );
        return;
      }
      case 'request.transition': {
        const r = this.get('request', String(a.requestId));
        if (!r) throw new Reject('not_found');
        const next: Record<string, string[]> = {
          submitted: ['accepted', 'rejected'],
          accepted: ['in_progress', 'resolved', 'rejected'],
          in_progress: ['resolved', 'rejected'],
        };
        if (!(next[String(r.status)] ?? []).includes(String(a.to)))
          throw new Reject('invalid_transition');
        const row = this.state.log.get(`request:${String(a.requestId)}`)!;
        this.put('request', { ...r, status: a.to, updatedAt: now }, row.ownerId);
        return;
      }
      case 'request.comment': {
        if (own('request_comment', String(a.id))) return;
        const r = this.state.log.get(`request:${String(a.requestId)}`);
        if (!r?.data) throw new Reject('not_found');
        this.put(
          'request_comment',
          { ...a, userId: viewer.id, authorName: viewer.name, createdAt: now, updatedAt: now },
          r.ownerId,
        );
        return;
      }
      case 'lesson.progress': {
        const match = (d: Data) => d.userId === viewer.id && d.lessonId === a.lessonId;
        const cur = this.findBy('lesson_progress', match);
        this.upsert('lesson_progress', viewer, match, {
          lessonId: a.lessonId,
          position: Math.max(Number(cur?.position ?? 0), Number(a.position)),
          completed: Boolean(cur?.completed) || Boolean(a.completed),
          quizScore: a.quizScore ?? cur?.quizScore ?? null,
        });
        return;
      }
      case 'lesson.rate':
        this.upsert(
          'lesson_rating',
          viewer,
          (d) => d.userId === viewer.id && d.lessonId === a.lessonId,
          {
            lessonId: a.lessonId,
            score: a.score,
            comment: a.comment ?? null,
          },
        );
        return;
      case 'event.rsvp':
        this.upsert('rsvp', viewer, (d) => d.userId === viewer.id && d.eventId === a.eventId, {
          eventId: a.eventId,
          status: a.status,
        });
        return;
      case 'event.checkin': {
        if (a.code === '000000') throw new Reject('bad_code', 'Wrong code.');
        const match = (d: Data) => d.userId === viewer.id && d.eventId === a.eventId;
        if (!this.findBy('checkin', match)) {
          this.upsert('checkin', viewer, match, { eventId: a.eventId, method: 'code' });
        }
        return;
      }
      case 'wall.post':
        if (own('wall_post', String(a.id))) return;
        this.put('wall_post', {
          ...a,
          userId: viewer.id,
          authorName: viewer.name,
          createdAt: now,
          updatedAt: now,
        });
        return;
      case 'booking.create': {
        if (own('booking', String(a.id))) return;
        const start = Date.parse(String(a.start));
        const end = Date.parse(String(a.end));
        const clash = this.records('slot').some(
          (s) =>
            s.venueId === a.venueId &&
            Date.parse(String(s.start)) < end &&
            start < Date.parse(String(s.end)),
        );
        if (clash) throw new Reject('slot_taken', 'Someone booked this time first.');
        this.put(
          'booking',
          { ...a, userId: viewer.id, status: 'booked', createdAt: now, updatedAt: now },
          viewer.id,
        );
        this.put('slot', { id: a.id, venueId: a.venueId, start: a.start, end: a.end });
        return;
      }
      case 'booking.cancel': {
        const b = this.get('booking', String(a.bookingId));
        if (!b || b.userId !== viewer.id) throw new Reject('not_found');
        this.put('booking', { ...b, status: 'cancelled', updatedAt: now }, viewer.id);
        this.del('slot', String(a.bookingId));
        return;
      }
      default:
        // The remaining mutations have no effect this fake needs to model.
        return;
    }
  }
}
