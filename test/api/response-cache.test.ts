import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../api/response-cache.ts';
import { testApp } from '../helpers/app.ts';
import { articleSource } from '../helpers/articles.ts';

const entry = (bytes: number) => ({ body: 'x'.repeat(bytes), bytes, headers: {}, gzipHeaders: {} });

describe('ResponseCache', () => {
  it('evicts the least recently used entries past its count and byte bounds', () => {
    const cache = new ResponseCache(2, 900, 600);
    cache.set('a', entry(100));
    cache.set('b', entry(100));
    cache.get('a');
    cache.set('c', entry(100));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
    cache.set('big', entry(700));
    expect(cache.get('big')).toBeUndefined();
    cache.set('d', entry(500));
    cache.set('e', entry(500));
    expect([cache.get('d'), cache.get('e')].map(Boolean)).toEqual([false, true]);
  });
});

describe('cached answers', () => {
  it('are served again until a write changes the generation', async () => {
    const { app } = await testApp({ adminToken: 't' });
    const first = await (await app.request('/v1/articles/KB954960?locale=en-US')).json();
    const again = await (await app.request('/v1/articles/KB954960?locale=en-US')).json();
    expect(again).toEqual(first);
    const edited = articleSource(954960, 'en-US').replace('## Status\n', '## Status\n\nFresh text.\n');
    await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: { Authorization: 'Bearer t', 'Content-Type': 'text/markdown' }, body: edited });
    const after = await (await app.request('/v1/articles/KB954960?locale=en-US')).json();
    expect(after.statusText).toContain('Fresh text.');
    expect(after.storedRevision).toBe(first.storedRevision + 1);
  });

  it('are held within the byte bound the app is given (the Worker gives a smaller one)', async () => {
    const retitle = (db: Awaited<ReturnType<typeof testApp>>['db'], from: string, to: string) =>
      db.client.prepare("UPDATE translations SET document = replace(document, ?, ?) WHERE key = '954960:en-US'").run(from, to);
    const titleNow = async (app: Awaited<ReturnType<typeof testApp>>['app']) => ((await (await app.request('/v1/articles/KB954960?locale=en-US')).json()) as { title: string }).title;
    for (const [cacheBytes, kept] of [[undefined, true], [40_000, false]] as const) {
      const { app, db } = await testApp({}, undefined, undefined, cacheBytes ? { cacheBytes } : {});
      const stored = await titleNow(app);
      // Changed under the cache's feet (no revision, so the generation stays): only a stored answer still shows the old title.
      retitle(db, stored, 'Changed in place');
      await app.request('/v1/articles/KB954960?locale=pl-PL'); // another article-sized answer: past 40 kB, the first is evicted
      expect(await titleNow(app), `cacheBytes ${cacheBytes}`).toBe(kept ? stored : 'Changed in place');
    }
  });
});
