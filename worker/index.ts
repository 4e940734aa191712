import type { ExecutionContext } from 'hono';
import { createApp } from '../api/app.ts';
import { configFromEnv } from '../api/config.ts';
import { openD1Database } from '../kb/db/d1.ts';
import { analyticsOptionsFromEnv } from '../kb/analytics/options.ts';
import { createServices } from '../kb/services/index.ts';
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

// One app per isolate and bindings object: services keep caches (the matcher), rate limits count.
const apps = new WeakMap<Env, ReturnType<typeof createApp>>();

/** The Cloudflare Workers entry: the same app as on Node, over the D1 binding `DB`, each request in its own D1 session. */
export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    let app = apps.get(env);
    if (!app) apps.set(env, (app = createApp(createServices(openD1Database(sessionBinding(env.DB)), analyticsOptionsFromEnv({ ...env })), configFromEnv({ ...env }))));
    return inSession(env.DB, request, async () => app.fetch(request, env, ctx));
  },
};
