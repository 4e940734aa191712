import { describe, expect, it } from 'vitest';
import { bestSnippet, matchedColumns, snippetHtml } from '../../../kb/search/snippet.ts';
import { editDistance } from '../../../kb/search/edit-distance.ts';
import { maxEdits, snippetWords, substringProbes } from '../../../kb/search/fuzzy.ts';

const O = '\uE000';
const C = '\uE001';

describe('snippetHtml', () => {
  it('escapes text and turns markers into <mark>', () => {
    expect(snippetHtml(`a <b> & "c" ${O}'hit'${C}`)).toBe('a &lt;b&gt; &amp; &quot;c&quot; <mark>&#39;hit&#39;</mark>');
  });

  it('never leaves a <mark> unbalanced', () => {
    expect(snippetHtml(`${O}${O}x`)).toBe('<mark>x</mark>');
    expect(snippetHtml(`x${C}${C}y`)).toBe('xy');
  });

  it('picks the column that highlights the most words', () => {
    const s = { summary: `${O}a${C} b`, symptoms: `${O}a${C} ${O}b${C}`, body: 'c', title: `${O}t${C}` };
    expect(bestSnippet(s, ['summary', 'symptoms', 'body'])).toBe('<mark>a</mark> <mark>b</mark>');
    expect(bestSnippet({ summary: 'plain', body: 'x' }, ['summary', 'body'])).toBe('plain');
    expect(matchedColumns(s)).toEqual(['summary', 'symptoms', 'title']);
  });
});

describe('typo tolerance helpers', () => {
  it('measures edits with transpositions and a bound', () => {
    expect(editDistance('wssu', 'wsus', 1)).toBe(1);
    expect(editDistance('aproval', 'approval', 2)).toBe(1);
    expect(editDistance('synchronizacia', 'synchronizacja', 3)).toBe(1);
    expect(editDistance('abc', 'xyzabc', 1)).toBe(2);
    expect(maxEdits(4)).toBe(1);
  });

  it('probes with pieces the right spelling still contains', () => {
    expect(substringProbes('synchronizacia')).toEqual(expect.arrayContaining(['synchro', 'nizacia']));
    expect(substringProbes('wssu')).toContain('wsus');
    expect(substringProbes('aproval')).toContain('proval');
    expect(substringProbes('ab')).toEqual([]);
  });

  it('skips words the snippet window may have cut', () => {
    expect(snippetWords(`ect the ${O}WSU${C}S server in a WS`)).toEqual([
      { word: 'the', marked: false }, { word: 'WSUS', marked: true }, { word: 'server', marked: false },
      { word: 'in', marked: false }, { word: 'a', marked: false },
    ]);
  });
});
