import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCeiling, searchCeiling } from '../../bench/fts-ceiling.ts';
import { SEARCH_LOCALES, searchQueries, syntheticArticleFiles } from '../../bench/synthetic.ts';
import { importFiles } from '../../kb/import/import.service.ts';
import { openDatabase, type NodeDatabase } from '../../node/database.ts';

// The bench reports kbdesk's import and search beside FTS5's alone; these check the floor is measured on real rows.
describe('the FTS5 floor of the scale bench', () => {
  const COUNT = 200;
  let dir: string;
  let db: NodeDatabase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kbdesk-ceiling-test-'));
    db = openDatabase(join(dir, 'kb.sqlite'));
    await importFiles(db, syntheticArticleFiles(COUNT));
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies every indexed row into fresh FTS5 tables, and the word index alone costs less than both', () => {
    const ceiling = importCeiling(join(dir, 'kb.sqlite'), COUNT);
    expect(ceiling.bothRate).toBeGreaterThan(0);
    expect(ceiling.wordsRate).toBeGreaterThan(ceiling.bothRate);
  });

  it('runs one ranked statement per query and locale, most of which find something', () => {
    const queries = searchQueries();
    const ceiling = searchCeiling(db.client, queries, SEARCH_LOCALES, 2);
    expect(ceiling.statements).toBeGreaterThan(queries.length * SEARCH_LOCALES.length * 2 * 0.9);
    expect(ceiling.statements % (SEARCH_LOCALES.length * 2)).toBe(0);
    expect(ceiling.withHits).toBeGreaterThan(0.5);
    expect(ceiling.p95).toBeGreaterThanOrEqual(ceiling.p50);
  });

  it('refuses a locale kbdesk does not know, as search does', () => {
    expect(() => searchCeiling(db.client, ['wsus'], ['xx'], 1)).toThrow(/Unknown locale/);
  });
});
