import type { AppConfig } from './env.ts';
import { parseRateLimit } from './rate-limit.ts';

/** The app's settings from environment variables: process.env on Node, the bindings on Workers. */
export function configFromEnv(env: Record<string, unknown>): AppConfig {
  const text = (name: string) => (typeof env[name] === 'string' && env[name] !== '' ? (env[name] as string) : undefined);
  return {
    adminToken: text('KB_ADMIN_TOKEN'),
    mcpToken: text('KB_MCP_TOKEN'),
    zendeskSecret: text('KB_ZENDESK_WEBHOOK_SECRET'),
    corsOrigins: (text('KB_CORS_ORIGINS') ?? '*').split(',').map((o) => o.trim()).filter(Boolean),
    rateLimits: {
      match: parseRateLimit(text('KB_RATE_LIMIT_MATCH'), { requests: 60, windowSeconds: 60 }),
      chat: parseRateLimit(text('KB_RATE_LIMIT_CHAT'), { requests: 120, windowSeconds: 60 }),
      triage: parseRateLimit(text('KB_RATE_LIMIT_TRIAGE'), { requests: 120, windowSeconds: 60 }),
      feedback: parseRateLimit(text('KB_RATE_LIMIT_FEEDBACK'), { requests: 120, windowSeconds: 60 }),
    },
  };
}
