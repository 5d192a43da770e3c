import type { FastifyInstance } from 'fastify';

/** GET /api/health: 200 when the database answers, 503 when it does not (a load balancer takes the replica out). */
export default async function healthRoutes(app: FastifyInstance) {
  app.get('/api/health', async (_req, reply) => {
    const { db, version } = app.ctx;
    try {
      await Promise.race([
        db.query('SELECT 1'),
        new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 2000).unref()),
      ]);
      return { status: 'ok', db: db.kind, version };
    } catch {
      return reply.status(503).send({ status: 'unavailable', db: db.kind, version });
    }
  });
}
