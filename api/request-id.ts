import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.ts';

/** The client's X-Request-Id when it is a plain token of at most 255 characters, else a fresh UUID. */
export function requestIdFor(sent: string | undefined): string {
  return sent && sent.length <= 255 && /^[\w\-=]+$/.test(sent) ? sent : crypto.randomUUID();
}

/** Names every request, in the X-Request-Id header and in problem bodies and access logs. */
export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const id = requestIdFor(c.req.header('X-Request-Id'));
  c.set('requestId', id);
  c.header('X-Request-Id', id);
  await next();
});
