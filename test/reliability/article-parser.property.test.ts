import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../kb/parse/article.parser.ts';
import { parse } from 'yaml';
import { parseFrontMatter, quickFrontMatter, splitFrontMatter } from '../../kb/parse/front-matter.ts';
import { FrontMatter } from '../../kb/model/front-matter.schema.ts';
import { BUNDLED_ARTICLES_DIR } from '../../node/paths.ts';
import { badIssueLines, growthRatio } from './support.ts';

const SOURCES = readdirSync(BUNDLED_ARTICLES_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md')).sort()
  .map((f) => readFileSync(join(BUNDLED_ARTICLES_DIR, f), 'utf8'));

/** What makes parsers stumble: front-matter fences, YAML indicators, headings, fences, line ends. */
const TRICKY = ['---\n', '\n---\n', '```log client-sync\n', '```\n', '~~~\n', '## Cause\n', '## Nonsense\n', '### X {#wsus-3-sp1}\n',
  '{#', ': ', '- ', '  - ', '\t', '\r\n', '\r', '\uFEFF', '[', ']', '{', '}', '"', "'", '&anchor ', '!!str ', '? ', '|\n', '>-\n',
  '%YAML 1.2\n', '1. ', '> ', '<script>', '\u0000', '\u2028', '#', 'number: 1\n', 'locale: xx-XX\n', 'resolutions: []\n', '\n\n\n'];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line' | 'drop-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'truncate'; at: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fraction, text: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constantFrom('duplicate-line' as const, 'drop-line' as const), line: fraction }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fraction, b: fraction }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
);

