import type { ExecutionContext } from 'hono';
import { drizzle } from 'drizzle-orm/d1';
import { createApp } from '../api/app.ts';
import type { AppConfig } from '../api/env.ts';
import { d1Writer, type D1Client, type KbDatabase, type Orm } from '../kb/db/database.ts';
import * as schema from '../kb/db/schema.ts';
import { createServices } from '../kb/services/index.ts';

interface Env {
  DB: D1Client & Parameters<typeof drizzle>[0];
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

/** The Cloudflare Workers entry: the same app over the D1 binding `DB`. */
export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    const db: KbDatabase = { orm: drizzle(env.DB, { schema }) as unknown as Orm, driver: 'd1', writeAtomic: d1Writer(env.DB) };
    return createApp(createServices(db), configFrom(env)).fetch(request, env, ctx);
  },
};
