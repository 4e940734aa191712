import type { Services } from '../kb/services/index.ts';

/** Runtime settings the entry point reads from its environment and hands to the app. */
export interface AppConfig {
  adminToken?: string;
  mcpToken?: string;
  corsOrigins: string[];
}

/** The one Hono environment type: every handler reads services and config from the context. */
export interface AppEnv {
  Variables: {
    services: Services;
    config: AppConfig;
    requestId: string;
  };
}
