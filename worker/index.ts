import type { ExecutionContext } from 'hono';
import { createApp } from '../api/app.ts';
import type { AppConfig } from '../api/env.ts';
import { openD1Database, type D1Binding } from '../kb/db/d1.ts';
import { createServices } from '../kb/services/index.ts';

export interface Env {
  DB: D1Binding;
  KB_ADMIN_TOKEN?: string;
  KB_MCP_TOKEN?: string;
  KB_CORS_ORIGINS?: string;
}

function configFrom(env: Env): AppConfig {
  return {
    adminToken: env.KB_ADMIN_TOKEN || undefined,
    mcpToken: env.KB_MCP_TOKEN || undefined,
    corsOrigins: (env.KB_CORS_ORIGINS ?? '*').split(',').map((o) => o.trim()).filter(Boolean),
  };
}

/** The Cloudflare Workers entry: the same app over the D1 binding `DB`, built per request. */
export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    return createApp(createServices(openD1Database(env.DB)), configFrom(env)).fetch(request, env, ctx);
  },
};
