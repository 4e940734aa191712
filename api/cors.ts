import { createMiddleware } from 'hono/factory';
import { cors as preflightCors } from 'hono/cors';
import type { AppConfig, AppEnv } from './env.ts';

// X-D1-Bookmark: on Workers, the read-your-writes token of worker/d1-session.ts (never set on Node).
const EXPOSED = ['ETag', 'Content-Language', 'X-Request-Id', 'Retry-After', 'X-D1-Bookmark'];

/** The CORS headers of a non-preflight answer to a request from `origin`, and whether answers vary by origin. */
export function corsPolicy(config: AppConfig) {
  const anyOrigin = config.corsOrigins.includes('*');
  const exposed = EXPOSED.join(',');
  return {
    varyOrigin: !anyOrigin,
    headersFor(origin: string | undefined): Record<string, string> {
      const allowed = anyOrigin ? '*' : origin && config.corsOrigins.includes(origin) ? origin : undefined;
      return allowed ? { 'access-control-allow-origin': allowed, 'access-control-expose-headers': exposed } : {};
    },
  };
}

/**
 * CORS for read methods only: a browser on another origin can never preflight its way into
 * admin writes. Preflights are Hono's; on other requests the headers go onto the finished
 * response (set before the handler, Hono would copy the whole response into a new one).
 */
export function corsFor(config: AppConfig, policy = corsPolicy(config)) {
  const preflight = preflightCors({
    origin: policy.varyOrigin ? config.corsOrigins : '*',
    allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Accept-Language', 'X-D1-Bookmark'],
    exposeHeaders: EXPOSED,
    maxAge: 600,
  });
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    const add = (headers: Headers) => {
      for (const [name, value] of Object.entries(policy.headersFor(c.req.header('Origin')))) headers.set(name, value);
      if (policy.varyOrigin) headers.append('Vary', 'Origin');
    };
    try {
      add(c.res.headers);
    } catch {
      // Immutable headers (a response passed through from fetch): copy it, replacing rather than merging.
      const copy = new Response(c.res.body, c.res);
      c.res = undefined as unknown as Response;
      c.res = copy;
      add(copy.headers);
    }
  });
}
