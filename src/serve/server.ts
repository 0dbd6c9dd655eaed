// The HTTP JSON API over the store: buildServer() makes the Fastify instance (tests inject into it or
// listen on port 0), `dossier serve` listens with it. The store is opened once; SQLite in WAL mode lets
// these reads go on while another process ingests.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { resolve } from 'node:path';
import type { ArticleInput } from '../analyze/types.js';
import { SqliteStore } from '../store/sqlite-store.js';
import type { ServeContext } from './context.js';
import { allowOrigin } from './cors.js';
import { installErrorHandlers } from './errors.js';
import { OpenApiCollector } from './openapi.js';
import { cacheReads } from './response-cache.js';
import { actorRoutes } from './routes/actors.js';
import { analyzeRoutes } from './routes/analyze.js';
import { articleRoutes } from './routes/articles.js';
import { contestedRoutes } from './routes/contested.js';
import { eventRoutes } from './routes/events.js';
import { healthRoutes } from './routes/health.js';
import { networkRoutes } from './routes/network.js';
import { quoteRoutes } from './routes/quotes.js';
import { searchRoutes } from './routes/search.js';

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
export const API_VERSION = '0.1.0';

export interface ServerOptions {
  /** A database path (opened here, closed with the server) or an open store (left open). */
  db: string | SqliteStore;
  /** Serve the files of this folder (the web app) at / — never anything outside it. */
  staticDir?: string;
  /** Allow browsers on this one origin to call the API (no CORS at all without it). */
  cors?: string;
  bodyLimit?: number;
  /** Time limit for receiving a whole request, and for an idle connection, in milliseconds. */
  timeoutMs?: number;
  /** Analyse/store requests allowed per client and minute (the analyser is the costly part). */
  postsPerMinute?: number;
  logger?: boolean;
  /** Keep GET answers until the database changes (on by default). */
  cache?: boolean;
}

function openContext(db: string | SqliteStore): ServeContext {
  const store = typeof db === 'string' ? SqliteStore.open(db, { mustExist: true }) : db;
  let analyzer: Promise<typeof import('../analyze/analyzer.js')> | null = null;
  return {
    store,
    db: store.db,
    async analyze(input: ArticleInput) {
      analyzer ??= import('../analyze/analyzer.js');
      return (await analyzer).analyze(input);
    },
  };
}

export function buildServer(options: ServerOptions): FastifyInstance {
  const timeout = options.timeoutMs ?? 30_000;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    connectionTimeout: timeout,
    requestTimeout: timeout,
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
    // ?raw=true, ?limit=5: query strings are text; the schemas say what each value becomes.
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  const context = openContext(options.db);
  if (typeof options.db === 'string') app.addHook('onClose', async () => context.store.close());

  const openapi = new OpenApiCollector(API_VERSION);
  openapi.attach(app);
  installErrorHandlers(app);
  if (options.cache !== false) cacheReads(app, context.db);
  app.register(helmet, { global: true });
  app.register(rateLimit, { global: false });
  if (options.cors) allowOrigin(app, options.cors);

  const postLimit = { max: options.postsPerMinute ?? 60, timeWindow: '1 minute' };
  // Routes go in a plugin of their own so that they are added after rate-limit has loaded.
  app.register(async (api) => {
    healthRoutes(api, context);
    articleRoutes(api, context, postLimit);
    searchRoutes(api, context);
    actorRoutes(api, context);
    quoteRoutes(api, context);
    eventRoutes(api, context);
    contestedRoutes(api, context);
    networkRoutes(api, context);
    analyzeRoutes(api, context, postLimit);
    api.get('/api/openapi.json', async () => openapi.document());
  });

  if (options.staticDir) {
    // @fastify/static resolves every path inside root and refuses ../ escapes.
    app.register(fastifyStatic, { root: resolve(options.staticDir), prefix: '/', index: 'index.html' });
  }
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: `no such resource: ${request.method} ${request.url.split('?')[0]}` }),
  );
  return app;
}
