import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openD1Database } from '../../../kb/db/d1.ts';
import { importFiles } from '../../../kb/import/import.service.ts';
import { createSearchService, type SearchService } from '../../../kb/search/index.ts';
import { migrationStatements } from '../../../node/migration-statements.ts';
import { kb954960Files } from '../../helpers/files.ts';
import { ids, NEIGHBOURS, syntheticArticle } from './fixtures.ts';

// D1 is not better-sqlite3: it refuses some functions and compound SELECTs of more than five
// terms. Every search stage runs here against workerd's D1, as the Worker would run it.
describe('search over D1 (workerd)', () => {
  let mf: Miniflare;
  let search: SearchService;

  beforeAll(async () => {
    mf = new Miniflare({ modules: true, script: 'export default { fetch: () => new Response() }', d1Databases: ['DB'] });
    const d1 = await mf.getD1Database('DB');
    for (const statement of migrationStatements()) await d1.prepare(statement).run();
    const db = openD1Database(d1 as unknown as Parameters<typeof openD1Database>[0]);
    await importFiles(db, [...kb954960Files(), ...NEIGHBOURS.map(syntheticArticle)]);
    search = createSearchService(db);
  }, 60_000);
  afterAll(() => mf?.dispose());

  it.each([
    ['serwerów NTLM', {}, 'words', ['KB800001']],
    ['Item has already been added', { locale: 'en' }, 'words', ['KB954960', 'KB800005']],
    ['sterowników', { product: 'windows-client' }, 'words', ['KB800002']],
    ['ClientImplementation.GetSync', {}, 'substring', ['KB954960']],
    ['WSSU office', {}, 'fuzzy', ['KB954960']],
    ['synchronizacia wylaczyc aproval WSSU zatwierdznie komputerw', { product: 'wsus' }, 'any-term', ['KB954960', 'KB800005']],
  ] as const)('%s %j → %s', async (q, options, strategy, expected) => {
    const r = await search.search({ q, ...options });
    expect(r.strategy).toBe(strategy);
    expect(ids(r)).toEqual(expected);
  });

  it('survives hostile and oversized input', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `aprovalx${i} serwerzyy`).join(' ');
    for (const q of ['"""', 'NEAR(wsus server, 2)', '{title body}: wsus', 'col : "x" * ^ - (a OR b)', 'x'.repeat(2000), long]) {
      await expect(search.search({ q })).resolves.toMatchObject({ results: expect.any(Array) });
    }
  });
});
