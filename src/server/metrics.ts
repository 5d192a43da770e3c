import type { FastifyInstance } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { errorBody } from './http/errors.ts';

/**
 * Prometheus metrics, one registry per app instance. Counters are per process, as Prometheus
 * expects from each replica (it sums across targets); nothing here changes a result.
 */
export async function installMetrics(app: FastifyInstance, opts: { defaults?: boolean } = {}) {
  const { config, db } = app.ctx;
  const registry = new Registry();
  if (opts.defaults) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'lianxin_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'lianxin_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const pushed = new Counter({
    name: 'lianxin_push_mutations_total',
    help: 'Pushed mutations by name and result (applied, duplicate, rejected)',
    labelNames: ['name', 'status'] as const,
    registers: [registry],
  });
  const pulled = new Counter({
    name: 'lianxin_pull_changes_total',
    help: 'Changes served by pull',
    registers: [registry],
  });
  new Gauge({
    name: 'lianxin_db_pool_connections',
    help: 'Database pool connections by state',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const s = db.poolStats();
      this.set({ state: 'total' }, s.total);
      this.set({ state: 'idle' }, s.idle);
      this.set({ state: 'waiting' }, s.waiting);
    },
  });

  app.ctx.metrics = {
    pushed: (name, status) => pushed.inc({ name, status }),
    pulled: (n) => pulled.inc(n),
  };

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    const labels = { method: req.method, route };
    requests.inc({ ...labels, status: String(reply.statusCode) });
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  // Disabled in production unless METRICS_TOKEN is set; then it takes that token as a bearer.
  app.get('/metrics', async (req, reply) => {
    const token = config.METRICS_TOKEN;
    if (!token && config.production) {
      return reply.status(404).send(errorBody('not_found', 'No route GET /metrics'));
    }
    if (token) {
      const given = Buffer.from(req.headers.authorization ?? '');
      const want = Buffer.from(`Bearer ${token}`);
      if (given.length !== want.length || !timingSafeEqual(given, want)) {
        return reply.status(401).send(errorBody('unauthenticated', 'A metrics token is required.'));
      }
    }
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}
