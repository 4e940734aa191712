import { describe, expect, it } from 'vitest';
import { ids, seededSearch } from './fixtures.ts';

describe('search in English', () => {
  it('puts the article first for its own title', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'Some computers do not receive updates from the WSUS server' });
    expect(ids(r)[0]).toBe('KB954960');
    expect(r.results[0]).toMatchObject({ locale: 'en-US', number: 954960 });
    expect(r.results[0]!.matchedIn).toContain('title');
  });

  it('matches update from updates (KB800003 says only "update")', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'updates spooler' });
    expect(ids(r)).toEqual(['KB800003']);
    expect(r.results[0]!.snippet).toContain('<mark>update</mark>');
  });

  it('matches approve / approval from approving', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'approving', locale: 'en-US' });
    expect(ids(r)).toEqual(['KB954960']);
    expect(r.results[0]!.snippet).toMatch(/<mark>[Aa]pprov(e|al|als)<\/mark>/);
  });

  it('corrects aproval to an approval form', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'aproval', locale: 'en' });
    expect(r.strategy).toBe('fuzzy');
    expect(r.corrections?.[0]?.to).toMatch(/^approval/);
    expect(ids(r)[0]).toBe('KB954960');
  });

  it('corrects the transposed WSSU to WSUS', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'WSSU office' });
    expect(r.corrections).toEqual([{ from: 'WSSU', to: 'wsus' }]);
    expect(ids(r)).toEqual(['KB954960']);
  });

  it('finds a word inside a longer identifier through the substring index', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'ClientImplementation.GetSync' });
    expect(r.strategy).toBe('substring');
    expect(ids(r)).toEqual(['KB954960']);
    expect(r.results[0]!.snippet).toContain('<mark>ClientImplementation.GetSync</mark>');
  });
});
