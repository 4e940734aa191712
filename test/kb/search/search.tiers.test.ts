import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../kb/import/import.service.ts';
import { createSearchService } from '../../../kb/search/index.ts';
import { freshDatabase } from '../../helpers/db.ts';
import { ids, syntheticArticle } from './fixtures.ts';

/**
 * Three English articles: one says "frobnicate" in passing, two only "frobnicating", in the
 * title; six others say neither, so BM25 gives the word weight (in three articles alone it would not).
 */
async function search() {
  const db = freshDatabase();
  const article = (number: number, title: string, cause: string) => syntheticArticle({
    number, locale: 'en-US', title, summary: 'Clients stop reporting.', symptoms: 'The console shows no recent reports.', cause,
  });
  await importFiles(db, [
    article(810001, 'Reporting service keeps frobnicating the queue', 'The reporting service is stuck in a loop.'),
    article(810002, 'Frobnicating agents never finish', 'Agents retry the same batch.'),
    // A long text says it once: by BM25 alone, the title hits of the other form would beat it.
    article(810003, 'Reports arrive late', `An old agent may frobnicate the queue before sending. ${'The queue holds many reports. '.repeat(60)}`),
    ...[1, 2, 3, 4, 5, 6].map((n) => article(810010 + n, `Unrelated problem ${n}`, 'A service account lost its rights.')),
  ]);
  return createSearchService(db);
}

describe('words as typed rank above their other forms', () => {
  it('puts the article with the typed word first, even against title hits of another form', async () => {
    const r = await (await search()).search({ q: 'frobnicate', locale: 'en-US' });
    expect(ids(r)[0]).toBe('KB810003');
    expect(ids(r).slice(1).sort()).toEqual(['KB810001', 'KB810002']);
    expect(r).toMatchObject({ total: 3, hasMore: false, strategy: 'words' });
  });

  it('when the typed word alone fills the page, answers from it: more pages, total unknown', async () => {
    const s = await search();
    const first = await s.search({ q: 'frobnicating', locale: 'en-US', limit: 1 });
    expect(first.results).toHaveLength(1);
    expect(first.hasMore).toBe(true);
    expect(first.total).toBeUndefined();
    // Page two needs two rows; the typed word has exactly two, so the inflected match runs and counts.
    const second = await s.search({ q: 'frobnicating', locale: 'en-US', limit: 1, offset: 1 });
    const rest = await s.search({ q: 'frobnicating', locale: 'en-US', limit: 1, offset: 2 });
    expect([...ids(first), ...ids(second)].sort()).toEqual(['KB810001', 'KB810002']);
    expect(ids(rest)).toEqual(['KB810003']);
    expect([second.total, rest.total, rest.hasMore]).toEqual([3, 3, false]);
  });
});
