import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../../../kb/errors.ts';
import { MAX_QUERY_CHARS } from '../../../kb/search/index.ts';
import { ids, seededSearch } from './fixtures.ts';

// Each of these would be FTS5 syntax (or break it) if passed through; all must be plain text.
const HOSTILE = [
  '"', '""', '"""', '"unterminated phrase', 'NEAR(', 'NEAR(wsus server, 2)', 'AND', 'OR', 'NOT', 'wsus AND',
  'OR wsus', 'NOT wsus', '*', 'wsus*', '* wsus', ':', 'title:wsus', '{title body}: wsus', '^wsus', '^', '(', ')',
  '((wsus)', 'wsus)', '-', '-wsus', '- -', '+', 'wsus + server', "'; DROP TABLE articles; --", '\\', '\u0000wsus',
  'NEAR', 'wsus NEAR server', 'col : "x" * ^ - (a OR b)', '0x', '0x8024400E*', '"0x8024400E"', '\uE000wsus\uE001',
];

describe('hostile input', () => {
  it.each(HOSTILE)('never throws for %j', async (q) => {
    const search = await seededSearch();
    const r = await search.search({ q });
    expect(Array.isArray(r.results)).toBe(true);
  });

  it('treats operators as words: wsus AND still finds WSUS articles', async () => {
    const search = await seededSearch();
    expect(ids(await search.search({ q: 'wsus AND' }))).toContain('KB954960');
    expect(ids(await search.search({ q: 'NEAR(wsus server, 2)' }))).toContain('KB954960');
    expect(ids(await search.search({ q: 'title:wsus' }))).toContain('KB954960');
  });

  it('returns an empty list for punctuation alone', async () => {
    const search = await seededSearch();
    for (const q of ['"', '*', '(', '- -', '^']) expect(await search.search({ q })).toMatchObject({ results: [], total: 0 });
  });

  it('bounds very long input to 500 characters and 32 terms', async () => {
    const search = await seededSearch();
    const long = `wsus ${'x'.repeat(5000)} ${'server '.repeat(400)}`;
    const r = await search.search({ q: long });
    expect(r.query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    const many = Array.from({ length: 200 }, (_, i) => `term${i}`).join(' ');
    await expect(search.search({ q: `wsus ${many}` })).resolves.toMatchObject({ results: expect.any(Array) });
    const words = `wsus ${'serwera komputerów aktualizacji '.repeat(60)}`;
    await expect(search.search({ q: words })).resolves.toMatchObject({ results: expect.any(Array) });
  });

  it.each(['', '   ', '\n\t '])('rejects an empty query %j with a BadRequestError', async (q) => {
    const search = await seededSearch();
    await expect(search.search({ q })).rejects.toBeInstanceOf(BadRequestError);
    await expect(search.search({ q })).rejects.toThrow(/empty/);
  });
});
