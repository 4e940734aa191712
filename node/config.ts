import type { AppConfig } from '../api/env.ts';

/** Reads the app's settings from the process environment (only entry points do this). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    adminToken: env.KB_ADMIN_TOKEN || undefined,
    mcpToken: env.KB_MCP_TOKEN || undefined,
    corsOrigins: (env.KB_CORS_ORIGINS ?? '*').split(',').map((o) => o.trim()).filter(Boolean),
  };
}
