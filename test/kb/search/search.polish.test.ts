import { describe, expect, it } from 'vitest';
import { ids, seededSearch } from './fixtures.ts';

describe('search in Polish', () => {
  it('ignores diacritics, ł included: wylaczyc finds wyłączyć', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'wylaczyc sterowniki' });
    expect(ids(r)[0]).toBe('KB800002');
    expect(r.results[0]!.snippet).toMatch(/<mark>wyłączyć<\/mark>/);
  });

  it('finds zatwierdzeń from zatwierdzenie typed without Polish letters', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'reczne zresetowanie zatwierdzen', locale: 'pl' });
    expect(ids(r)).toEqual(['KB954960']);
    expect(r.results[0]!.snippet).toMatch(/<mark>[^<]*\b[Zz]atwierdze[^<]*<\/mark>/);
  });

  it.each(['serwera', 'serwerze', 'serwerów', 'serwerach'])('finds the article that says "serwer" from %s', async (q) => {
    const search = await seededSearch();
    // KB954960 says "serwera proxy" too, so NTLM keeps the assertion about KB800001 alone.
    const r = await search.search({ q: `${q} NTLM` });
    expect(ids(r)).toEqual(['KB800001']);
    expect(r.strategy).toBe('words');
  });

  it('matches aktualizacji ↔ aktualizacje in both directions', async () => {
    const search = await seededSearch();
    // KB800002 says only "aktualizacje", KB800004 only "aktualizacji".
    expect(ids(await search.search({ q: 'aktualizacji sterowników' }))).toEqual(['KB800002']);
    expect(ids(await search.search({ q: 'aktualizacje uszkodzonego magazynu' }))).toEqual(['KB800004']);
  });

  it('matches komputerów ↔ komputery', async () => {
    const search = await seededSearch();
    // KB800001 says only "Komputery".
    expect(ids(await search.search({ q: 'komputerów limitu czasu' }))).toEqual(['KB800001']);
    expect(ids(await search.search({ q: 'komputery office 2003', locale: 'pl-PL' }))).toEqual(['KB954960']);
  });

  it('matches a form that occurs nowhere in the text (zatwierdzeniach)', async () => {
    const search = await seededSearch();
    expect(ids(await search.search({ q: 'zatwierdzeniach' }))).toEqual(['KB954960']);
  });

  it('corrects a misspelled word and says so', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'zatwierdznie aktualizacji', locale: 'pl-PL' });
    expect(r.strategy).toBe('fuzzy');
    expect(r.corrections).toEqual([{ from: 'zatwierdznie', to: expect.stringMatching(/^zatwierdzeni/) }]);
    expect(ids(r)[0]).toBe('KB954960');
  });

  it('finds synchronizacja from synchronizacia', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'synchronizacia', locale: 'pl-PL' });
    expect(ids(r)).toEqual(['KB954960']);
    expect(r.results[0]!.snippet).toContain('<mark>synchronizacja</mark>');
  });
});
