import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { auth, startServer, type TestServer } from './helpers.ts';
import { lessonArgs, pushOne } from './lessons-helpers.ts';
import { MAX_MEDIA_BYTES } from '../../src/shared/mutations/lessons.ts';

const asset = (f: string) =>
  readFileSync(new URL(`../../src/server/seed/assets/${f}`, import.meta.url));
const mp3 = asset('lunch-lesson-intro.mp3');
const png = asset('three-steps.png');

describe('lesson media: upload checks and Range downloads', () => {
  let s: TestServer;
  const t: Record<string, string> = {};
  let seededAudio: string;
  beforeAll(async () => {
    s = await startServer();
    for (const l of ['member', 'organizer']) t[l] = await s.login(l);
    seededAudio = `/api/media/${createHash('sha256').update(mp3).digest('hex')}`;
  });
  afterAll(() => s.close());

  const upload = (token: string, type: string, payload: Buffer) =>
    s.app.inject({
      method: 'POST',
      url: '/api/media',
      headers: { ...auth(token), 'content-type': type },
      payload,
    });

  it('serves a published file whole, with validators and immutable caching', async () => {
    const res = await s.app.inject({ url: seededAudio });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('audio/mpeg');
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-length']).toBe(String(mp3.length));
    expect(res.headers.etag).toBe(`"${seededAudio.slice(-64)}"`);
    expect(res.rawPayload.equals(mp3)).toBe(true);
    const again = await s.app.inject({
      url: seededAudio,
      headers: { 'if-none-match': res.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('answers Range requests with 206 and Content-Range, 416 beyond the end', async () => {
    const cases: [string, number, number][] = [
      ['bytes=100-199', 100, 199],
      ['bytes=1000-', 1000, mp3.length - 1],
      ['bytes=-50', mp3.length - 50, mp3.length - 1],
      ['bytes=0-99999999', 0, mp3.length - 1],
    ];
    for (const [range, start, end] of cases) {
      const res = await s.app.inject({ url: seededAudio, headers: { range } });
      expect(res.statusCode, range).toBe(206);
      expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${mp3.length}`);
      expect(res.headers['content-length']).toBe(String(end - start + 1));
      expect(res.rawPayload.equals(mp3.subarray(start, end + 1)), range).toBe(true);
    }
    const beyond = await s.app.inject({
      url: seededAudio,
      headers: { range: `bytes=${mp3.length}-` },
    });
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${mp3.length}`);
    // a stale If-Range gets the whole file
    const stale = await s.app.inject({
      url: seededAudio,
      headers: { range: 'bytes=0-9', 'if-range': '"other"' },
    });
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload.length).toBe(mp3.length);
  });

  it('streams a large file in slices that join up exactly', async () => {
    const big = Buffer.concat([Buffer.from('ID3'), randomBytes(700 * 1024)]);
    const up = await upload(t.organizer!, 'audio/mpeg', big);
    expect(up.statusCode).toBe(201);
    const { id, url, bytes, mime } = up.json() as {
      id: string;
      url: string;
      bytes: number;
      mime: string;
    };
    expect(id).toBe(createHash('sha256').update(big).digest('hex'));
    expect({ url, bytes, mime }).toEqual({
      url: `/api/media/${id}`,
      bytes: big.length,
      mime: 'audio/mpeg',
    });
    const lesson = lessonArgs(s.ids.branchA, { mediaId: id });
    expect((await pushOne(s, t.organizer!, 'lesson.save', lesson)).status).toBe('applied');
    const whole = await s.app.inject({ url });
    expect(whole.rawPayload.equals(big)).toBe(true);
    const mid = await s.app.inject({ url, headers: { range: 'bytes=200000-600000' } });
    expect(mid.statusCode).toBe(206);
    expect(mid.rawPayload.equals(big.subarray(200000, 600001))).toBe(true);
    // the same file again is stored once
    expect((await upload(t.organizer!, 'audio/mpeg', big)).json().id).toBe(id);
    const [row] = await s.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM media WHERE id = $1',
      [id],
    );
    expect(row!.n).toBe(1);
  });

  it('refuses uploads by members, of other types, with lying content or beyond the size limit', async () => {
    const before = await s.db.query('SELECT id FROM media');
    const byMember = await upload(t.member!, 'audio/mpeg', mp3);
    expect(byMember.statusCode).toBe(403);
    const anon = await s.app.inject({
      method: 'POST',
      url: '/api/media',
      headers: { 'content-type': 'audio/mpeg' },
      payload: mp3,
    });
    expect(anon.statusCode).toBe(401);
    for (const [type, body] of [
      ['text/html', Buffer.from('<script>alert(1)</script>')],
      ['application/pdf', Buffer.from('%PDF-1.4')],
      ['audio/mpeg', png],
      ['image/png', mp3],
      ['image/jpeg', Buffer.alloc(0)],
    ] as const) {
      const res = await upload(t.organizer!, type, body);
      expect(res.statusCode, type).toBe(400);
      expect(res.json().error.code).toBe('invalid_request');
    }
    const huge = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(MAX_MEDIA_BYTES)]);
    const tooBig = await upload(t.organizer!, 'audio/mpeg', huge);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe('payload_too_large');
    expect(await s.db.query('SELECT id FROM media')).toEqual(before);
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    expect((await s.app.inject({ url: '/api/media/nope' })).statusCode).toBe(400);
    const unknown = await s.app.inject({ url: `/api/media/${'0'.repeat(64)}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
  });
});
