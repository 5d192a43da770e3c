import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, startServer, type TestServer } from './helpers.ts';
import { pullAll } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { registry } from '../../src/server/mutations/index.ts';
import { mutationArgs } from '../../src/shared/mutations/index.ts';
import { RECORD_TYPES, type RecordType } from '../../src/shared/protocol.ts';
import {
  ACTORS,
  SIGNED_IN,
  changedTables,
  fingerprint,
  makeWorld,
  type Actor,
  type SignedIn,
  type World,
} from './authz-world.ts';
import {
  MUTATION_ROWS,
  ROUTE_ROWS,
  renderMatrix,
  type MutationRow,
  type Outcome,
  type Request,
  type RouteRow,
} from './authz-matrix-data.ts';
import { registeredRoutes } from './authz-routes.ts';

/**
 * The authorisation matrix: every route and every mutation, as each actor, on one real
 * app. A route Fastify registers or a mutation the registry knows without a row here fails the
 * first test. Every refusal must leave every record as it was.
 */
describe('authorisation matrix', () => {
  let s: TestServer;
  let w: World;

  beforeAll(async () => {
    s = await startServer();
    w = await makeWorld(s);
  });
  afterAll(() => s?.close());

  it('has a row for every registered route and every mutation, and none for what does not exist', () => {
    const routes = registeredRoutes(s.app);
    // HEAD is Fastify's own twin of each GET route: it is checked with the GET rows.
    const keyed = new Set(routes.filter((r) => !r.startsWith('HEAD ')));
    const rows = new Set(ROUTE_ROWS.map((r) => `${r.method} ${r.path}`));
    expect(
      [...keyed].filter((k) => !rows.has(k)),
      'routes without a matrix row',
    ).toEqual([]);
    expect(
      [...rows].filter((k) => !keyed.has(k)),
      'rows of routes that do not exist',
    ).toEqual([]);
    for (const r of routes.filter((x) => x.startsWith('HEAD ')))
      expect(keyed.has(r.replace('HEAD ', 'GET ')), r).toBe(true);

    const names = new Set(MUTATION_ROWS.map((r) => r.name));
    const known = Object.keys(registry);
    expect(
      known.filter((n) => !names.has(n as never)),
      'mutations without a row',
    ).toEqual([]);
    expect(
      Object.keys(mutationArgs).filter((n) => !known.includes(n)),
      'protocol names the server does not handle',
    ).toEqual([]);
  });

  it('docs/security.md shows this matrix', () => {
    const path = new URL('../../docs/security.md', import.meta.url);
    const doc = readFileSync(path, 'utf8');
    const marked = /<!-- authz-matrix:start -->[\s\S]*?<!-- authz-matrix:end -->/;
    expect(doc, 'docs/security.md needs the matrix markers').toMatch(marked);
    const fresh = doc.replace(
      marked,
      () => `<!-- authz-matrix:start -->\n${renderMatrix()}\n<!-- authz-matrix:end -->`,
    );
    // UPDATE_SECURITY_DOC=1 rewrites the table from the rows.
    if (process.env.UPDATE_SECURITY_DOC) return writeFileSync(path, fresh);
    expect(doc, 'run with UPDATE_SECURITY_DOC=1 to refresh docs/security.md').toBe(fresh);
  });

  /**
   * The signed-out actors are refused before anything is read, so they share one set of fresh
   * records; every signed-in actor gets its own.
   */
  const signedOut = (a: Actor) => a === 'anon' || a === 'expired' || a === 'revoked';
  function perActor<T>(make: (a: Actor) => Promise<T>) {
    let shared: Promise<T> | undefined;
    return (a: Actor) => (signedOut(a) ? (shared ??= make(a)) : make(a));
  }

  /** Runs one cell; returns its outcome and, for a refusal, the tables it changed. */
  async function routeCell(row: RouteRow, a: Actor, req: Request, method: string) {
    const token = row.freshToken ? await w.freshToken(a) : w.token(a);
    // HEAD is the twin of a GET already checked for stored changes: only its status counts.
    const before = method === 'HEAD' ? undefined : await fingerprint(s);
    const res = await s.app.inject({
      method: method as 'GET',
      url: req.url,
      payload: req.payload,
      headers: { ...req.headers, ...(token ? auth(token) : {}) },
      // A stream that stays open answers as soon as its head is written.
      ...(row.stream ? { payloadAsStream: true } : {}),
    });
    let text = row.stream ? '' : res.body;
    if (row.stream) {
      const stream = res.stream();
      if (res.statusCode < 400) {
        stream.destroy();
        return { outcome: res.statusCode as Outcome, changed: [] };
      }
      for await (const chunk of stream) text += chunk;
    }
    const changed =
      before && res.statusCode >= 400 ? changedTables(before, await fingerprint(s)) : [];
    if (before && res.statusCode >= 400) {
      // Refusals carry the contract's error body.
      const body = JSON.parse(text) as { error?: { code?: string } };
      if (typeof body.error?.code !== 'string') changed.push(`(no error body: ${text})`);
    }
    return { outcome: res.statusCode as Outcome, changed };
  }

  async function mutationCell(row: MutationRow, a: Actor, args: Record<string, unknown>) {
    const token = w.token(a);
    const clientId = uuidv7();
    const before = await fingerprint(s);
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: token ? auth(token) : {},
      payload: {
        clientId,
        schemaVersion: 1,
        mutations: [{ seq: 1, name: row.name, args, at: new Date().toISOString() }],
      },
    });
    let outcome: Outcome = res.statusCode;
    if (res.statusCode === 200) {
      const r = res.json().results[0] as { status: string; code?: string };
      outcome = r.status === 'applied' ? 'applied' : (r.code as Outcome);
    }
    const changed = outcome === 'applied' ? [] : changedTables(before, await fingerprint(s));
    if (res.statusCode !== 200) {
      const [client] = await s.db.query('SELECT 1 FROM sync_clients WHERE client_id = $1', [
        clientId,
      ]);
      if (client) changed.push('sync_clients');
    }
    return { outcome, changed };
  }

  describe.each(ROUTE_ROWS.map((r) => [`${r.method} ${r.path} (${r.target})`, r] as const))(
    '%s',
    (_title, row) => {
      it('answers each actor as the matrix says and stores nothing when it refuses', async () => {
        const got = {} as Record<Actor, Outcome>;
        const stored: Partial<Record<Actor, string[]>> = {};
        const request = row.eachActor
          ? (a: Actor) => row.request(w, a)
          : perActor((a) => row.request(w, a));
        for (const a of ACTORS) {
          const req = await request(a);
          const cell = await routeCell(row, a, req, row.method);
          got[a] = cell.outcome;
          if (cell.changed.length) stored[a] = cell.changed;
          if (row.method === 'GET') {
            const head = await routeCell(row, a, req, 'HEAD');
            if (head.outcome !== cell.outcome) stored[a] = [`HEAD answered ${head.outcome}`];
            if (head.changed.length) stored[a] = head.changed;
          }
        }
        expect(got).toEqual(row.expect);
        expect(stored, 'refusals that changed something').toEqual({});
      });
    },
  );

  describe.each(MUTATION_ROWS.map((r) => [`${r.name} (${r.target})`, r] as const))(
    '%s',
    (_title, row) => {
      it('answers each actor as the matrix says and stores nothing when it refuses', async () => {
        const got = {} as Record<Actor, Outcome>;
        const stored: Partial<Record<Actor, string[]>> = {};
        const args = perActor((a) => row.args(w, a));
        for (const a of ACTORS) {
          const cell = await mutationCell(row, a, await args(a));
          got[a] = cell.outcome;
          if (cell.changed.length) stored[a] = cell.changed;
        }
        expect(got).toEqual(row.expect);
        expect(stored, 'refusals that changed something').toEqual({});
      });
    },
  );

  /**
   * Pull rule 2, written from docs/sync-protocol.md rather than from the server's query: after every row above
   * has run (so there is a record of every type, by every actor), each actor pulls everything and
   * must receive exactly the records these predicates allow.
   */
  it('pull gives each actor exactly what docs/sync-protocol.md lets them see', async () => {
    const orgs = await s.db.query<{ id: string; path: string[] }>('SELECT id, path FROM orgs');
    const pathOf = new Map(orgs.map((o) => [o.id, o.path]));
    const users = new Map(
      (
        await s.db.query<{ id: string; org_id: string; roles: string[]; groups: string[] }>(
          'SELECT id, org_id, roles, groups FROM users',
        )
      ).map((u) => [u.id, u]),
    );
    const eventOrg = new Map(
      (await s.db.query<{ id: string; org_id: string }>('SELECT id, org_id FROM events')).map(
        (e) => [e.id, e.org_id],
      ),
    );
    const venueOrg = new Map(
      (await s.db.query<{ id: string; org_id: string }>('SELECT id, org_id FROM venues')).map(
        (v) => [v.id, v.org_id],
      ),
    );
    const requests = new Map(
      (
        await s.db.query<{ id: string; user_id: string; org_id: string; category: string }>(
          'SELECT id, user_id, org_id, category FROM requests',
        )
      ).map((r) => [r.id, r]),
    );

    type Data = Record<string, unknown>;
    interface Who {
      id: string;
      /** published here: the viewer's org and its ancestors */
      above: string[];
      roles: string[];
      groups: string[];
      /** an organizer or admin manages their org and everything below it */
      manages(org: string | undefined): boolean;
    }
    const who = (userId: string): Who => {
      const u = users.get(userId)!;
      const leads = u.roles.includes('organizer') || u.roles.includes('admin');
      return {
        id: u.id,
        above: pathOf.get(u.org_id)!,
        roles: u.roles,
        groups: u.groups,
        manages: (org) => leads && !!org && !!pathOf.get(org)?.includes(u.org_id),
      };
    };
    const sees = (v: Who, org: string | undefined) =>
      !!org && (v.above.includes(org) || v.manages(org));
    const orgOfUser = (id: unknown) => users.get(id as string)?.org_id;
    /** private records of a member: the member, and organizers of the member's org and above */
    const personal = (v: Who, d: Data) => d.userId === v.id || v.manages(orgOfUser(d.userId));
    /** a request's whole thread: the requester, its group's staff, the organizers above its org
     * (the requester's, or for a visit's problem the firm's) */
    const thread = (v: Who, requestId: unknown) => {
      const r = requests.get(requestId as string);
      if (!r) return false;
      return (
        r.user_id === v.id ||
        (v.roles.includes('staff') && v.groups.includes(r.category)) ||
        v.manages(r.org_id)
      );
    };
    const RULES: Record<RecordType, (v: Who, d: Data) => boolean> = {
      org: (v, d) => sees(v, d.id as string),
      user: (v, d) => d.id === v.id || v.manages(d.orgId as string),
      lesson: (v, d) => sees(v, d.orgId as string),
      event: (v, d) => sees(v, d.orgId as string),
      venue: (v, d) => sees(v, d.orgId as string),
      // check-in secrets only to the organizers of the party day's org
      event_secret: (v, d) => v.manages(eventOrg.get(d.eventId as string)),
      wall_post: (v, d) => sees(v, eventOrg.get(d.eventId as string)),
      // a hidden post: its author, and the organizers who may put it back
      hidden_wall_post: (v, d) => d.userId === v.id || v.manages(eventOrg.get(d.eventId as string)),
      // who handles a service group, and how fast: everyone signed in
      service_group: () => true,
      slot: (v, d) => sees(v, venueOrg.get(d.venueId as string)),
      rsvp: personal,
      // a flowing member's check-in at a host branch's party day also goes to the host's organizers
      checkin: (v, d) => {
        const at = eventOrg.get(d.eventId as string);
        const home = pathOf.get(orgOfUser(d.userId) ?? '') ?? [];
        return personal(v, d) || (!!at && !home.includes(at) && v.manages(at));
      },
      lesson_progress: personal,
      lesson_rating: personal,
      booking: personal,
      points_entry: personal,
      request: (v, d) => thread(v, d.id),
      request_comment: (v, d) => thread(v, d.requestId),
      request_event: (v, d) => thread(v, d.requestId),
      // the register is public at its org, and goes to the firm's instructor wherever they are
      firm: (v, d) => sees(v, d.orgId as string) || d.instructorId === v.id,
      // organisation work: organizers of the node and above, and admins, only
      invite: (v, d) => v.manages(d.orgId as string),
      join_request: (v, d) => v.manages(d.orgId as string),
      member_admin: (v, d) => v.manages(d.orgId as string),
      // the inbox: a notice made for one user is theirs alone; a join request's goes to the
      // branch's organizers and above; a published one is public at its org
      notice: (v, d) =>
        d.recipientId
          ? d.recipientId === v.id
          : d.kind === 'join_request'
            ? v.manages(d.orgId as string)
            : sees(v, d.orgId as string),
      notice_read: (v, d) => d.userId === v.id,
      notice_prefs: (v, d) => d.userId === v.id,
      // the district's checklist template is public at the district; a branch's entered
      // indicators go to its organizers and above, and admins, only
      checklist_template: (v, d) => sees(v, d.orgId as string),
      checklist_assessment: (v, d) => v.manages(d.orgId as string),
      // the three lists: working items to the park's organizers; needs and resources also to the
      // staff of their service group and to whoever claimed (need) or posted (resource) them
      list_item: (v, d) =>
        v.manages(d.orgId as string) ||
        (d.kind !== 'activity' &&
          ((v.roles.includes('staff') && v.groups.includes(d.category as string)) ||
            (d.kind === 'need' ? d.claimedBy === v.id : d.userId === v.id))),
      // the published lists: public at the park
      list_publication: (v, d) => sees(v, d.orgId as string),
      // recruitment: the branch's organizers and above, and admins; the candidate's own account
      // receives its stage alone, in a record of its own
      candidate: (v, d) => v.manages(d.orgId as string),
      candidate_stage: (v, d) => d.userId === v.id,
      // membership changes: the member, and organizers of the host branch / of either side
      flowing: (v, d) => d.userId === v.id || v.manages(d.hostOrgId as string),
      transfer: (v, d) =>
        d.memberId === v.id ||
        v.manages((d.fromOrgId as string | null) ?? undefined) ||
        v.manages((d.toOrgId as string | null) ?? undefined),
      // instructors' work: a visit to its instructor (or its author when the firm had none) and
      // the organizers above the firm; a work log to its author and the organizers above them;
      // the district's visit settings to everyone in the district
      visit: (v, d) => v.id === (d.instructorId ?? d.userId) || v.manages(d.orgId as string),
      worklog: (v, d) => d.userId === v.id || v.manages(d.orgId as string),
      visit_settings: (v, d) => sees(v, d.orgId as string),
      // a discussion to its instructor and the organizers above all its firms; a yearly review
      // to the instructor and the organizers above the instructor
      discussion: (v, d) => d.instructorId === v.id || v.manages(d.orgId as string),
      instructor_review: (v, d) => d.instructorId === v.id || v.manages(d.orgId as string),
    };

    const ACTIVATION_TYPES: string[] = ['join_request', 'member_admin'];
    const codes = await s.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sync_log WHERE type = ANY($1) AND data->>'activationCode' IS NOT NULL`,
      [ACTIVATION_TYPES],
    );
    // not vacuous: some records do carry a code
    expect(codes[0]!.n).toBeGreaterThan(0);
    const log = await s.db.query<{ type: string; id: string; data: Data }>(
      'SELECT type, id, data FROM sync_log WHERE NOT deleted',
    );
    const unknownTypes = [...new Set(log.map((r) => r.type))].filter(
      (t) => !(RECORD_TYPES as readonly string[]).includes(t),
    );
    expect(unknownTypes, 'record types without a visibility rule').toEqual([]);

    const report: Record<string, unknown> = {};
    const counts: Partial<Record<SignedIn, number>> = {};
    for (const a of SIGNED_IN) {
      const v = who(w.ids[a]);
      const want = new Set(
        log.filter((r) => RULES[r.type as RecordType](v, r.data)).map((r) => `${r.type}:${r.id}`),
      );
      const { changes } = await pullAll(s, w.token(a)!, uuidv7());
      // Records only: a later page may carry tombstones, which name nothing but a type and an id.
      const got = new Set(changes.filter((c) => c.op === 'put').map((c) => `${c.type}:${c.id}`));
      const leaked = [...got].filter((k) => !want.has(k));
      const missing = [...want].filter((k) => !got.has(k));
      // Secrets travel only in their own record type; no record carries credentials. The one
      // exception is the one-time activation code an organizer hands to a newcomer: it may appear
      // only in `join_request` and `member_admin`, which only organizers above and admins pull
      // (RULES above), and whoever pulls a code must manage the account's org.
      const secrets = changes
        .filter((c) => c.op === 'put')
        .filter(
          (c) =>
            Object.keys(c.data).some(
              (k) =>
                (k === 'secret' && c.type !== 'event_secret') ||
                /password|token|hash/i.test(k) ||
                (/activation/i.test(k) && !ACTIVATION_TYPES.includes(c.type)),
            ) ||
            (ACTIVATION_TYPES.includes(c.type) &&
              c.data.activationCode != null &&
              !v.manages(c.data.orgId as string)),
        )
        .map((c) => `${c.type}:${c.id}`);
      if (leaked.length || missing.length || secrets.length)
        report[a] = { leaked, missing, secrets };
      counts[a] = got.size;
    }
    expect(report).toEqual({});
    // Not vacuous: every actor receives records, and there is a record of every type to judge.
    for (const a of SIGNED_IN) expect(counts[a], a).toBeGreaterThan(0);
    const types = new Set(log.map((r) => r.type));
    for (const t of RECORD_TYPES) expect(types.has(t), `no ${t} record to check`).toBe(true);
  });
});
