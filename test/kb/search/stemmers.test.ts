import { describe, expect, it } from 'vitest';
import { englishStems, polishStems } from '../../../kb/search/index.ts';
import { wordVariants } from '../../../kb/search/word-variants.ts';
import { foldFully, polishLSpellings } from '../../../kb/search/normalize.ts';

const both = { polish: true, english: true };
/** Whether the prefixes of `query` match the token `form` (as the index folds it). */
const reaches = (query: string, form: string) => {
  const v = wordVariants(query, both);
  const token = form.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
  return v.exact.includes(token) || v.prefixes.some((p) => token.startsWith(p));
};

describe('Polish stems', () => {
  it.each([
    ['serwera', 'serwer'], ['serwerze', 'serwer'], ['serwerów', 'serwer'], ['serwerach', 'serwer'],
    ['aktualizacji', 'aktualizacje'], ['aktualizacje', 'aktualizacji'], ['aktualizację', 'aktualizacja'],
    ['komputerów', 'komputery'], ['komputery', 'komputerach'], ['zatwierdzenie', 'zatwierdzeń'],
    ['zatwierdzeniach', 'zatwierdzenia'], ['wyłączyć', 'wyłączony'], ['wylaczyc', 'wyłączenie'],
    ['kodzie', 'kod'], ['pakiecie', 'pakietu'], ['błędu', 'błąd'], ['usługi', 'usługa'], ['ekranie', 'ekranu'],
  ])('%s reaches %s', (query, form) => {
    expect(reaches(query, form)).toBe(true);
  });

  it.each([['serwer', 'sieć'], ['aktualizacji', 'akt'], ['komputer', 'kompresja']])('%s does not reach %s', (query, form) => {
    expect(reaches(query, form)).toBe(false);
  });

  it('strips only what leaves a stem of three letters or more', () => {
    expect(polishStems('serwerow')).toContain('serwer');
    expect(polishStems('kod')).toEqual([]);
    expect(polishStems('ale')).toEqual([]);
    expect(polishStems('0x8024400e')).toEqual([]);
  });

  it('spells each l both ways unless the user typed ł', () => {
    expect(polishLSpellings('wylacz', 'wylacz')).toEqual(['wylacz', 'wyłacz']);
    expect(polishLSpellings('wylacz', 'wyłacz')).toEqual(['wyłacz']);
    expect(polishLSpellings('lllll', 'lllll')).toHaveLength(8);
    expect(foldFully('Wyłączyć')).toBe('wylaczyc');
  });
});

describe('English stems', () => {
  it.each([
    ['updates', 'updat'], ['updated', 'updat'], ['updating', 'updat'], ['update', 'updat'],
    ['approving', 'approv'], ['approvals', 'approv'], ['computers', 'computer'], ['policies', 'polic'],
    ['installation', 'install'], ['synchronization', 'synchroniz'], ['stopped', 'stop'], ['added', 'add'],
  ])('%s → %s', (word, stem) => {
    expect(englishStems(word)).toEqual([stem]);
  });

  it.each(['status', 'this', 'need', 'wsus', '0x8024400e'])('leaves %s alone', (word) => {
    expect(englishStems(word)).toEqual([]);
  });

  it('expands a three-letter stem with endings instead of a broad prefix', () => {
    const v = wordVariants('added', { polish: false, english: true });
    expect(v.prefixes).toEqual(['added']);
    expect(v.exact).toEqual(expect.arrayContaining(['add', 'adds', 'adding']));
    expect(wordVariants('logs', { polish: false, english: true }).prefixes).not.toContain('log');
  });
});
