import { describe, expect, it } from 'vitest';
import { ids, seededSearch } from './fixtures.ts';

// KB800005 is the near miss for each: error 0x80244010, version 3.1.6001.65, another GUID,
// Microsoft.UpdateServices.Administration.dll, and "item", "already", "added" apart.
describe('search for exact strings', () => {
  it.each([
    '0x8024400E',
    '8024400e',
    'D359F493-0AAD-43FA-AF5C-6763326CD98F',
    'd359f493-0aad-43fa-af5c-6763326cd98f',
    '3.1.6001.66',
    'Item has already been added',
    '"Item has already been added"',
    'Microsoft.UpdateServices.WebServices.Client.Dll',
    'KB954960',
  ])('puts KB954960 first for %s', async (q) => {
    const search = await seededSearch();
    const r = await search.search({ q });
    expect(ids(r)[0]).toBe('KB954960');
    expect(ids(r)).not.toContain('KB800003');
  });

  it('does not confuse error codes that share a prefix', async () => {
    const search = await seededSearch();
    expect(ids(await search.search({ q: '0x8024400E' }))).toEqual(['KB954960']);
    expect(ids(await search.search({ q: '80244010' }))).toEqual(['KB800005']);
  });

  it('does not match a neighbouring file version', async () => {
    const search = await seededSearch();
    expect(ids(await search.search({ q: '3.1.6001.66' }))).toEqual(['KB954960']);
    expect(ids(await search.search({ q: '3.1.6001.65' })).sort()).toEqual(['KB800005', 'KB954960']);
  });

  it('ranks the exact wording of an exception above the same words apart', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'Item has already been added', locale: 'en-US' });
    expect(ids(r)).toEqual(['KB954960', 'KB800005']);
    expect(r.results[0]!.snippet).toContain('<mark>Item has already been added</mark>');
  });

  it('highlights the code in the snippet', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: '8024400e', locale: 'en-US' });
    expect(r.results[0]!.snippet).toContain('<mark>0x8024400E</mark>');
    expect(r.results[0]!.matchedIn).toContain('codes');
  });
});
