import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { ArticleStore } from '../kb/store/article.store.ts';
import { fnv1a } from '../kb/util/hash.ts';
import type { corsPolicy } from './cors.ts';
import type { AppEnv } from './env.ts';
import { acceptsGzip, gzip, GZIP_MIN_BYTES } from './gzip.ts';
import { requestIdFor } from './request-id.ts';
import { ResponseCache, type CachedResponse } from './response-cache.ts';

/** Changes when the code does, so a deploy invalidates what clients hold. */
const BUILD = '1';

const tagFor = (generation: number, url: string, language: string, role: string) =>
  `W/"${BUILD}.${generation}.${fnv1a(`${url}\n${language}\n${role}`)}"`;

const keyFor = (generation: number, url: string, language: string, role: string) => `${generation}\n${url}\n${language}\n${role}`;

const matchesTag = (ifNoneMatch: string | null | undefined, tag: string) =>
  ifNoneMatch?.split(',').some((t) => t.trim() === tag || t.trim() === '*') ?? false;

/**
 * What a stored answer needs to know of a request. Node's IncomingMessage and fetch's Request both
 * give it, so the Node entry can answer before building a Request at all. Header names are lower case.
 */
export interface RequestProbe {
  method: string;
  /** The absolute URL, as the app sees it. */
  url: string;
  header(name: string): string | undefined;
}

/** A stored 200 answer as it goes out: plain headers and a string or bytes, written as they are. */
export interface StoredAnswer {
  body: string | Uint8Array<ArrayBuffer>;
  /** The body's length in bytes as sent. */
  bytes: number;
  /** Names and values in turn, `[name, value, name, value, …]`, as Node's writeHead takes them; a fresh list the caller may add to. */
  headers: string[];
  requestId: string;
}

export interface CacheOptions {
  /** Where the database generation comes from: it is part of every key. */
  store: Pick<ArticleStore, 'generation' | 'knownGeneration'>;
  cors: ReturnType<typeof corsPolicy>;
  maxAge?: number;
  /** Bytes of answers the cache may hold (ResponseCache's default when absent). */
  cacheBytes?: number;
  /** Gzip answers for clients that accept it: on Node; Workers compress at Cloudflare's edge. */
  compress?: boolean;
}

/**
 * Conditional GETs and a response cache without hashing bodies: every answer under /v1 is a
 * function of the URL, Accept-Language, the caller's role and the database, and the database's
 * generation grows with every write. Two parts share the cache:
 * - `answer`, called before the app, finds an anonymous GET's stored answer synchronously, as it
 *   was made plus its request id and CORS headers (a popular article then costs about as much
 *   as a constant; on Node, before the request is even turned into a Request);
 * - `conditional`, a middleware after authentication, answers If-None-Match with 304, serves
 *   stored answers to callers with a key, and stores new 200s.
 */
