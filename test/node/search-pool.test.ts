import { afterEach, describe, expect, it } from 'vitest';
import { PUBLIC, audienceOf } from '../../kb/access/roles.ts';
import { KbError } from '../../kb/errors.ts';
import { importFiles } from '../../kb/import/import.service.ts';
import { createSearchService } from '../../kb/search/search.service.ts';
import type { SearchInput } from '../../kb/search/search.schema.ts';
import { readArticleFiles } from '../../node/article-files.ts';
import { BUNDLED_ARTICLES_DIR } from '../../node/paths.ts';
import { createSearchPool, type SearchPool } from '../../node/search-pool.ts';
import { searchThreadsFromEnv } from '../../node/server.ts';
import { bootstrap } from '../../node/bootstrap.ts';
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freshDatabase } from '../helpers/db.ts';
import { copyAs } from '../helpers/files.ts';
import { steadyThreadCount, threadCount, threadsSettleAt } from '../helpers/threads.ts';

const pools: SearchPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

async function bundled() {
  const db = freshDatabase();
  await importFiles(db, await readArticleFiles(BUNDLED_ARTICLES_DIR));
  const file = db.client.name;
  const pool = createSearchPool(file, { threads: 2 });
  pools.push(pool);
  return { db, pool, inProcess: createSearchService(db) };
}

const QUERIES: SearchInput[] = [
  { q: '0x8024400E' }, { q: '-2145107954', locale: 'pl' }, { q: 'komputery nie odbieraja aktualizacji', locale: 'pl' },
  { q: 'approvals office 2003', locale: 'en', product: 'wsus', limit: 5 }, { q: 'wsus detetcion faild' },
  { q: '"Item has already been added"' }, { q: 'wsus', limit: 3, offset: 3 }, { q: 'zzzz nothing here' },
];

describe('createSearchPool', () => {
  it('answers every search as the in-process service does, for the public and for editors', async () => {
    const { pool, inProcess } = await bundled();
    for (const audience of [PUBLIC, audienceOf('editor')]) {
      const [threaded, local] = await Promise.all([
        Promise.all(QUERIES.map((q) => pool.search(q, audience))),
        Promise.all(QUERIES.map((q) => inProcess.search(q, audience))),
      ]);
      expect(threaded).toEqual(local);
      expect(threaded.filter((r) => r.results.length > 0).length).toBeGreaterThanOrEqual(QUERIES.length - 2);
    }
  });

  it('refuses bad input with the same kbdesk error: code, message and field', async () => {
    const { pool, inProcess } = await bundled();
    const input = { q: 'wsus', locale: 'xx' };
    const [threaded, local] = await Promise.all([pool.search(input).catch((e: unknown) => e), inProcess.search(input).catch((e: unknown) => e)]);
    expect(threaded).toBeInstanceOf(KbError);
    expect(threaded).toMatchObject({ code: 'bad_request', message: (local as KbError).message, details: (local as KbError).details });
  });

  it('finds what the server wrote a moment ago', async () => {
    const { db, pool } = await bundled();
    expect((await pool.search({ q: 'quetzalcoatl' })).results).toEqual([]);
    await importFiles(db, [copyAs(800_001, 'Quetzalcoatl breaks the update agent')]);
    expect((await pool.search({ q: 'quetzalcoatl' })).results.map((r) => r.id)).toEqual(['KB800001']);
  });

  it('starts no thread before the first search or start()', async () => {
    const { db } = await bundled();
    const before = await steadyThreadCount();
    const lazy = createSearchPool(db.client.name, { threads: 2 });
    pools.push(lazy);
    await new Promise((r) => setTimeout(r, 200));
    expect(threadCount()).toBe(before);
    lazy.start();
    expect(threadCount()).toBeGreaterThan(before);
  });

  it('ends its threads on close, and refuses searches after', async () => {
    const before = await steadyThreadCount();
    const { pool } = await bundled();
    await pool.search({ q: 'wsus' });
    expect(threadCount()).toBeGreaterThan(before);
    await pool.close();
    expect(await threadsSettleAt(before)).toBe(before);
    await expect(pool.search({ q: 'wsus' })).rejects.toThrow(/closed/);
  });

  it('fails searches with the reason when its threads cannot start, and does not start them again', async () => {
    const before = await steadyThreadCount();
    const pool = createSearchPool('/nonexistent/kb.sqlite', { threads: 2 });
    pools.push(pool);
    await expect(pool.search({ q: 'wsus' })).rejects.toThrow(/search thread stopped .*Cannot open database/);
    expect(await threadsSettleAt(before)).toBe(before);
    await expect(pool.search({ q: 'wsus' })).rejects.toThrow(/no search thread could start: Cannot open database/);
  });

  it('leaves the server\'s event loop free while a search runs (in process, the search holds it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kbdesk-pool-'));
    try {
      const orders: Record<string, string[]> = {};
      for (const searchThreads of [0, 2]) {
        const { services, close } = await bootstrap({ KB_DATABASE: join(dir, `kb-${searchThreads}.sqlite`) }, () => {}, { searchThreads });
        await services.search.search({ q: 'wsus' }); // the threads have started
        const order: string[] = [];
        setImmediate(() => order.push('event loop'));
        await services.search.search({ q: 'komputery nie odbieraja aktualizacji' }).then(() => order.push('search'));
        await new Promise((r) => setImmediate(r));
        orders[searchThreads] = order;
        await close();
      }
      expect(orders).toEqual({ 0: ['search', 'event loop'], 2: ['event loop', 'search'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes its size from KB_SEARCH_THREADS: one per core by default, 0 for the server\'s own thread', () => {
    expect(searchThreadsFromEnv({})).toBe(availableParallelism());
    expect(searchThreadsFromEnv({ KB_SEARCH_THREADS: '0' })).toBe(0);
    expect(searchThreadsFromEnv({ KB_SEARCH_THREADS: ' 3 ' })).toBe(3);
    expect(() => searchThreadsFromEnv({ KB_SEARCH_THREADS: 'many' })).toThrow(/KB_SEARCH_THREADS must be a whole number from 0 to 64, not "many"/);
    expect(() => searchThreadsFromEnv({ KB_SEARCH_THREADS: '-1' })).toThrow(/KB_SEARCH_THREADS/);
  });
});
