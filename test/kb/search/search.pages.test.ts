import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../kb/import/import.service.ts';
import { LOCALES } from '../../../kb/model/front-matter.schema.ts';
import { createSearchService } from '../../../kb/search/index.ts';
import { keyOfSearchRowid, searchRowid, searchRowidInLocales } from '../../../kb/store/search-rowid.ts';
import { translationKey } from '../../../kb/store/translation.writes.ts';
import { freshDatabase } from '../../helpers/db.ts';
import { ids, syntheticArticle } from './fixtures.ts';

describe('a result page is chosen by rowid', () => {
  it('reads the translation key and locale back from the search rowid, in SQLite', async () => {
    const db = freshDatabase();
    for (const number of [1, 954960, 1_000_123, 99_999_999]) {
      for (const locale of LOCALES) {
        const rowid = searchRowid(number, locale);
        const [row] = await db.orm.all<{ key: string; pl: number; en: number; both: number }>(sql`SELECT
          ${keyOfSearchRowid(sql`${rowid}`)} AS key,
          ${searchRowidInLocales(sql`${rowid}`, ['pl-PL'])} AS pl,
          ${searchRowidInLocales(sql`${rowid}`, ['en-US'])} AS en,
          ${searchRowidInLocales(sql`${rowid}`, LOCALES)} AS both`);
        expect(row).toEqual({ key: translationKey(number, locale), pl: Number(locale === 'pl-PL'), en: Number(locale === 'en-US'), both: 1 });
      }
    }
    expect(() => searchRowidInLocales(sql`1`, ['de-DE'])).toThrow(/de-DE/);
  });

  it('gives every row of a page its snippets, from the tier that found it, prefixes included', async () => {
    const db = freshDatabase();
    await importFiles(db, [
      // Found by the word as typed (no prefix: looked up by rowid).
      [840001, 'Queue is stuck', 'An old agent may frobnicate the queue before sending.'],
      // Found only by the inflected form (a prefix: the MATCH is walked once).
      [840002, 'Frobnicating agents never finish', 'Agents retry the same batch.'],
      [840003, 'Reporting service keeps frobnicating the queue', 'The reporting service is stuck in a loop.'],
      ...[1, 2, 3, 4].map((n): [number, string, string] => [840010 + n, `Unrelated problem ${n}`, 'A service account lost its rights.']),
    ].map(([number, title, cause]) => syntheticArticle({
      number: number as number, locale: 'en-US', title: title as string, summary: 'Clients stop reporting.',
      symptoms: 'The console shows no recent reports.', cause: cause as string,
    })));
    const r = await createSearchService(db).search({ q: 'frobnicate', locale: 'en-US' });
    expect(ids(r)[0]).toBe('KB840001');
    expect(ids(r).slice(1).sort()).toEqual(['KB840002', 'KB840003']);
    const hit = (id: string) => r.results.find((x) => x.id === id)!;
    expect(hit('KB840001').matchedIn).toEqual(['body']);
    expect(hit('KB840001').snippet).toContain('<mark>frobnicate</mark>');
    for (const id of ['KB840002', 'KB840003']) {
      expect(hit(id).matchedIn).toContain('title');
      expect(hit(id).matchedIn).not.toContain('summary');
    }
  });
});
