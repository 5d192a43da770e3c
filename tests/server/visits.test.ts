import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer, jpegBase64 as jpeg } from './helpers.ts';
import { countRows } from './events-helpers.ts';
import { applied, outcome, pulled } from './org-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { monthOf, previousMonth, worklogId } from '../../src/shared/visits/rules.ts';

describe("instructors' visits and work logs", () => {
  let s: TestServer;
  let instructor: string;
  let staff: string;
  let admin: string;
  let member: string;
  let organizer: string;
  let ownFirm: string;
  let otherFirm: string;

  beforeAll(async () => {
    s = await startServer();
    instructor = await s.login('instructor');
    staff = await s.login('staff');
    admin = await s.login('admin');
    member = await s.login('member');
    organizer = await s.login('organizer');
    const firms = await s.db.query<{ id: string; instructor_id: string | null }>(
      'SELECT id, instructor_id FROM firms ORDER BY created_at',
    );
    ownFirm = firms.find((f) => f.instructor_id === s.ids.users.instructor)!.id;
    otherFirm = firms.find((f) => f.instructor_id === s.ids.instructors.river)!.id;
  });
  afterAll(() => s?.close());

  const visit = (firmId: string, problems = 2) => ({
    id: uuidv7(),
    firmId,
    at: new Date(Date.now() - 3600_000).toISOString(),
    kind: 'visit',
    notes: '与企业负责人座谈。',
    met: '张总（总经理）',
    answers: [{ questionId: 'needs', question: '最需要解决的事？', answer: '用工合同' }],
    problems: [
      { id: uuidv7(), category: 'legal', title: '劳动合同模板', body: '想请律师看一下。' },
      { id: uuidv7(), category: 'talent', title: '招聘实习生', body: '希望对接高校。' },
    ].slice(0, problems),
  });

  it('visit.log: the problems become requests of their groups, linked to the visit and the firm', async () => {
    const v = visit(ownFirm);
    await applied(s, instructor, 'visit.log', v);
    const requests = await pulled(s, staff, 'request');
    for (const p of v.problems) {
      expect(requests.get(p.id)).toMatchObject({
        category: p.category,
        title: p.title,
        status: 'submitted',
        visitId: v.id,
        firmId: ownFirm,
        userId: s.ids.users.instructor,
      });
      expect(requests.get(p.id)!.firmName).toEqual(expect.any(String));
    }
    // the visit itself: the instructor and the admin above, not the staff or a member
    expect((await pulled(s, instructor, 'visit')).get(v.id)).toMatchObject({
      firmId: ownFirm,
      kind: 'visit',
      met: '张总（总经理）',
      requestIds: v.problems.map((p) => p.id),
      instructorId: s.ids.users.instructor,
    });
    expect((await pulled(s, admin, 'visit')).has(v.id)).toBe(true);
    expect((await pulled(s, staff, 'visit')).has(v.id)).toBe(false);
    expect((await pulled(s, member, 'visit')).has(v.id)).toBe(false);
    // the instructor follows the requests they raised
    expect([...(await pulled(s, instructor, 'request')).keys()]).toEqual(
      expect.arrayContaining(v.problems.map((p) => p.id)),
    );
  });

  it('visit.log: resending changes nothing; the same id from someone else is a conflict', async () => {
    const v = visit(ownFirm);
    await applied(s, instructor, 'visit.log', v);
    await applied(s, instructor, 'visit.log', v); // another clientId: push rule 7
    expect(await countRows(s, 'visits', 'id = $1', [v.id])).toBe(1);
    expect(await countRows(s, 'requests', 'visit_id = $1', [v.id])).toBe(2);
    expect(await outcome(s, admin, 'visit.log', v)).toBe('conflict');
    // a problem id taken by another record refuses the whole visit
    const taken = visit(ownFirm);
    taken.problems[1]!.id = v.problems[0]!.id;
    expect(await outcome(s, instructor, 'visit.log', taken)).toBe('conflict');
    expect(await countRows(s, 'visits', 'id = $1', [taken.id])).toBe(0);
    expect(await countRows(s, 'requests', 'id = $1', [taken.problems[0]!.id])).toBe(0);
  });

  it('visit.log: photos are kept with the visit and read by exactly those who receive it', async () => {
    const photo = (mime: string, data: string) => ({ id: uuidv7(), mime, data });
    const v = {
      ...visit(ownFirm, 0),
      photos: [photo('image/jpeg', jpeg()), photo('image/jpeg', jpeg(900))],
    };
    await applied(s, instructor, 'visit.log', v);
    const record = (await pulled(s, instructor, 'visit')).get(v.id) as {
      photos: { id: string; mime: string; url: string }[];
    };
    expect(record.photos.map((p) => p.id)).toEqual(v.photos.map((p) => p.id));
    const url = record.photos[0]!.url;
    expect(url).toBe(`/api/visits/${v.id}/photos/${v.photos[0]!.id}`);
    const get = (token: string) =>
      s.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    for (const token of [instructor, admin]) {
      const res = await get(token);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/jpeg');
      expect(res.rawPayload.equals(Buffer.from(v.photos[0]!.data, 'base64'))).toBe(true);
    }
    // a member, staff, and the organizer of a branch that is not above the firm: as if absent
    for (const token of [member, staff]) expect((await get(token)).statusCode).toBe(404);
    // a photo that is not an image of its type refuses the visit; nothing of it is kept
    const bad = { ...visit(ownFirm, 1), photos: [photo('image/png', jpeg())] };
    expect(await outcome(s, instructor, 'visit.log', bad)).toBe('invalid_request');
    expect(await countRows(s, 'visits', 'id = $1', [bad.id])).toBe(0);
    expect(await countRows(s, 'requests', 'id = $1', [bad.problems[0]!.id])).toBe(0);
    // the same photo id again, in another visit, is a conflict
    const again = { ...visit(ownFirm, 0), photos: [v.photos[0]!] };
    expect(await outcome(s, instructor, 'visit.log', again)).toBe('conflict');
  });

  it("visit.log: another instructor's firm is not found; a branch organizer below is refused; bad input", async () => {
    expect(await outcome(s, instructor, 'visit.log', visit(otherFirm))).toBe('not_found');
    expect(await outcome(s, organizer, 'visit.log', visit(ownFirm))).toMatch(/not_found|forbidden/);
    await applied(s, admin, 'visit.log', visit(otherFirm, 0));
    const ahead = { ...visit(ownFirm), at: new Date(Date.now() + 3 * 86400_000).toISOString() };
    expect(await outcome(s, instructor, 'visit.log', ahead)).toBe('invalid_request');
    const twice = visit(ownFirm);
    twice.problems[1]!.id = twice.problems[0]!.id;
    expect(await outcome(s, instructor, 'visit.log', twice)).toBe('invalid_request');
    expect(await outcome(s, instructor, 'visit.log', { ...visit(ownFirm), kind: 'letter' })).toBe(
      'invalid_request',
    );
  });

  it('worklog: saved as a draft, submitted once, then final; organizers above read it', async () => {
    const month = previousMonth(previousMonth(monthOf(new Date())));
    const id = worklogId(s.ids.users.instructor, month);
    await applied(s, instructor, 'worklog.save', { month, body: '草稿' });
    await applied(s, instructor, 'worklog.save', { month, body: '草稿二' });
    expect((await pulled(s, instructor, 'worklog')).get(id)).toMatchObject({
      month,
      body: '草稿二',
      status: 'draft',
    });
    await applied(s, instructor, 'worklog.submit', { month, body: '定稿' });
    await applied(s, instructor, 'worklog.submit', { month, body: '定稿' });
    expect(await outcome(s, instructor, 'worklog.save', { month, body: '改' })).toBe(
      'invalid_transition',
    );
    expect((await pulled(s, admin, 'worklog')).get(id)).toMatchObject({
      status: 'submitted',
      body: '定稿',
      submittedAt: expect.any(String),
    });
    expect((await pulled(s, member, 'worklog')).has(id)).toBe(false);
    expect((await pulled(s, staff, 'worklog')).has(id)).toBe(false);
    expect(await outcome(s, member, 'worklog.save', { month, body: 'x' })).toBe('forbidden');
    expect(await outcome(s, instructor, 'worklog.submit', { month, body: '' })).toBe(
      'invalid_request',
    );
  });

  it("visit.settings: the district's admin sets the interval and the form; everyone in it reads them", async () => {
    const args = {
      orgId: s.ids.district,
      intervalDays: 10,
      questions: [{ id: 'needs', text: '最需要解决的一件事？' }],
    };
    await applied(s, admin, 'visit.settings', args);
    expect((await pulled(s, instructor, 'visit_settings')).get(s.ids.district)).toMatchObject({
      intervalDays: 10,
      questions: args.questions,
    });
    expect(await outcome(s, organizer, 'visit.settings', args)).toBe('forbidden');
    expect(
      await outcome(s, admin, 'visit.settings', {
        ...args,
        questions: [args.questions[0], args.questions[0]],
      }),
    ).toBe('invalid_request');
  });
});