function apply(source: string, m: Mutation): string {
  const pos = (f: number) => Math.floor(f * source.length);
  const lines = source.split('\n');
  const li = (f: number) => Math.min(lines.length - 1, Math.floor(f * lines.length));
  switch (m.kind) {
    case 'insert': return source.slice(0, pos(m.at)) + m.text + source.slice(pos(m.at));
    case 'delete': return source.slice(0, pos(m.at)) + source.slice(pos(m.at) + m.length);
    case 'truncate': return source.slice(0, pos(m.at));
    case 'duplicate-line': lines.splice(li(m.line), 0, lines[li(m.line)]!); return lines.join('\n');
    case 'drop-line': lines.splice(li(m.line), 1); return lines.join('\n');
    case 'swap-lines': {
      const a = li(m.a), b = li(m.b);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
  }
}

const mutated = fc.tuple(fc.constantFrom(...SOURCES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([source, ms]) => ms.reduce(apply, source));

/** parseArticle must answer, never throw; a refusal names at least one problem, each on a real line. */
function checkParse(source: string): void {
  const r = parseArticle(source, 'x/en-US.md');
  if (r.ok) {
    expect(r.article.id).toMatch(/^KB\d+$/);
    expect(r.article.sections.length).toBeGreaterThan(0);
    return;
  }
  expect(r.issues.length).toBeGreaterThan(0);
  expect(badIssueLines(r.issues, source), JSON.stringify(r.issues.slice(0, 3))).toEqual([]);
  for (const issue of r.issues) expect(issue.message.length).toBeGreaterThan(0);
}

describe('parseArticle (properties)', () => {
  it('never throws on any string, and every issue is on a line of the file', () => {
    const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom(...TRICKY), { maxLength: 30 }).map((parts) => parts.join('')),
      fc.tuple(fc.constantFrom('---\n', '\uFEFF---\r\n'), fc.string({ maxLength: 200 }), fc.constantFrom('\n---\n', '\n---'), fc.string({ maxLength: 200 }))
        .map((parts) => parts.join('')));
    fc.assert(fc.property(anyText, checkParse), { numRuns: 1500 });
  });

  it('never throws on mutated versions of the real articles', () => {
    fc.assert(fc.property(mutated, checkParse), { numRuns: 600 });
  });

  it('reads front matter on its fast path (js-yaml) exactly as the yaml package reads it', () => {
    // Scalars the YAML 1.1 / 1.2 schemas resolve differently, written where the schema wants text.
    const scalar = fc.oneof(
      fc.constantFrom('yes', 'no', 'on', 'off', 'y', 'True', 'NULL', '~', '0x1F', '0o17', '017', '1_000', '.inf', '-.Inf', '.NaN', '1e3',
        '2018-08-11', '12:30:00', '0b101', '+12', '"quoted \\u00e9"', "'single ''quoted'''", '|\n  block\n  text', '>-\n  folded\n  text', 'a # comment'),
      fc.string({ maxLength: 20 }).filter((t) => !t.includes('\n')),
    );
    const edited = fc.tuple(fc.constantFrom(...SOURCES), fc.constantFrom('title', 'summary', 'revision'), scalar).map(([source, key, value]) => {
      const lines = source.split('\n');
      const at = lines.findIndex((l) => l.startsWith(`${key}:`));
      if (at >= 0) lines[at] = `${key}: ${value}`;
      return lines.join('\n');
    });
    let accepted = 0;
    fc.assert(fc.property(fc.oneof({ arbitrary: edited, weight: 3 }, { arbitrary: mutated, weight: 1 }), (text) => {
      const split = splitFrontMatter(text);
      const quick = split && quickFrontMatter(split.yaml);
      if (!quick) return;
      accepted++;
      const reference = FrontMatter.safeParse(parse(split.yaml, { uniqueKeys: true, logLevel: 'error', maxAliasCount: 100 }));
      expect(reference.success, split.yaml).toBe(true);
      if (reference.success) expect(quick).toEqual(reference.data);
    }), { numRuns: 1000 });
    // The property was checked, not skipped: about 12% of these inputs take the fast path (111–133
    // of 1,000 in twelve runs), so 100 failed about one run in a hundred; 50 is seven deviations below.
    expect(accepted).toBeGreaterThan(50);
  });

  it('still accepts every bundled article unmutated (the generators start from valid input)', () => {
    for (const source of SOURCES) {
      expect(parseArticle(source).ok).toBe(true);
    }
  });

  it('reports broken YAML on the line it is on', () => {
    const KEYS = ['lastReviewed', 'revision', 'title', 'locale', 'status'];
    fc.assert(fc.property(fc.constantFrom(...SOURCES), fc.constantFrom(...KEYS), fc.constantFrom('[unclosed', '{a: 1', '"open', 'a: b: c'), (source, key, junk) => {
      const lines = source.split('\n');
      const at = lines.findIndex((l) => l.startsWith(`${key}:`)) + 1;
      fc.pre(at > 0);
      lines[at - 1] = `${key}: ${junk}`;
      const r = parseArticle(lines.join('\n'));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.some((i) => Math.abs(i.line - at) <= 1), `${key}: ${junk} on line ${at}: ${JSON.stringify(r.issues)}`).toBe(true);
    }), { numRuns: 100 });
  });

  it('takes time linear in the size of the body', () => {
    const base = SOURCES[0]!;
    const body = (n: number) => base.replace(/\n## /, `\n${'Paragraph with **bold**, `code`, [a link](https://example.com) and 0x8024400E.\n\n'.repeat(n)}## `);
    expect(growthRatio(body, (s) => parseArticle(s), 200)).toBeLessThan(8);
  });

  it('takes time linear in the number of list items and front-matter keywords', () => {
    const base = SOURCES[0]!;
    const steps = (n: number) => base.replace('## Status\n', `## Status\n\n${Array.from({ length: n }, (_, i) => `${i + 1}. step ${i}\n`).join('')}`);
    expect(growthRatio(steps, (s) => parseArticle(s), 200)).toBeLessThan(8);
    const keywords = (n: number) => base.replace(/^keywords: \[/m, `keywords: [${Array.from({ length: n }, (_, i) => `kw${i}, `).join('')}`);
    expect(growthRatio(keywords, (s) => parseArticle(s), 200)).toBeLessThan(8);
  });
});

describe('hostile YAML and many headings', () => {
  const billionLaughs = ['a: &a ["x","x","x","x","x","x","x","x","x"]',
    ...['b', 'c', 'd', 'e', 'f'].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcde'[i]}`).join(',')}]`)].join('\n');

  it('kb/parse/front-matter.ts: an alias bomb in front matter is reported as an issue, not thrown', () => {
    const source = `---\n${billionLaughs}\n---\n\n## Symptoms\n\nx\n`;
    expect(() => parseArticle(source)).not.toThrow();
  });

  it('kb/parse/front-matter.ts: an unresolved YAML alias is reported as an issue, not thrown', () => {
    expect(() => parseArticle('---\nnumber: 1\ntitle: *nowhere\n---\n\n## Symptoms\n\nx\n')).not.toThrow();
  });

  it('parseFrontMatter itself reports an unclosed flow sequence as an issue (control: the happy path of the same code)', () => {
    const split = splitFrontMatter('---\nnumber: [1\n---\nbody')!;
    const r = parseFrontMatter(split);
    expect(r.ok).toBe(false);
  });

  it('kb/parse/sections.ts: time grows linearly with the number of headings', () => {
    const base = SOURCES[0]!;
    const headings = (n: number) => base.replace('## Status\n', `## Status\n\n${Array.from({ length: n }, (_, i) => `### H${i}\n`).join('')}`);
    expect(growthRatio(headings, (s) => parseArticle(s), 6000, { minMs: 1, repeats: 1, maxN: 6000 })).toBeLessThan(8);
  }, 120_000);
});
