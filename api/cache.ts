import type { MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';

/** GET answers carry an ETag (so clients revalidate with 304) and a short shared cache life. */
export function cacheHeaders(maxAge = 60): MiddlewareHandler[] {
  return [
    etag(),
    async (c, next) => {
      await next();
      if ((c.req.method === 'GET' || c.req.method === 'HEAD') && c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
        c.res.headers.set('Cache-Control', `public, max-age=${maxAge}, must-revalidate`);
      }
    },
  ];
}
