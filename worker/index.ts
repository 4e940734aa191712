import type { ExecutionContext } from 'hono';
import { createApp } from '../api/app.ts';
import { configFromEnv } from '../api/config.ts';
import { openD1Database } from '../kb/db/d1.ts';
import { analyticsOptionsFromEnv } from '../kb/analytics/options.ts';
import { createServices, type Services } from '../kb/services/index.ts';
import { inSession, sessionBinding, type D1WithSessions } from './d1-session.ts';

export interface Env {
  DB: D1WithSessions;
  KB_ADMIN_TOKEN?: string;
  KB_MCP_TOKEN?: string;
  KB_ZENDESK_WEBHOOK_SECRET?: string;
  KB_CORS_ORIGINS?: string;
  KB_STORE_RAW_LOGS?: string;
  KB_ANALYTICS_RETENTION_DAYS?: string;
}

// An isolate has 128 MB for everything; Node's 64 MiB of stored answers would be half of it.
const WORKER_CACHE_BYTES = 16 * 2 ** 20;

// One app per isolate and bindings object: services keep caches (the matcher), rate limits count.
const apps = new WeakMap<Env, { app: ReturnType<typeof createApp>; services: Services }>();

function appFor(env: Env) {
  let built = apps.get(env);
  if (!built) {
    const services = createServices(openD1Database(sessionBinding(env.DB)), { ...analyticsOptionsFromEnv({ ...env }), writeAnalyticsOnFlush: true });
    apps.set(env, (built = { app: createApp(services, configFromEnv({ ...env }), { cacheBytes: WORKER_CACHE_BYTES }), services }));
  }
  return built;
}

/**
 * The Cloudflare Workers entry: the same app as on Node, over the D1 binding `DB`, each request in
 * its own D1 session. Analytics go to D1 after the answer (waitUntil), not before it.
 */
export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    const { app, services } = appFor(env);
    return inSession(env.DB, request, async () => {
      const response = await app.fetch(request, env, ctx);
      ctx.waitUntil(services.analytics.flush());
      return response;
    });
  },
};
