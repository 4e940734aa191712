import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, MAX_TERMS, parseQuery } from '../../../kb/search/index.ts';
import {
  allTermsExpression, anyTermExpression, hiddenMatch, productMatch, quote, scopedMatch, substringExpression,
} from '../../../kb/search/fts-query.ts';
import { SUBSTRING_INDEX, WORD_INDEX } from '../../../kb/search/indexes.ts';
import { audienceOf } from '../../../kb/access/roles.ts';

const both = { polish: true, english: true };

/** Everything outside "…" literals: only operators, brackets and prefix stars may remain. */
function syntaxOutsideStrings(expression: string): string {
  return expression.replace(/"(?:[^"]|"")*"/g, '');
}

describe('parseQuery', () => {
  it('turns a bare 8-hex-digit code into both spellings', () => {
    expect(parseQuery('8024400e').terms).toEqual([{ kind: 'code', raw: '8024400e', forms: ['0x8024400e', '8024400e'] }]);
    expect(parseQuery('0x8024400E').terms[0]).toMatchObject({ kind: 'code', forms: ['0x8024400e', '8024400e'] });
    expect(parseQuery('deadbeef').terms[0]).toMatchObject({ kind: 'word' });
  });

  it('keeps identifiers and quoted text together as phrases', () => {
    expect(parseQuery('3.1.6001.66').terms[0]).toMatchObject({ kind: 'phrase', tokens: ['3', '1', '6001', '66'], quoted: false });
    expect(parseQuery('D359F493-0AAD-43FA-AF5C-6763326CD98F').terms[0]).toMatchObject({ kind: 'phrase', tokens: ['D359F493', '0AAD', '43FA', 'AF5C', '6763326CD98F'] });
    expect(parseQuery('"Item has already been added" wsus').terms).toEqual([
      { kind: 'phrase', raw: 'Item has already been added', tokens: ['Item', 'has', 'already', 'been', 'added'], quoted: true },
      { kind: 'word', raw: 'wsus' },
    ]);
  });

  it('drops characters that are not text', () => {
    expect(parseQuery('" * ( ) ^ : -').terms).toEqual([]);
    expect(parseQuery('wsus*').terms).toEqual([{ kind: 'word', raw: 'wsus' }]);
  });

  it('bounds the query', () => {
    const q = parseQuery(`${'a'.repeat(2000)} wsus`);
    expect(q.text).toHaveLength(MAX_QUERY_CHARS);
    expect(parseQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ')).terms).toHaveLength(MAX_TERMS);
  });
});

describe('FTS5 expressions', () => {
  it('doubles quotes inside literals', () => {
    expect(quote('say "hi"')).toBe('"say ""hi"""');
  });

  it.each([
    'NEAR(wsus server, 2)', 'wsus AND server OR NOT x', '"unterminated', 'title:wsus', '{title}: x', '^x * -y',
    'a"b', 'WSUS/SCCM', '"Item has already been added" 0x8024400E', 'serwerów wyłączyć',
  ])('leaves no user text outside string literals for %j', (q) => {
    const { terms } = parseQuery(q);
    for (const e of [allTermsExpression(terms, both), anyTermExpression(terms, both), substringExpression(terms)]) {
      if (e === undefined) continue;
      expect(syntaxOutsideStrings(e)).toMatch(/^(?:\s|\(|\)|\*|AND|OR)*$/);
    }
  });

  it('keeps user terms off the locale column; product and audience filters are FTS5 terms', () => {
    const e = allTermsExpression(parseQuery('pl').terms, both)!;
    expect(scopedMatch(WORD_INDEX, e)).toBe(`{title summary symptoms body codes} : (${e})`);
    expect(scopedMatch(SUBSTRING_INDEX, '"x"')).toBe('{title body} : ("x")');
    expect(productMatch(WORD_INDEX, 'windows-client')).toBe('codes : "ϙ windows-client ϙ"');
  });

  it('excludes what each audience may not find by its markers', () => {
    expect(hiddenMatch(WORD_INDEX, audienceOf('anonymous'))).toBe('codes : ("ϙ state-archived ϙ" OR "ϙ state-draft ϙ" OR "ϙ visibility-internal ϙ")');
    expect(hiddenMatch(WORD_INDEX, audienceOf('agent'))).toBe('codes : ("ϙ state-archived ϙ" OR "ϙ state-draft ϙ")');
    expect(hiddenMatch(SUBSTRING_INDEX, audienceOf('editor'))).toBe('body : ("ϙ state-archived ϙ")');
  });

  it('requires every significant term and boosts the exact wording', () => {
    const e = allTermsExpression(parseQuery('the serwerów').terms, both)!;
    expect(e).toContain('"serwer"*');
    expect(e).toContain('"the serwerow"');
    expect(e).not.toMatch(/^"the" AND/);
  });
});
