import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../api/env.ts';
import type { RequestProbe } from '../../api/cache.ts';
import { cachingListener } from '../../node/cached-answers.ts';
import { testApp } from '../helpers/app.ts';

const ARTICLE = '/v1/articles/KB954960?locale=en-US';
const servers: Server[] = [];

afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((done) => s.close(done));
});

async function listen(listener: Parameters<typeof createServer>[1]): Promise<number> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

interface Raw { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** One raw HTTP/1.1 request with exactly these headers (fetch would add its own). */
function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers, setHost: !('Host' in headers) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

/** The real app over the bundled article behind the Node listener, counting what reaches the app. */
async function kbdesk(config: Partial<AppConfig> = {}) {
  const { app } = await testApp(config, undefined, {}, { compress: true });
  const counted = { viaApp: 0 };
  const port = await listen(cachingListener({ fetchRouted: (req, env) => (counted.viaApp++, app.fetchRouted(req, env)), cachedAnswer: app.cachedAnswer }));
  return { port, counted };
}

const sameHeaders = (h: IncomingHttpHeaders) => {
  const { date: _date, 'x-request-id': _id, ...rest } = h;
  return rest;
};

describe('the Node listener', () => {
  it('builds the same URL as the adapter for the requests it answers, and leaves the others to it', async () => {
    const probed: string[] = [];
    const fetched: string[] = [];
    const port = await listen(cachingListener({
      fetchRouted: (req) => (fetched.push(req.url), new Response('app')),
      cachedAnswer: (probe: RequestProbe) => (probed.push(probe.url), undefined),
    }));
    const plain = [[`/v1/errors/0x8024400E`, `127.0.0.1:${port}`], ['/v1/products/wsus?locale=pl-PL&x=1', 'kb.example:8787'], ['/v1/articles/KB954960?locale=en-US', 'desk.example']];
    for (const [path, host] of plain) {
      probed.length = fetched.length = 0;
      await get(port, path!, { Host: host! });
      expect(probed).toEqual(fetched);
      expect(fetched).toHaveLength(1);
    }
    // Targets and hosts the adapter normalises (dot segments, a default port, upper case) and other methods are not probed.
    const others: [string, Record<string, string>][] = [['/v1/../v1/errors/0x1', {}], ['/v1/errors/0x1', { Host: 'desk.example:80' }], ['/v1/errors/0x1', { Host: 'Desk.Example' }], ['/v1/%7e/x', {}]];
    for (const [path, headers] of others) {
      probed.length = fetched.length = 0;
      await get(port, path, headers);
      expect(fetched).toHaveLength(1);
      expect(probed).toEqual([]);
    }
  });

  it('writes a stored answer to the socket: same body and headers as the app made, a length, a request id of its own', async () => {
    const { port, counted } = await kbdesk();
    const made = await get(port, ARTICLE);
    expect(counted.viaApp).toBe(1);
    const stored = await get(port, ARTICLE);
    expect(counted.viaApp).toBe(1);
    expect(stored.status).toBe(200);
    expect(stored.body.equals(made.body)).toBe(true);
    expect(sameHeaders(stored.headers)).toEqual(sameHeaders(made.headers));
    expect(stored.headers['content-length']).toBe(String(stored.body.byteLength));
    expect(stored.headers['transfer-encoding']).toBeUndefined();
    expect(stored.headers['x-request-id']).not.toBe(made.headers['x-request-id']);
    expect((await get(port, ARTICLE, { 'X-Request-Id': 'ticket-4711' })).headers['x-request-id']).toBe('ticket-4711');
  });

  it('sends the gzip answer to clients that accept it, once the app has made it', async () => {
    const { port, counted } = await kbdesk();
    const plain = await get(port, ARTICLE);
    const made = await get(port, ARTICLE, { 'Accept-Encoding': 'gzip' });
    const before = counted.viaApp;
    const stored = await get(port, ARTICLE, { 'Accept-Encoding': 'gzip' });
    expect(counted.viaApp).toBe(before);
    expect(stored.headers['content-encoding']).toBe('gzip');
    expect(stored.headers['content-length']).toBe(String(stored.body.byteLength));
    expect(stored.body.equals(made.body)).toBe(true);
    expect(gunzipSync(stored.body).equals(plain.body)).toBe(true);
  });

  it('carries the CORS headers of the origin asking', async () => {
    const { port, counted } = await kbdesk({ corsOrigins: ['https://desk.example'] });
    await get(port, ARTICLE, { Origin: 'https://desk.example' });
    const before = counted.viaApp;
    const friend = await get(port, ARTICLE, { Origin: 'https://desk.example' });
    const stranger = await get(port, ARTICLE, { Origin: 'https://evil.example' });
    expect(counted.viaApp).toBe(before);
    expect(friend.headers['access-control-allow-origin']).toBe('https://desk.example');
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
    expect(stranger.headers.vary).toMatch(/, Origin$/);
  });

  it('leaves revalidations, callers with a token and writes to the app', async () => {
    const { port, counted } = await kbdesk({ adminToken: 'admin-secret' });
    const made = await get(port, ARTICLE);
    const before = counted.viaApp;
    expect((await get(port, ARTICLE, { 'If-None-Match': String(made.headers.etag) })).status).toBe(304);
    expect((await get(port, ARTICLE, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await get(port, ARTICLE, { Authorization: 'Bearer admin-secret' })).status).toBe(200);
    expect(counted.viaApp).toBe(before + 3);
  });
});
