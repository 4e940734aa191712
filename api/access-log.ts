import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.ts';

export type LogSink = (entry: Record<string, unknown>) => void;

/** One access-log line. */
export function accessEntry(requestId: string | undefined, request: Pick<Request, 'method' | 'url'>, status: number, ms: number) {
  return { time: new Date().toISOString(), requestId, method: request.method, path: new URL(request.url).pathname, status, ms: Math.round(ms * 10) / 10 };
}

/** One structured line per request; the entry point decides where lines go. */
export function accessLog(sink: LogSink) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const start = performance.now();
    await next();
    sink(accessEntry(c.get('requestId'), c.req, c.res.status, performance.now() - start));
  });
}
