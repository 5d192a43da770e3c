// Every benchmark is bounded in time: `bounded` runs it with a hard limit, and on timeout (or
// failure) runs the cleanups it registered (servers, browsers, folders) before exiting non-zero.
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const round = (x, digits = 0) => Number(x.toFixed(digits));

export async function bounded(name, limitMs, fn) {
  const cleanups = [];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) {
      try {
        await c();
      } catch {
        // best effort
      }
    }
    cleanups.length = 0;
  };
  const timer = setTimeout(async () => {
    console.error(`${name}: over its ${limitMs / 1000} s limit, stopping`);
    await cleanup();
    process.exit(2);
  }, limitMs);
  try {
    await fn({ onCleanup: (c) => cleanups.push(c) });
    await cleanup();
    clearTimeout(timer);
  } catch (err) {
    console.error(`${name} failed:`, err);
    await cleanup();
    clearTimeout(timer);
    process.exit(1);
  }
}
