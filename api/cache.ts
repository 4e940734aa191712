import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.ts';
import { ResponseCache } from './response-cache.ts';

/** Changes when the code does, so a deploy invalidates what clients hold. */
const BUILD = '1';

/** FNV-1a: a fast, dependency-free 32-bit hash; the ETag only has to tell requests apart. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Conditional GETs and a response cache without hashing bodies: every answer under /v1 is a
 * function of the URL, Accept-Language, the caller's role and the database, and the database's
 * generation grows with every write. A matching If-None-Match is answered 304 before the handler
 * runs, and an answer already made for the same key is sent again from memory.
 */
export function cacheHeaders(maxAge = 60, cache = new ResponseCache()) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const generation = await c.get('services').store.generation();
    const role = c.get('role') ?? 'anonymous';
    const tag = `W/"${BUILD}.${generation}.${fnv1a(`${c.req.url}\n${c.req.header('Accept-Language') ?? ''}\n${role}`)}"`;
    // Answers for a key may hold internal content: never in a shared cache.
    const cacheControl = `${role === 'anonymous' ? 'public' : 'private'}, max-age=${maxAge}, must-revalidate`;
    const match = c.req.header('If-None-Match');
    if (match && match.split(',').some((t) => t.trim() === tag || t.trim() === '*')) {
      return c.body(null, 304, { ETag: tag, 'Cache-Control': cacheControl, Vary: 'Accept-Language, Authorization' });
    }
    const key = `${tag}\n${c.req.url}\n${c.req.header('Accept-Language') ?? ''}\n${role}`;
    const hit = c.req.method === 'GET' ? cache.get(key) : undefined;
    if (hit) return new Response(hit.body.slice(0), { status: 200, headers: hit.headers });
    await next();
    // Answers that change without an article write (analytics reports) opt out with no-store.
    if (c.res.status === 200 && !c.res.headers.get('Cache-Control')?.includes('no-store')) {
      c.res.headers.set('ETag', tag);
      if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', cacheControl);
      c.res.headers.append('Vary', 'Authorization');
      // Streams (server-sent events) are never cached; everything else under /v1 is a finite body.
      if (c.req.method === 'GET' && !c.res.headers.get('Content-Type')?.includes('event-stream')) {
        const body = await c.res.clone().arrayBuffer();
        // CORS headers belong to the request's origin, not to the answer: the cors middleware adds them again.
        const headers = [...c.res.headers.entries()].filter(([name]) => !name.startsWith('access-control-'));
        cache.set(key, { body, headers });
      }
    }
  });
}
