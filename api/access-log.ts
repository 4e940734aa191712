import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.ts';

export type LogSink = (entry: Record<string, unknown>) => void;

/** One structured line per request; the entry point decides where lines go. */
export function accessLog(sink: LogSink) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const start = performance.now();
    await next();
    sink({
      time: new Date().toISOString(),
      requestId: c.get('requestId'),
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  });
}
