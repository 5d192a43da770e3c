import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { ServerContext } from './context.ts';
import { errorBody, installErrorHandling } from './http/errors.ts';
import { routeModules } from './routes/index.ts';
import { installMetrics } from './metrics.ts';

/** The JSON body limit of ordinary routes; push has its own (docs/sync-protocol.md push rule 5). */
export const BODY_LIMIT = 256 * 1024;

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  mediaSrc: ["'self'", 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/** TRUST_PROXY: 'true' or a comma list of proxy addresses/CIDRs. */
function trustProxy(v: string | undefined): boolean | string {
  if (!v || v === 'false') return false;
  return v === 'true' ? true : v;
}

/** The files in `dir` that have a brotli copy beside them (`<file>.br`), by absolute path. */
function filesWithCompressedCopies(dir: string): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.br'))
      found.add(join(entry.parentPath, entry.name.slice(0, -'.br'.length)));
  }
  return found;
}

export async function buildApp(
  ctx: ServerContext,
  opts: { logger?: FastifyServerOptions['logger']; processMetrics?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: trustProxy(ctx.config.TRUST_PROXY),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // A path parameter over the router's length limit or a badly encoded URL is bad input like any
    // other (400 invalid_request, the contract's error body), not Fastify's own 414 or 400 body.
    frameworkErrors: (err, _req, res) => {
      const reply = res as FastifyReply;
      if (err.code === 'FST_ERR_BAD_URL' || err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
        return reply.status(400).send(errorBody('invalid_request', 'The URL is not valid.'));
      }
      return reply.status(500).send(errorBody('internal', 'Something went wrong on the server.'));
    },
  });
  app.decorate('ctx', ctx);
  app.decorateRequest('viewer', null as never);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/api/'))
      reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
  });

  await app.register(helmet, {
    contentSecurityPolicy: { directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: ctx.config.production
      ? { maxAge: 15552000, includeSubDomains: true }
      : false,
  });
  installErrorHandling(app);
  await installMetrics(app, { defaults: opts.processMetrics ?? false });

  for (const mod of routeModules) await app.register(mod);

  const staticDir = resolve(ctx.config.STATIC_DIR);
  if (existsSync(resolve(staticDir, 'index.html'))) {
    const compressed = filesWithCompressedCopies(staticDir);
    await app.register(fastifyStatic, {
      root: staticDir,
      wildcard: false,
      index: false,
      // The build writes a .br and a .gz copy beside every text file; the plugin picks one by
      // Accept-Encoding (br, then gzip, else the file itself), sends it with the original's
      // Content-Type and its own length and ETag, so nothing is compressed per request.
      preCompressed: true,
      // The copies are served under their original's URL only, never at a URL of their own.
      globIgnore: ['**/*.br', '**/*.gz'],
      // Our own Cache-Control only: the plugin's default (`public, max-age=0`) is set after
      // setHeaders and would replace it, on the shell and the hashed assets alike.
      cacheControl: false,
      // Hashed build output never changes; everything else (the shell, sw.js, the manifest, icons)
      // is revalidated on each load, so a new deployment reaches phones at once.
      setHeaders(res, path) {
        res.setHeader(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        // The plugin does not say so itself: a cache must keep the answer per Accept-Encoding,
        // or it could hand brotli to a client that asked for none.
        if (/\.(?:br|gz)$/.test(path) || compressed.has(path))
          res.setHeader('vary', 'Accept-Encoding');
      },
    });
  }
  const hasShell = existsSync(resolve(staticDir, 'index.html'));
  // Client-side routes get the shell; /api never does, nor paths that name a file.
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (
      hasShell &&
      (req.method === 'GET' || req.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      path !== '/api' &&
      !/\.[a-z0-9]+$/i.test(path)
    ) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send(errorBody('not_found', `No route ${req.method} ${path}`));
  });
  return app;
}
