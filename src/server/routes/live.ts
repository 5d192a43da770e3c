import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireCachedViewer } from '../auth/viewer-cache.ts';
import { liveHubFor, type LiveHub, type LiveStream } from '../replication/live-hub.ts';

/** Proxies close connections idle for a minute or more; a comment well before that keeps it open. */
export const HEARTBEAT_MS = 20_000;
/** Besides the notifications, every stream asks the database about its token this often. */
const RECHECK_MS = 5 * 60_000;
/** A phone that reads nothing for this long (its buffers full) is cut off rather than queued for. */
const STALLED_MS = 60_000;
/**
 * Open streams one user may hold in one server process. A person has a phone, a PC and a tablet
 * or two; more than this is a leak (a tab that reconnects without closing) or abuse, and each
 * stream holds a socket and timers. The oldest is ended to make room, never the new one, so a phone
 * that reconnects after losing its old connection is not locked out while the server has not yet
 * noticed the dead one. Per process, like the sockets it guards: with N replicas a user holds at
 * most N times this.
 */
export const MAX_STREAMS_PER_USER = 8;

/**
 * GET /api/sync/live (docs/sync-protocol.md, Live): a text/event-stream that says `event: poke`
 * whenever a change the viewer may see has committed, in any server process. Written by hand on
 * the raw response: a comment, a poke and the end are all it ever sends.
 */
export default async function liveRoutes(app: FastifyInstance) {
  const { db } = app.ctx;
  const hub = await liveHubFor(db);
  const open = new Set<() => void>();
  /** each user's open streams in this process, oldest first */
  const byUser = new Map<string, (() => void)[]>();
  // Open streams never go idle: end them so that closing the server does not wait on them.
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get(
    '/api/sync/live',
    { preHandler: requireCachedViewer(db, () => hub.trusted) },
    async (req, reply) => {
      // HEAD (answered by this handler too) gets the head of the stream and nothing to wait for.
      if (req.method === 'HEAD') return reply.type('text/event-stream; charset=utf-8').send();
      const userId = req.viewer.id;
      const mine = byUser.get(userId) ?? [];
      const limit = app.ctx.liveStreamsPerUser ?? MAX_STREAMS_PER_USER;
      while (mine.length >= limit) mine[0]!(); // ends it, which takes it out of `mine`
      const end = serveStream(
        req,
        reply,
        hub,
        open,
        app.ctx.liveHeartbeatMs ?? HEARTBEAT_MS,
        () => {
          const at = mine.indexOf(end);
          if (at >= 0) mine.splice(at, 1);
          if (mine.length === 0) byUser.delete(userId);
        },
      );
      mine.push(end);
      byUser.set(userId, mine);
    },
  );
}

function serveStream(
  req: FastifyRequest,
  reply: FastifyReply,
  hub: LiveHub,
  open: Set<() => void>,
  heartbeatMs: number,
  onEnd: () => void,
): () => void {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    // nginx and similar proxies would otherwise buffer the stream
    'x-accel-buffering': 'no',
    'x-request-id': req.id,
  });
  res.flushHeaders();

  const token = req.viewer.token;
  let ended = false;
  let blockedSince = 0;
  let pending: number | null = null;
  let checking = false;

  const write = (text: string) => {
    if (ended) return;
    if (!res.write(text)) blockedSince = Date.now();
  };
  const poke = (version: number) => {
    if (ended) return;
    if (expired()) return end();
    // Behind a full buffer only the newest poke matters: one is sent when it drains.
    if (blockedSince) {
      pending = Math.max(pending ?? 0, version);
      if (Date.now() - blockedSince > STALLED_MS) end();
      return;
    }
    write(`event: poke\ndata: {"version":${version}}\n\n`);
  };
  const expired = () => (stream.viewer.expiresAt ?? Infinity) <= Date.now();
  const recheck = () => {
    if (ended || checking) return;
    checking = true;
    hub.viewers
      .get(token, false)
      .then((viewer) => {
        if (!viewer) return end();
        stream.viewer = viewer;
      })
      .catch(() => undefined) // the database is down: keep the stream, check again later
      .finally(() => (checking = false));
  };
  const stream: LiveStream = { viewer: req.viewer, poke, recheck };

  const heartbeat = setInterval(() => {
    if (expired()) return end();
    if (blockedSince) {
      if (Date.now() - blockedSince > STALLED_MS) end();
      return;
    }
    write(': keep-alive\n\n');
  }, heartbeatMs);
  // Spread the periodic checks of many streams opened together.
  const periodic = setInterval(recheck, RECHECK_MS * (0.75 + Math.random() / 2));
  const drained = () => {
    blockedSince = 0;
    if (pending !== null) {
      const v = pending;
      pending = null;
      poke(v);
    }
  };
  const removeFromHub = hub.add(stream);
  function end() {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    clearInterval(periodic);
    removeFromHub();
    open.delete(end);
    onEnd();
    res.off('drain', drained);
    if (!res.writableEnded) res.end();
  }
  open.add(end);
  res.on('drain', drained);
  res.on('close', end);
  res.on('error', end);
  // The app pulls on this first poke: whatever committed before the stream opened is not missed.
  write(`: live\n\nevent: poke\ndata: {"version":${hub.latest}}\n\n`);
  return end;
}
