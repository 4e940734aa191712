import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { KbError } from '../kb/errors.ts';
import type { AppEnv } from './env.ts';

export interface RateLimit {
  requests: number;
  windowSeconds: number;
}

/** "60/60" = 60 requests per 60 seconds; "off" = no limit. */
export function parseRateLimit(text: string | undefined, fallback: RateLimit | undefined): RateLimit | undefined {
  if (text === undefined || text === '') return fallback;
  if (text === 'off') return undefined;
  const m = /^(\d{1,7})\/(\d{1,6})s?$/.exec(text.trim());
  if (!m) throw new Error(`rate limit "${text}" is not N/SECONDS (for example 60/60) or off`);
  return { requests: Number(m[1]), windowSeconds: Number(m[2]) };
}

export type ClientKey = (c: Context<AppEnv>) => string;

const MAX_TRACKED = 10_000;

/**
 * A fixed-window limit per client, in memory: enough for one Node process; on Workers each
 * isolate counts on its own (use Cloudflare's rate-limiting rules in front for a global limit).
 */
export function rateLimit(name: string, limit: RateLimit, clientKey: ClientKey, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return createMiddleware<AppEnv>(async (c, next) => {
    const t = now();
    const key = clientKey(c);
    let w = windows.get(key);
    if (!w || t - w.start >= limit.windowSeconds * 1000) {
      if (windows.size >= MAX_TRACKED) {
        for (const [k, v] of windows) if (t - v.start >= limit.windowSeconds * 1000) windows.delete(k);
        if (windows.size >= MAX_TRACKED) windows.clear();
      }
      windows.set(key, (w = { start: t, count: 0 }));
    }
    if (++w.count > limit.requests) {
      const retryAfter = Math.max(1, Math.ceil((w.start + limit.windowSeconds * 1000 - t) / 1000));
      throw new KbError('rate_limited', `Too many ${name} requests: at most ${limit.requests} per ${limit.windowSeconds} s. Try again in ${retryAfter} s.`, { retryAfter });
    }
    await next();
  });
}
