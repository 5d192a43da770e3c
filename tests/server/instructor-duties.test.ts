import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { countRows } from './events-helpers.ts';
import { applied, outcome, pulled } from './org-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { refreshDemoDates } from '../../src/server/seed/keep-alive.ts';
import {
  halfYearOf,
  halfYearRange,
  previousHalfYear,
  reviewId,
  yearOf,
} from '../../src/shared/visits/duties.ts';

/** The instructor's half-yearly discussions and the yearly review (docs/organisation.md, "Instructors"). */
describe("instructors' discussions and yearly reviews", () => {
  let s: TestServer;
  let instructor: string;
  let parkOrganizer: string;
  let branchOrganizer: string;
  let admin: string;
  let member: string;
  let staff: string;
  let ownFirms: string[];
  let riverFirm: string;

  beforeAll(async () => {
    s = await startServer();
    instructor = await s.login('instructor');
    branchOrganizer = await s.login('organizer');
    admin = await s.login('admin');
    member = await s.login('member');
    staff = await s.login('staff');
    const [liu] = await s.db.query<{ login: string }>(
      `SELECT login FROM users WHERE name = '刘宁' AND org_id = $1`,
      [s.ids.park],
    );
    parkOrganizer = await s.login(liu!.login);
    const firms = await s.db.query<{ id: string; instructor_id: string | null }>(
      'SELECT id, instructor_id FROM firms ORDER BY created_at, id',
    );
    ownFirms = firms.filter((f) => f.instructor_id === s.ids.users.instructor).map((f) => f.id);
    riverFirm = firms.find((f) => f.instructor_id === s.ids.instructors.river)!.id;
  });
  afterAll(() => s?.close());

  const planned = (firmIds = ownFirms.slice(0, 3)) => ({
    id: uuidv7(),
    at: new Date(Date.now() + 5 * 86400_000).toISOString(),
    place: '园区党群服务中心',
    topic: '企业用工座谈',
    firmIds,
  });

  it('the demo: one discussion held last half year, one planned, and last year reviewed', async () => {
    const mine = [...(await pulled(s, instructor, 'discussion')).values()];
    const held = mine.filter((d) => d.held);
    expect(held).toHaveLength(1);
    expect(halfYearOf(held[0]!.at as string)).toBe(previousHalfYear(halfYearOf(new Date())));
    expect(held[0]!.notes).toEqual(expect.stringMatching(/\S/));
    expect(mine.filter((d) => !d.held)).toHaveLength(1);
    const review = (await pulled(s, instructor, 'instructor_review')).get(
      reviewId(s.ids.users.instructor, yearOf(new Date()) - 1),
    );
    expect(review).toMatchObject({ outcome: 'keep', instructorId: s.ids.users.instructor });
  });

  it('discussion.save: planned by the instructor, then held with minutes; exactly those above the firms receive it', async () => {
    const d = planned();
    await applied(s, instructor, 'discussion.save', d);
    const got = (await pulled(s, instructor, 'discussion')).get(d.id);
    expect(got).toMatchObject({
      instructorId: s.ids.users.instructor,
      held: false,
      notes: '',
      firmIds: d.firmIds,
      topic: d.topic,
    });
    expect((got!.firmNames as string[]).every((n) => n.length > 0)).toBe(true);
    for (const token of [admin, parkOrganizer]) {
      expect((await pulled(s, token, 'discussion')).has(d.id)).toBe(true);
    }
    // a branch secretary below the firms' grid, a member and staff never receive it
    for (const token of [branchOrganizer, member, staff]) {
      expect((await pulled(s, token, 'discussion')).has(d.id)).toBe(false);
    }

    const past = new Date(Date.now() - 3600_000).toISOString();
    // held needs minutes, and a time that has come
    expect(await outcome(s, instructor, 'discussion.save', { ...d, at: past, held: true })).toBe(
      'invalid_request',
    );
    expect(
      await outcome(s, instructor, 'discussion.save', { ...d, held: true, notes: '纪要' }),
    ).toBe('invalid_request');
    const held = { ...d, at: past, held: true, notes: '到会 3 家企业，议定两件事。' };
    await applied(s, instructor, 'discussion.save', held);
    expect((await pulled(s, parkOrganizer, 'discussion')).get(d.id)).toMatchObject({
      held: true,
      notes: held.notes,
    });
    // the same save again changes nothing; a held one is not planned again
    const version = async () =>
      (
        await s.db.query<{ version: string }>(
          `SELECT version FROM sync_log WHERE type = 'discussion' AND id = $1`,
          [d.id],
        )
      )[0]!.version;
    const before = await version();
    await applied(s, instructor, 'discussion.save', held);
    expect(await version()).toBe(before);
    expect(await outcome(s, instructor, 'discussion.save', { ...held, held: false })).toBe(
      'invalid_transition',
    );
    expect(await countRows(s, 'discussions', 'id = $1', [d.id])).toBe(1);
  });

  it("discussion.save: an organizer above all the firms may hold it; others' firms and ids are refused", async () => {
    const byPark = planned(ownFirms.slice(1, 4));
    await applied(s, parkOrganizer, 'discussion.save', byPark);
    expect((await pulled(s, instructor, 'discussion')).get(byPark.id)).toMatchObject({
      instructorId: s.ids.users.instructor,
      authorName: '刘宁',
    });
    // the instructor edits it later
    await applied(s, instructor, 'discussion.save', { ...byPark, place: '改在 C 座' });

    // a firm of another park's instructor: not seen by this instructor
    expect(await outcome(s, instructor, 'discussion.save', planned([riverFirm]))).toBe('not_found');
    // the branch secretary sees the firms (they sit above the branch) but is not above them
    expect(await outcome(s, branchOrganizer, 'discussion.save', planned())).toBe('forbidden');
    expect(await outcome(s, member, 'discussion.save', planned())).toBe('forbidden');
    // firms of two instructors are not one discussion
    expect(await outcome(s, admin, 'discussion.save', planned([ownFirms[0]!, riverFirm]))).toBe(
      'invalid_request',
    );
    // a firm named twice
    expect(
      await outcome(s, instructor, 'discussion.save', planned([ownFirms[0]!, ownFirms[0]!])),
    ).toBe('invalid_request');
    // the river instructor's discussion: its id is not this instructor's to write
    const river = planned([riverFirm]);
    await applied(s, admin, 'discussion.save', river);
    expect(await outcome(s, instructor, 'discussion.save', { ...river, firmIds: ownFirms })).toBe(
      'conflict',
    );
  });

  it('instructor.review: organizers above the instructor record one per year; the instructor reads their own', async () => {
    const year = yearOf(new Date());
    const id = reviewId(s.ids.users.instructor, year);
    const args = {
      year,
      instructorId: s.ids.users.instructor,
      outcome: 'keep',
      notes: '走访及时。',
    };
    await applied(s, parkOrganizer, 'instructor.review', args);
    await applied(s, parkOrganizer, 'instructor.review', {
      ...args,
      outcome: 'adjust',
      notes: '减两家企业。',
    });
    expect(await countRows(s, 'instructor_reviews', 'id = $1', [id])).toBe(1);
    expect((await pulled(s, instructor, 'instructor_review')).get(id)).toMatchObject({
      year,
      outcome: 'adjust',
      notes: '减两家企业。',
      reviewerName: '刘宁',
    });
    expect((await pulled(s, admin, 'instructor_review')).has(id)).toBe(true);
    for (const token of [branchOrganizer, member, staff]) {
      expect((await pulled(s, token, 'instructor_review')).has(id)).toBe(false);
    }
    expect(
      await countRows(s, 'audit_log', "action = 'instructor.review' AND target_id = $1", [
        s.ids.users.instructor,
      ]),
    ).toBe(2);

    expect(
      await outcome(s, parkOrganizer, 'instructor.review', {
        ...args,
        outcome: 'adjust',
        notes: ' ',
      }),
    ).toBe('invalid_request');
    expect(await outcome(s, parkOrganizer, 'instructor.review', { ...args, year: year + 1 })).toBe(
      'invalid_request',
    );
    // the branch secretary does not manage the park's instructor; the instructor cannot review
    expect(await outcome(s, branchOrganizer, 'instructor.review', args)).toBe('not_found');
    expect(await outcome(s, instructor, 'instructor.review', args)).toBe('forbidden');
    expect(await outcome(s, member, 'instructor.review', args)).toBe('forbidden');
    // only instructors are reviewed
    expect(
      await outcome(s, admin, 'instructor.review', { ...args, instructorId: s.ids.users.member }),
    ).toBe('invalid_instructor');
  });

  it('a demo kept for days keeps its planned discussion ahead; held ones keep their date', async () => {
    const rows = () =>
      s.db.query<{ id: string; at: Date; held: boolean }>(
        'SELECT id, at, held FROM discussions WHERE instructor_id = $1 ORDER BY id',
        [s.ids.users.instructor],
      );
    const before = await rows();
    const [{ value: anchor }] = (await s.db.query<{ value: string }>(
      `SELECT value FROM app_meta WHERE key = 'demo_anchor'`,
    )) as [{ value: string }];
    const moved = await s.db.tx((tx) =>
      refreshDemoDates(tx, new Date(Date.parse(anchor) + 3 * 86400_000)),
    );
    expect(moved?.days).toBe(3);
    for (const [i, d] of (await rows()).entries()) {
      const was = before[i]!;
      expect(d.at.getTime() - was.at.getTime()).toBe(d.held ? 0 : 3 * 86400_000);
    }
  });

  it('half years are counted in China Standard Time', () => {
    expect(halfYearOf('2026-06-30T16:30:00.000Z')).toBe('2026-H2');
    expect(halfYearOf('2026-06-30T15:59:00.000Z')).toBe('2026-H1');
    expect(halfYearRange('2026-H2').start).toBe(Date.parse('2026-07-01T00:00:00+08:00'));
  });
});
