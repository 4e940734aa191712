import { OpenAPIHono } from '@hono/zod-openapi';
import type { Services } from '../kb/services/index.ts';
import { accessEntry, accessLog, type LogSink } from './access-log.ts';
import { identify } from './auth.ts';
import { responseCaching, type RequestProbe, type StoredAnswer } from './cache.ts';
import { corsFor, corsPolicy } from './cors.ts';
import { requestId } from './request-id.ts';
import { rateLimit, type ClientKey } from './rate-limit.ts';
import type { AppConfig, AppEnv } from './env.ts';
import { problemResponse, renderError, validationHook } from './problem.ts';
import { analyticsRoutes } from './routes/analytics.routes.ts';
import { articleWritesRoutes } from './routes/article-writes.routes.ts';
import { articlesRoutes } from './routes/articles.routes.ts';
import { chatRoutes } from './routes/chat.routes.ts';
import { mountDocs } from './routes/docs.routes.ts';
import { errorsRoutes } from './routes/errors.routes.ts';
import { feedbackRoutes } from './routes/feedback.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { keysRoutes } from './routes/keys.routes.ts';
import { matchRoutes } from './routes/match.routes.ts';
import { mcpRoutes } from './routes/mcp.routes.ts';
import { productsRoutes } from './routes/products.routes.ts';
import { revisionsRoutes } from './routes/revisions.routes.ts';
import { searchRoutes } from './routes/search.routes.ts';
import { triageRoutes } from './routes/triage.routes.ts';
import { uiRoutes } from './routes/ui.routes.ts';

export interface AppOptions {
  log?: LogSink;
  /** Who a request comes from, for rate limits (the entry point knows the transport). */
  clientKey?: ClientKey;
  /** Gzip cached answers for clients that accept it (Node; on Workers, Cloudflare's edge compresses). */
  compress?: boolean;
  /** Bytes of answers the response cache may hold (default 64 MiB; a Worker isolate has 128 MB in all). */
  cacheBytes?: number;
}

/** A Request as the response cache reads it. */
class FetchProbe implements RequestProbe {
  constructor(private readonly request: Request) {}
  get method() {
    return this.request.method;
  }
  get url() {
    return this.request.url;
  }
  header(name: string): string | undefined {
    return this.request.headers.get(name) ?? undefined;
  }
}

/** Builds the whole HTTP app over injected services; Node and Workers entries both call this. */
export function createApp(services: Services, config: AppConfig, options: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const cors = corsPolicy(config);
  const caching = responseCaching({ store: services.store, cors, compress: options.compress, cacheBytes: options.cacheBytes });
  if (options.log) app.use(accessLog(options.log));
  app.use(async (c, next) => {
    c.set('services', services);
    c.set('config', config);
    await next();
  });
  app.use(requestId);
  // Before caching: what a response holds depends on who asks.
  app.use('/v1/*', identify);
  app.use('/v1/*', corsFor(config, cors));
  app.use('/v1/*', caching.conditional);
  const clientKey = options.clientKey ?? ((c) => c.req.header('cf-connecting-ip') ?? 'anonymous');
  for (const [name, path] of [['match', '/v1/match'], ['chat', '/v1/chat'], ['triage', '/v1/triage'], ['feedback', '/v1/feedback']] as const) {
    const limit = config.rateLimits?.[name];
    if (limit) app.use(path, rateLimit(name, limit, clientKey));
  }
  app.onError(renderError);
  app.notFound((c) => problemResponse(c, 'not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`));
  const routes = [
    healthRoutes(), articlesRoutes(), revisionsRoutes(), articleWritesRoutes(), productsRoutes(), errorsRoutes(),
    searchRoutes(), matchRoutes(), chatRoutes(), triageRoutes(), keysRoutes(), mcpRoutes(), uiRoutes(),
    feedbackRoutes(), analyticsRoutes(),
  ];
  for (const group of routes) {
    app.route('/', group);
  }
  mountDocs(app);
  // Stored answers to anonymous GETs go out before routing, synchronously; the rest through the app.
  // The Node entry asks cachedAnswer itself, before it builds a Request, and on a miss calls
  // fetchRouted, so the lookup is not made twice (node/cached-answers.ts).
  const cachedAnswer = (request: RequestProbe): StoredAnswer | undefined => {
    const hit = caching.answer(request);
    if (hit) options.log?.(accessEntry(hit.requestId, request, 200, 0));
    return hit;
  };
  const dispatch = app.fetch;
  app.fetch = (request, env, ctx) => {
    const hit = cachedAnswer(new FetchProbe(request));
    if (!hit) return dispatch(request, env, ctx);
    const headers = new Headers();
    for (let i = 0; i < hit.headers.length; i += 2) headers.append(hit.headers[i]!, hit.headers[i + 1]!);
    return new Response(hit.body, { status: 200, headers });
  };
  return Object.assign(app, { cachedAnswer, fetchRouted: dispatch });
}

export type App = ReturnType<typeof createApp>;
