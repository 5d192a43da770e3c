import type { FastifyInstance } from 'fastify';
import { requireViewer } from '../auth/viewer.ts';
import { ApiError } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  MAX_PUSH_BYTES,
  MAX_PUSH_MUTATIONS,
  SCHEMA_VERSION,
  pullQuery,
  pushRequest,
} from '../../shared/protocol.ts';
import { applyPush } from '../replication/push.ts';
import { pull } from '../replication/pull.ts';
import { idlePull } from '../replication/idle-pull.ts';
import { liveHubFor } from '../replication/live-hub.ts';
import { requireCachedViewer } from '../auth/viewer-cache.ts';

export default async function syncRoutes(app: FastifyInstance) {
  const { db } = app.ctx;
  const auth = requireViewer(db);

  // Rule 5: 1 MiB per push is enforced by the body limit (413 payload_too_large beyond).
  app.post('/api/sync/push', { preHandler: auth, bodyLimit: MAX_PUSH_BYTES }, async (req) => {
    const body = req.body as { mutations?: unknown } | null;
    if (body && Array.isArray(body.mutations) && body.mutations.length > MAX_PUSH_MUTATIONS) {
      throw new ApiError(
        413,
        'payload_too_large',
        `At most ${MAX_PUSH_MUTATIONS} mutations per push.`,
      );
    }
    const push = parse(pushRequest, req.body);
    // Rule 6: a protocol version this server does not speak.
    if (push.schemaVersion !== SCHEMA_VERSION) {
      throw new ApiError(409, 'client_outdated', 'This app is out of date. Reload to update it.', {
        schemaVersion: SCHEMA_VERSION,
      });
    }
    return applyPush(
      db,
      req.viewer,
      push.clientId,
      push.mutations,
      app.ctx.cardSecret,
      (name, status) => app.ctx.metrics?.pushed(name, status),
    );
  });

  // The poll a phone makes every few seconds: no query when this process knows nothing changed.
  const hub = await liveHubFor(db);
  const pullAuth = requireCachedViewer(db, () => hub.trusted);
  app.get('/api/sync/pull', { preHandler: pullAuth }, async (req) => {
    const q = parse(pullQuery, req.query);
    const limit = q.limit ?? DEFAULT_PULL_LIMIT;
    if (limit < 1 || limit > MAX_PULL_LIMIT) {
      throw new ApiError(400, 'invalid_request', `limit must be 1..${MAX_PULL_LIMIT}.`);
    }
    const res =
      idlePull(hub, req.viewer, q.clientId, q.cursor) ??
      (await pull(db, req.viewer, q.clientId, q.cursor, limit));
    app.ctx.metrics?.pulled(res.changes.length);
    return res;
  });
}
