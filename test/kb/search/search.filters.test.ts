import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../../../kb/errors.ts';
import { ids, seededSearch } from './fixtures.ts';

describe('filters and paging', () => {
  it('returns each article once across locales, in the translation that matched', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'WSUS office 2003' });
    expect(ids(r).filter((id) => id === 'KB954960')).toHaveLength(1);
    expect((await search.search({ q: 'komputery office 2003' })).results[0]!.locale).toBe('pl-PL');
    expect((await search.search({ q: 'computers office 2003' })).results[0]!.locale).toBe('en-US');
  });

  it('filters by exact locale and by language', async () => {
    const search = await seededSearch();
    for (const [locale, expected] of [['pl-PL', 'pl-PL'], ['PL', 'pl-PL'], ['en', 'en-US'], ['en-us', 'en-US']] as const) {
      const r = await search.search({ q: 'WSUS', locale });
      expect(r.results.length).toBeGreaterThan(0);
      expect(r.results.every((x) => x.locale === expected)).toBe(true);
    }
    // KB800002 exists only in Polish.
    expect(ids(await search.search({ q: 'sterowników', locale: 'en-US' }))).toEqual([]);
  });

  it('filters by product slug', async () => {
    const search = await seededSearch();
    expect(ids(await search.search({ q: 'synchronize', product: 'wsus' })).sort()).toEqual(['KB800005', 'KB954960']);
    expect(ids(await search.search({ q: 'sterowników', product: 'wsus' }))).toEqual([]);
    expect(ids(await search.search({ q: 'sterowników', product: 'windows-client' }))).toEqual(['KB800002']);
    expect(ids(await search.search({ q: 'WSUS', product: 'isa' }))).toEqual([]);
    // A slug that is a prefix of another does not match it.
    expect(ids(await search.search({ q: 'sterowników', product: 'windows' }))).toEqual([]);
    expect(ids(await search.search({ q: 'sterowników', product: 'WSUS' }))).toEqual([]);
  });

  it('pages through results; the total is left out only when the words as typed fill the page', async () => {
    const search = await seededSearch();
    const all = await search.search({ q: 'synchronize', locale: 'en-US' });
    expect(all.total).toBe(2);
    const first = await search.search({ q: 'synchronize', locale: 'en-US', limit: 1 });
    const second = await search.search({ q: 'synchronize', locale: 'en-US', limit: 1, offset: 1 });
    const past = await search.search({ q: 'synchronize', locale: 'en-US', limit: 1, offset: 5 });
    expect([...ids(first), ...ids(second)]).toEqual(ids(all));
    // Both articles say "synchronize": on a page of one, the words as typed already fill it, so
    // the inflected match (synchroniz*), which would give the total, is never run.
    expect([first.total, second.total, past.total]).toEqual([undefined, 2, 2]);
    expect([first.hasMore, second.hasMore, past.hasMore]).toEqual([true, false, false]);
    expect(past.results).toEqual([]);
    expect(past.strategy).toBe('words');
  });

  it('counts articles, not translations, across locales', async () => {
    const search = await seededSearch();
    // Three translations match: KB954960 in both locales and KB800005.
    const all = await search.search({ q: 'WSUS 3.0' });
    expect(all).toMatchObject({ total: 2, hasMore: false });
    expect(ids(all).sort()).toEqual(['KB800005', 'KB954960']);
    // With one result per page only the best two rows are read, so the total is not known,
    // but whether a next page exists is.
    const first = await search.search({ q: 'WSUS 3.0', limit: 1 });
    const second = await search.search({ q: 'WSUS 3.0', limit: 1, offset: 1 });
    expect(first.hasMore).toBe(true);
    expect(second.hasMore).toBe(false);
    expect([...ids(first), ...ids(second)]).toEqual(ids(all));
  });

  it.each([
    { limit: 0 }, { limit: 51 }, { limit: 2.5 }, { offset: -1 }, { locale: 'de-DE' }, { locale: 'klingon' },
    { product: 'Not a slug!' },
  ])('rejects %j with a BadRequestError', async (options) => {
    const search = await seededSearch();
    await expect(search.search({ q: 'wsus', ...options })).rejects.toBeInstanceOf(BadRequestError);
  });
});
