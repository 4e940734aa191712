import type { AnalyticsOptions } from './recorder.ts';

/**
 * Analytics settings from an environment (process.env on Node, the bindings on Workers):
 * `KB_STORE_RAW_LOGS=on` keeps raw logs, `KB_ANALYTICS_RETENTION_DAYS` (default 90) bounds how long.
 */
export function analyticsOptionsFromEnv(env: Record<string, unknown>): Pick<AnalyticsOptions, 'storeRawLogs' | 'retentionDays'> {
  const raw = typeof env.KB_STORE_RAW_LOGS === 'string' ? env.KB_STORE_RAW_LOGS.trim().toLowerCase() : '';
  const days = Number(env.KB_ANALYTICS_RETENTION_DAYS);
  return {
    storeRawLogs: raw === 'on' || raw === 'true' || raw === '1',
    ...(Number.isInteger(days) && days > 0 ? { retentionDays: days } : {}),
  };
}
