// npm run bench:live: one server process holding many open live streams (GET /api/sync/live).
//
// A fresh PostgreSQL database (BENCH_LIVE_DB=pglite for the embedded one) with the demo district
// and 100 members (bench/lib/seed-members.ts); the real server in production mode. BENCH_STREAMS
// streams (default 5,000) are opened over as many TCP connections, spread over the 100 members'
// tokens. Figures: the server's resident memory before and after (and per stream), how long
// opening them took, and, for each of BENCH_ROUNDS commits (an admin saving a party day at the
// district, which every member may see), the time from the push's answer (the commit is done by
// then) to the first, median and last poke, and how many streams were poked.
import http from 'node:http';
import { createParser } from 'eventsource-parser';
import {
  cleanup,
  hardTimeout,
  memoryOf,
  pad,
  report,
  round,
  seededDatabase,
  signIn,
  startServer,
  loadAverage,
} from './lib/server-bench.mjs';
import { recordResults } from './lib/results.mjs';

const STREAMS = Number(process.env.BENCH_STREAMS ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const KIND = process.env.BENCH_LIVE_DB ?? 'postgres';
hardTimeout(900);

const { lines, say } = report();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One stream: the times its pokes arrived. */
function openStream(url, token) {
  return new Promise((resolve, reject) => {
    const pokes = [];
    const req = http.get(
      `${url}/api/sync/live`,
      { agent: false, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`live answered ${res.statusCode}`));
          res.resume();
          return;
        }
        const parser = createParser({
          onEvent: (e) => {
            if (e.event === 'poke') pokes.push(performance.now());
          },
        });
        res.setEncoding('utf8');
        res.on('data', (chunk) => parser.feed(chunk));
        resolve({ pokes, close: () => req.destroy() });
      },
    );
    req.on('error', reject);
  });
}

async function api(url, path, token, body) {
  const res = await fetch(`${url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

let failed = false;
const streams = [];
try {
  say(`load average at start: ${loadAverage()} (the machine's other work shares its cores)`);
  const { settings, logins } = await seededDatabase(KIND, 'live');
  // 50 streams per member token here; the server's per-user cap (8) is for people, not this test
  const server = await startServer(settings, { LIVE_STREAMS_PER_USER: '100' });
  const members = await signIn(server.url, logins);
  const adminLogin = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: 'lianxin-demo' }),
  }).then((r) => r.json());
  const admin = adminLogin.token;
  const district = adminLogin.user.orgId;
  await sleep(1000);
  const before = memoryOf(server.pid);

  const opening = performance.now();
  for (let i = 0; i < STREAMS; i += 250) {
    const batch = [];
    for (let j = i; j < Math.min(STREAMS, i + 250); j++) {
      batch.push(openStream(server.url, members[j % members.length].token));
    }
    streams.push(...(await Promise.all(batch)));
  }
  // every stream has its first poke (sent as it opens)
  while (streams.some((s) => s.pokes.length === 0)) await sleep(50);
  const openSeconds = (performance.now() - opening) / 1000;
  await sleep(2000);
  const after = memoryOf(server.pid);
  const perStreamKiB = ((after.rssMiB - before.rssMiB) * 1024) / STREAMS;
  say(
    `${KIND === 'pglite' ? 'PGlite' : 'PostgreSQL'}: ${STREAMS} streams over ${members.length} members' tokens, ` +
      `opened in ${round(openSeconds)} s`,
  );
  say(
    `  server RSS ${round(before.rssMiB)} MiB before, ${round(after.rssMiB)} MiB with the streams open: ` +
      `${round(perStreamKiB)} KiB per stream`,
  );

  const rounds = [];
  for (let r = 1; r <= ROUNDS; r++) {
    const counts = streams.map((s) => s.pokes.length);
    const start = performance.now();
    const start8 = new Date(Date.now() + 86400_000 * (r + 1));
    await api(server.url, '/api/sync/push', admin, {
      clientId: crypto.randomUUID(),
      schemaVersion: 1,
      mutations: [
        {
          seq: 1,
          name: 'event.save',
          args: {
            id: crypto.randomUUID(),
            orgId: district,
            title: `压测党日 ${r}`,
            theme: '压测',
            startsAt: start8.toISOString(),
            endsAt: new Date(start8.getTime() + 3600_000).toISOString(),
            venue: '礼堂',
            agenda: [],
          },
          at: new Date().toISOString(),
        },
      ],
    });
    const committed = performance.now();
    const deadline = committed + 10_000;
    while (streams.some((s, i) => s.pokes.length <= counts[i]) && performance.now() < deadline) {
      await sleep(20);
    }
    const arrivals = streams
      .map((s, i) => s.pokes[counts[i]])
      .filter((t) => t !== undefined)
      .map((t) => t - committed)
      .sort((a, b) => a - b);
    const row = {
      poked: arrivals.length,
      pushMs: round(committed - start),
      firstMs: round(arrivals[0] ?? NaN),
      medianMs: round(pct(arrivals, 0.5) ?? NaN),
      lastMs: round(arrivals.at(-1) ?? NaN),
    };
    if (row.poked < STREAMS) failed = true;
    rounds.push(row);
    say(
      `  commit ${r}: push answered in ${pad(row.pushMs, 6)} ms; then pokes first ${pad(row.firstMs, 6)} ms, ` +
        `median ${pad(row.medianMs, 6)} ms, last ${pad(row.lastMs, 6)} ms; ${row.poked}/${STREAMS} poked`,
    );
    await sleep(1000);
  }
  const end = memoryOf(server.pid);
  say(`  server VmHWM ${round(end.hwmMiB)} MiB`);
  if (failed) say('SOME STREAMS WERE NOT POKED WITHIN 10 s: the figures above are not valid.');
  for (const s of streams) s.close();
  await server.stop();
  const entry = recordResults(
    'live',
    {
      database: KIND,
      streams: STREAMS,
      openSeconds: round(openSeconds),
      rssBeforeMiB: round(before.rssMiB),
      rssWithStreamsMiB: round(after.rssMiB),
      perStreamKiB: round(perStreamKiB),
      rounds,
    },
    lines,
  );
  console.log(`recorded in bench/results/${entry.name}.json`);
} finally {
  for (const s of streams) s.close();
  await cleanup();
}
process.exit(failed ? 1 : 0);
