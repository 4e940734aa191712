import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import type { AppConfig } from '../../api/env.ts';
import { acceptsGzip } from '../../api/gzip.ts';
import { importFiles } from '../../kb/import/import.service.ts';
import { createServices } from '../../kb/services/index.ts';
import { openDatabase } from '../../node/database.ts';
import { articleSource } from '../helpers/articles.ts';
import { freshDatabase } from '../helpers/db.ts';
import { kb954960Files } from '../helpers/files.ts';

const ARTICLE = '/v1/articles/KB954960?locale=en-US';

async function app(config: Partial<AppConfig> = {}, log?: (e: Record<string, unknown>) => void) {
  const db = freshDatabase();
  await importFiles(db, kb954960Files());
  return { db, app: createApp(createServices(db), { corsOrigins: ['*'], ...config }, { compress: true, log }) };
}

/** Headers that should be the same on a made and a stored answer. */
const answerHeaders = (res: Response) => Object.fromEntries([...res.headers].filter(([name]) => name !== 'x-request-id' && name !== 'content-length'));

describe('answers stored for anonymous GETs', () => {
  it('are sent again with the same body and headers, but a request id of their own', async () => {
    const { app: a } = await app();
    const made = await a.request(ARTICLE);
    const stored = await a.request(ARTICLE);
    expect(stored.status).toBe(200);
    expect(await stored.text()).toBe(await made.text());
    expect(answerHeaders(stored)).toEqual(answerHeaders(made));
    expect(stored.headers.get('etag')).toMatch(/^W\/"/);
    expect(stored.headers.get('x-request-id')).not.toBe(made.headers.get('x-request-id'));
    const named = await a.request(ARTICLE, { headers: { 'X-Request-Id': 'ticket-4711' } });
    expect(named.headers.get('x-request-id')).toBe('ticket-4711');
    const junk = await a.request(ARTICLE, { headers: { 'X-Request-Id': 'has spaces' } });
    expect(junk.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('carry the CORS headers of the origin asking, not of the one that asked first', async () => {
    const { app: a } = await app({ corsOrigins: ['https://desk.example'] });
    const first = await a.request(ARTICLE, { headers: { Origin: 'https://desk.example' } });
    expect(first.headers.get('access-control-allow-origin')).toBe('https://desk.example');
    const stranger = await a.request(ARTICLE, { headers: { Origin: 'https://evil.example' } });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    expect(stranger.headers.get('vary')).toContain('Origin');
    const again = await a.request(ARTICLE, { headers: { Origin: 'https://desk.example' } });
    expect(again.headers.get('access-control-allow-origin')).toBe('https://desk.example');
    expect(again.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    expect(again.headers.get('vary')).toBe(first.headers.get('vary'));
  });

  it('answer If-None-Match with 304, and are not served to a caller with a bad token', async () => {
    const { app: a } = await app({ adminToken: 'admin-secret' });
    const made = await a.request(ARTICLE);
    const revalidated = await a.request(ARTICLE, { headers: { 'If-None-Match': made.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    const refused = await a.request(ARTICLE, { headers: { Authorization: 'Bearer nope' } });
    expect(refused.status).toBe(401);
  });

  it('go out synchronously, before routing, also after searches and matches (which write analytics) but not after an article write', async () => {
    const { app: a } = await app({ adminToken: 't' });
    const url = `http://localhost${ARTICLE}`;
    await a.request(ARTICLE);
    const isSynchronous = (answer: Response | Promise<Response>) => answer instanceof Response;
    expect(isSynchronous(a.fetch(new Request(url)))).toBe(true);
    await a.request('/v1/search?q=wsus');
    await a.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'nothing to see\n' });
    expect(isSynchronous(a.fetch(new Request(url)))).toBe(true);
    const edited = articleSource(954960, 'en-US').replace('## Status\n', '## Status\n\nChanged.\n');
    expect((await a.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: { Authorization: 'Bearer t', 'Content-Type': 'text/markdown' }, body: edited })).status).toBe(200);
    const afterWrite = a.fetch(new Request(url));
    expect(isSynchronous(afterWrite)).toBe(false);
    expect((await (await afterWrite).json()).statusText).toContain('Changed.');
  });

  it('are never a search: each search has its own searchId and is counted in analytics', async () => {
    const { app: a, db } = await app();
    const first = await a.request('/v1/search?q=wsus+cache');
    const second = await a.request('/v1/search?q=wsus+cache');
    expect(second.headers.get('cache-control')).toBe('no-store');
    expect(second.headers.get('etag')).toBeNull();
    expect((await second.json()).searchId).not.toBe((await first.json()).searchId);
    const counted = db.client.prepare("SELECT count(*) AS n FROM analytics_events WHERE kind = 'search' AND text = 'wsus cache'").get() as { n: number };
    expect(counted.n).toBe(2);
  });

  it('are logged like any other request', async () => {
    const entries: Record<string, unknown>[] = [];
    const { app: a } = await app({}, (e) => entries.push(e));
    await a.request(ARTICLE);
    const stored = await a.request(ARTICLE);
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ method: 'GET', path: '/v1/articles/KB954960', status: 200, requestId: stored.headers.get('x-request-id') });
  });

  it('see a write made through another connection to the same file within a second', async () => {
    const { db, app: a } = await app();
    const before = await (await a.request(ARTICLE)).json();
    const other = openDatabase(db.client.name);
    try {
      const edited = articleSource(954960, 'en-US').replace('## Status\n', '## Status\n\nEdited elsewhere.\n');
      await importFiles(other, kb954960Files().map((f) => (f.path.endsWith('en-US.md') ? { ...f, content: edited } : f)));
    } finally {
      other.close();
    }
    await new Promise((r) => setTimeout(r, 1100));
    const after = await (await a.request(ARTICLE)).json();
    expect(after.storedRevision).toBe(before.storedRevision + 1);
    expect(after.statusText).toContain('Edited elsewhere.');
  });
});

describe('gzip', () => {
  it('compresses answers for clients that accept it, and only for them', async () => {
    const { app: a } = await app();
    const plain = await a.request(ARTICLE);
    const text = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toContain('Accept-Encoding');
    for (let i = 0; i < 2; i++) { // made, then stored
      const zipped = await a.request(ARTICLE, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      const bytes = Buffer.from(await zipped.arrayBuffer());
      expect(bytes.byteLength).toBeLessThan(text.length / 3);
      expect(gunzipSync(bytes).toString('utf8')).toBe(text);
    }
    const refused = await a.request(ARTICLE, { headers: { 'Accept-Encoding': 'gzip;q=0, identity' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(await refused.text()).toBe(text);
  });

  it('reads Accept-Encoding as RFC 9110 says', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('deflate, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('br, identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
