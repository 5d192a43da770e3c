// npm run bench:replicas: signed-in pull and push with one replica and with two, on one
// PostgreSQL database on this machine, and the memory of each replica.
//
// A fresh PostgreSQL database (dropped afterwards) with the demo district and 100 members, the
// real server in production mode as replica A; the members sign in through A (a token works on
// every replica: sessions live in the database). Then, for BENCH_DURATION seconds (default 20)
// each, the incremental pull (latest cursor) and a push of one lesson.progress:
//   - one replica: one autocannon with 100 connections against A;
//   - two replicas: B started on the same database, two autocannon instances at once, 50
//     connections against A and 50 against B. Requests/s are summed; the latency percentiles are
//     taken over every response of both (each response's time is collected, not averaged).
// Both autocannon instances run in this process: on a 2-core machine a proxy in front would take
// a core share of its own, and the load generator's CPU use is printed beside the servers'.
// BENCH_POOL_MAX sets DB_POOL_MAX of each replica (default: the server's default, 10).
import {
  CONNECTIONS,
  DURATION,
  MEMBERS,
  catchUp,
  cleanup,
  ensureDuration,
  hardTimeout,
  loadAverage,
  measure,
  memoryOf,
  pullLatest,
  pad,
  push,
  report,
  seededDatabase,
  signIn,
  startServer,
} from './lib/server-bench.mjs';
import { recordResults } from './lib/results.mjs';

ensureDuration();
hardTimeout(600 + 6 * (DURATION + 3));

const { lines, say } = report();
const poolMax = process.env.BENCH_POOL_MAX;
const extra = poolMax ? { DB_POOL_MAX: poolMax } : {};

let failed = false;
try {
  say(`load average at start: ${loadAverage()} (the machine's other work shares its cores)`);
  const { settings, logins, dbName } = await seededDatabase('postgres', 'replicas');
  const a = await startServer(settings, extra);
  const members = await signIn(a.url, logins);
  const { lessonId } = await catchUp(a.url, members);
  const pushLoad = push(members, lessonId);

  const run = async (replicas) => {
    const out = {};
    // every member polls from its newest cursor, whatever the previous phase pushed
    await catchUp(replicas[0].url, members);
    for (const [key, workload] of [
      ['pull', pullLatest(members)],
      ['push', pushLoad],
    ]) {
      out[key] = await measure({
        targets: replicas,
        connections: CONNECTIONS / replicas.length,
        workload,
        seconds: DURATION,
        watch: replicas.map((r, i) => ({
          label: `replica ${'AB'[i]}`,
          pid: r.pid,
          url: r.url,
          metrics: true,
        })),
        dbName,
      });
    }
    return out;
  };

  const one = await run([a]);
  const b = await startServer(settings, extra);
  const two = await run([a, b]);
  const hwm = [a, b].map((r) => Math.round(memoryOf(r.pid).hwmMiB));
  await Promise.all([a.stop(), b.stop()]);

  say(
    `PostgreSQL, ${MEMBERS} members, ${CONNECTIONS} connections in all, ${DURATION} s per workload, ` +
      `DB_POOL_MAX ${poolMax ?? '10 (default)'} per replica`,
  );
  say(
    `  ${'setup'.padEnd(13)}${'workload'.padEnd(7)}${pad('req/s', 7)}${pad('p50 ms', 8)}` +
      `${pad('p99 ms', 8)}${pad('errors', 7)}${pad('t/o', 5)}${pad('peak RSS MiB', 16)}${pad('pool', 13)}` +
      `  CPU cores: replicas / PostgreSQL / load generator / machine busy`,
  );
  const rows = [];
  for (const [setup, res] of [
    ['one replica', one],
    ['two replicas', two],
  ]) {
    for (const key of ['pull', 'push']) {
      const r = res[key];
      const errors = r.errors + r.non2xx;
      if (errors + r.timeouts) failed = true;
      say(
        `  ${setup.padEnd(13)}${key.padEnd(7)}${pad(r.rps, 7)}${pad(r.p50, 8)}${pad(r.p99, 8)}` +
          `${pad(errors, 7)}${pad(r.timeouts, 5)}${pad(r.processes.map((p) => p.peakRssMiB).join(' + '), 16)}` +
          `${pad(r.processes.map((p) => `${p.poolInUseMax}/${p.poolWaitingMax}`).join(' '), 13)}` +
          `  ${r.processes.map((p) => p.cpuCores).join(' + ')} / ${r.postgresCpuCores} / ` +
          `${r.loadGeneratorCpuCores} / ${Math.round(r.machineBusy * 100)}%`,
      );
      rows.push({ setup, workload: key, ...r });
    }
  }
  say(
    `  PostgreSQL backends waiting for a lock, mean (of which advisory)/max of samples: ` +
      rows
        .map(
          (r) =>
            `${r.setup} ${r.workload} ${r.postgresLockWaits.mean} ` +
            `(${r.postgresLockWaits.advisoryMean})/${r.postgresLockWaits.max}`,
        )
        .join(', '),
  );
  say(`  VmHWM at the end: replica A ${hwm[0]} MiB, replica B ${hwm[1]} MiB`);
  say(
    '  pull = from the latest cursor; push = one lesson.progress; pool = most connections in use/' +
      'most requests waiting, per replica (/metrics); t/o = no answer within 30 s.',
  );
  if (failed) say('SOME REQUESTS FAILED: the figures above are not valid.');
  // another pool size is another configuration: recorded beside the default one
  const entry = recordResults(
    poolMax ? `replicas-pool${poolMax}` : 'replicas',
    {
      durationSeconds: DURATION,
      connections: CONNECTIONS,
      members: MEMBERS,
      poolMax: poolMax ? Number(poolMax) : 10,
      hwmMiB: hwm,
      rows,
    },
    lines,
  );
  console.log(`recorded in bench/results/${entry.name}.json`);
} finally {
  await cleanup();
}
process.exit(failed ? 1 : 0);
