import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../kb/import/import.service.ts';
import { createSearchService } from '../../../kb/search/index.ts';
import { freshDatabase } from '../../helpers/db.ts';
import { ids, syntheticArticle } from './fixtures.ts';

/** A search over English articles given as [number, title, cause], sharing summary and symptoms. */
async function searchOver(articles: [number, string, string][]) {
  const db = freshDatabase();
  await importFiles(db, articles.map(([number, title, cause]) => syntheticArticle({
    number, locale: 'en-US', title, summary: 'Clients stop reporting.', symptoms: 'The console shows no recent reports.', cause,
  })));
  return createSearchService(db);
}

/**
 * Three English articles: one says "frobnicate" in passing, two only "frobnicating", in the
 * title; six others say neither, so BM25 gives the word weight (in three articles alone it would not).
 */
const search = () => searchOver([
  [810001, 'Reporting service keeps frobnicating the queue', 'The reporting service is stuck in a loop.'],
  [810002, 'Frobnicating agents never finish', 'Agents retry the same batch.'],
  // A long text says it once: by BM25 alone, the title hits of the other form would beat it.
  [810003, 'Reports arrive late', `An old agent may frobnicate the queue before sending. ${'The queue holds many reports. '.repeat(60)}`],
  ...[1, 2, 3, 4, 5, 6].map((n): [number, string, string] => [810010 + n, `Unrelated problem ${n}`, 'A service account lost its rights.']),
]);

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

describe('the exact wording ranks above the words in any order', () => {
  /** Three say "queue stops reporting" word for word; two have the words apart; two have none. */
  const wordingSearch = () => searchOver([
    [820001, 'Queue stops reporting after a restart', 'The queue stops reporting when the service restarts.'],
    [820002, 'Agents wait', `The queue stops reporting. ${'Agents retry the batch. '.repeat(40)}`],
    [820003, 'Reporting queue stops', 'The queue stops reporting until it is emptied; reporting resumes then.'],
    [820004, 'Reporting stops for the queue', 'Reporting of the queue stops overnight.'],
    [820005, 'The queue is full', 'Reporting stops; the queue keeps growing.'],
    ...[1, 2].map((n): [number, string, string] => [820010 + n, `Unrelated problem ${n}`, 'A service account lost its rights.']),
  ]);

  it('pages through the wording tier alone when it fills the page, in the order of the full ranking', async () => {
    const s = await wordingSearch();
    const all = await s.search({ q: 'queue stops reporting', locale: 'en-US', limit: 10 });
    expect(all).toMatchObject({ total: 5, hasMore: false });
    expect(ids(all).slice(0, 3).sort()).toEqual(['KB820001', 'KB820002', 'KB820003']);
    // Two per page: the wording alone has more rows than the page needs, so only it is ranked.
    const pages = await Promise.all([0, 2].map((offset) => s.search({ q: 'queue stops reporting', locale: 'en-US', limit: 2, offset })));
    expect(pages[0]).toMatchObject({ hasMore: true });
    expect(pages[0]!.total).toBeUndefined();
    expect([...ids(pages[0]!), ...ids(pages[1]!)]).toEqual(ids(all).slice(0, 4));
  });
});