export function responseCaching({ store, cors, maxAge = 60, cacheBytes, compress = false }: CacheOptions) {
  const cache = new ResponseCache(undefined, cacheBytes);
  const vary = compress ? 'Accept-Language, Authorization, Accept-Encoding' : 'Accept-Language, Authorization';

  function answer(request: RequestProbe): StoredAnswer | undefined {
    if (request.method !== 'GET' || request.header('authorization')) return;
    const generation = store.knownGeneration();
    if (generation === undefined) return;
    const url = request.url;
    if (!url.startsWith('/v1/', url.indexOf('/', url.indexOf('//') + 2))) return;
    const language = request.header('accept-language') ?? '';
    const ifNoneMatch = request.header('if-none-match');
    // The app answers 304s; the tag is hashed only when a client asks with one.
    if (ifNoneMatch && matchesTag(ifNoneMatch, tagFor(generation, url, language, 'anonymous'))) return;
    const hit = cache.get(keyFor(generation, url, language, 'anonymous'));
    if (!hit) return;
    const zipped = compress && hit.bytes >= GZIP_MIN_BYTES && acceptsGzip(request.header('accept-encoding'));
    if (zipped && !hit.gzipped) return; // the first gzip answer is made by the app
    const requestId = requestIdFor(request.header('x-request-id'));
    // A flat list, not an object spread: spreading these header objects cost more than the rest of the hit.
    const stored = zipped ? hit.gzipHeaders : hit.headers;
    const headers: string[] = [];
    for (const name in stored) headers.push(name, name === 'vary' && cors.varyOrigin ? `${stored[name]}, Origin` : stored[name]!);
    headers.push('x-request-id', requestId);
    const corsHeaders = cors.headersFor(request.header('origin'));
    for (const name in corsHeaders) headers.push(name, corsHeaders[name]!);
    const body = zipped ? hit.gzipped! : hit.body;
    return { body, bytes: zipped ? hit.gzipped!.byteLength : hit.bytes, headers, requestId };
  }

  const wantsGzip = (c: Context<AppEnv>) => compress && acceptsGzip(c.req.header('Accept-Encoding'));

  const conditional = createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const role = c.get('role') ?? 'anonymous';
    const generation = await store.generation();
    const language = c.req.header('Accept-Language') ?? '';
    const tag = tagFor(generation, c.req.url, language, role);
    const key = keyFor(generation, c.req.url, language, role);
    // Answers for a key may hold internal content: never in a shared cache.
    const cacheControl = `${role === 'anonymous' ? 'public' : 'private'}, max-age=${maxAge}, must-revalidate`;
    if (matchesTag(c.req.header('If-None-Match'), tag)) return c.body(null, 304, { ETag: tag, 'Cache-Control': cacheControl, Vary: vary });
    const hit = c.req.method === 'GET' ? cache.get(key) : undefined;
    if (hit) {
      const { body, headers } = await variant(hit, wantsGzip(c));
      return c.body(body, 200, headers);
    }
    await next();
    // Answers that change without an article write (analytics reports) opt out with no-store.
    if (c.res.status !== 200 || c.res.headers.get('Cache-Control')?.includes('no-store')) return;
    c.res.headers.set('ETag', tag);
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', cacheControl);
    c.res.headers.append('Vary', compress ? 'Authorization, Accept-Encoding' : 'Authorization');
    // Text only, and never a stream (server-sent events): stored answers are kept as strings.
    if (c.req.method !== 'GET' || !isCacheableType(c.res.headers.get('Content-Type') ?? '')) return;
    const headers = storedHeaders(c.res.headers);
    const bytes = new Uint8Array(await c.res.arrayBuffer());
    const entry: CachedResponse = { body: new TextDecoder().decode(bytes), bytes: bytes.byteLength, headers, gzipHeaders: { ...headers, 'content-encoding': 'gzip' } };
    cache.set(key, entry);
    const { body, headers: sent } = await variant(entry, wantsGzip(c));
    c.res = undefined as unknown as Response; // replace the consumed response rather than merge into it
    c.res = c.body(body, 200, sent);
  });

  return { answer, conditional };
}

function isCacheableType(contentType: string): boolean {
  return (contentType.startsWith('text/') && !contentType.startsWith('text/event-stream')) || contentType.startsWith('application/json');
}

/** Headers that belong to the answer: CORS headers belong to the request's origin, the length to the encoding. */
function storedHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (name !== 'content-length' && name !== 'x-request-id' && !name.startsWith('access-control-')) kept[name] = value;
  }
  return kept;
}

/** The stored answer as sent: gzipped (once, then kept) for clients that accept it. */
async function variant(entry: CachedResponse, wantsGzip: boolean): Promise<{ body: string | Uint8Array<ArrayBuffer>; headers: Record<string, string> }> {
  if (!wantsGzip || entry.bytes < GZIP_MIN_BYTES) return { body: entry.body, headers: entry.headers };
  entry.gzipped ??= await gzip(new TextEncoder().encode(entry.body));
  return { body: entry.gzipped, headers: entry.gzipHeaders };
}
