import type { Services } from '../kb/services/index.ts';

/** Runtime settings the entry point reads from its environment and hands to the app. */
import type { Role } from '../kb/access/roles.ts';
import type { RateLimit } from './rate-limit.ts';

export interface AppConfig {
  adminToken?: string;
  mcpToken?: string;
  /** Signing secret of the Zendesk webhook; without it the webhook answers 403. */
  zendeskSecret?: string;
  corsOrigins: string[];
  /** Per-client limits on the expensive routes; absent = unlimited. */
  rateLimits?: { match?: RateLimit; chat?: RateLimit; triage?: RateLimit; feedback?: RateLimit };
}

/** The one Hono environment type: every handler reads services and config from the context. */
export interface AppEnv {
  Variables: {
    services: Services;
    config: AppConfig;
    requestId: string;
    /** Set by `identify` from the bearer token. */
    role: Role;
  };
}
