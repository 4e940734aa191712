import type { IncomingHttpHeaders, IncomingMessage, RequestListener } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { RequestProbe, StoredAnswer } from '../api/cache.ts';

// The URLs @hono/node-server builds as plain `http://${host}${target}`, without normalising them
// (its own patterns): any other request goes through the adapter, which may rewrite its URL and
// so its cache key. A request that falls through is answered the same, only not on this short path.
const PLAIN_HOST = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;
const PLAIN_TARGET = /^\/[!#$&-;=?-[\]_a-z~]*$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/;

/** A GET read from Node's parsed headers (a class: no closure to make per request). */
class IncomingProbe implements RequestProbe {
  readonly method = 'GET';
  constructor(readonly url: string, private readonly headers: IncomingHttpHeaders) {}

  header(name: string): string | undefined {
    const value = this.headers[name];
    return typeof value === 'string' ? value : undefined;
  }
}

/** A GET as the response cache sees it, with the URL the adapter would build; undefined for anything else. */
function probeIncoming(request: IncomingMessage): RequestProbe | undefined {
  const { method, url: target, headers } = request;
  const host = headers.host;
  if (method !== 'GET' || !host || !target || !PLAIN_HOST.test(host) || !PLAIN_TARGET.test(target) || DOT_SEGMENT.test(target)) return;
  return new IncomingProbe(`http://${host}${target}`, headers);
}

export interface CachingApp {
  cachedAnswer(request: RequestProbe): StoredAnswer | undefined;
  /** The app past its stored-answer check: a request the listener probed was a miss already. */
  fetchRouted: (request: Request, env?: unknown) => Response | Promise<Response>;
}

/**
 * The Node request listener: a stored answer to an anonymous GET is written straight to the socket,
 * before a fetch Request is built or the app routes anything (the cost of a popular article or error
 * code is then close to a constant's); every other request goes through @hono/node-server.
 */
export function cachingListener(app: CachingApp, hostname?: string): RequestListener {
  const adapter = getRequestListener(app.fetchRouted, { hostname });
  return (request, response) => {
    const probe = probeIncoming(request);
    const hit = probe && app.cachedAnswer(probe);
    if (!hit) return void adapter(request, response);
    hit.headers.push('content-length', String(hit.bytes)); // else Node would send the body chunked
    response.writeHead(200, hit.headers);
    response.end(hit.body);
  };
}
