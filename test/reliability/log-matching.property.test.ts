import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, decodeLog, parseLog, readLogEntries, type LogInput } from '../../kb/match/index.ts';
import { parseArticle } from '../../kb/parse/article.parser.ts';
import { BUNDLED_ARTICLES_DIR, ROOT } from '../../node/paths.ts';
import { growthRatio } from './support.ts';

const LOG_DIR = join(ROOT, 'test/fixtures/logs');
const FIXTURES = readdirSync(LOG_DIR).sort().map((name) => ({ name, text: readFileSync(join(LOG_DIR, name), 'utf8') }));
const ARTICLES = readdirSync(BUNDLED_ARTICLES_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => {
  const r = parseArticle(readFileSync(join(BUNDLED_ARTICLES_DIR, f), 'utf8'), f);
  if (!r.ok) throw new Error(`${f} does not parse`);
  return r.article;
});
const matcher = createMatcher(ARTICLES);

const NAMES = ['WindowsUpdate.log', 'SoftwareDistribution.log', 'WUAHandler.log', 'ticket.txt', 'x', '', '../../etc/passwd', 'a'.repeat(300)];
/** Pieces of every format the readers know, so the generated text hits their branches. */
const PIECES = ['2009-06-01\t10:14:02:123\t 996\t1a8c\tPT\t', '2026/11/18 09:14:02.1234567 1388  2f6c  ProtocolTalker  ', '2008-08-12 07:14:03.901 UTC\tError\tw3wp.12\t',
  '<![LOG[', ']LOG]!>', '<time="09:14:02.123+000" date="11-18-2026" component="WUAHandler" context="" type="3" thread="3876" file="x.cpp:1">',
  '   at Microsoft.UpdateServices.Internal.ClientImplementation.SyncUpdates(Cookie cookie)\n', 'WARNING: SyncUpdates failure, error = 0x8024400E',
  'ID:c0a7445f-b989-43fa-ac20-11f8ca65fa8c', 'System.ArgumentException: Item has already been added.', '*FAILED* [8024400E]', '0x80244010', '-2145107954',
  '\n', '\r\n', '\r', '\t', ' ', '\u0000', '\uFEFF', '\uFFFD', 'ż', '\uD800', 'a'.repeat(100)];
const logText = fc.oneof(
  fc.string({ maxLength: 500 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 80 }).map((p) => p.join('')),
  fc.tuple(fc.constantFrom(...FIXTURES), fc.nat(), fc.nat(), fc.string({ maxLength: 20 })).map(([f, a, b, junk]) => {
    const at = a % (f.text.length + 1), cut = b % (f.text.length + 1);
    return f.text.slice(0, at) + junk + f.text.slice(Math.min(at + (cut % 50), f.text.length)); // a fixture with a splice
  }),
);
const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i), o = (bom ? 2 : 0) + 2 * i;
    out[o + (bigEndian ? 1 : 0)] = c & 0xff;
    out[o + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
};
const logBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.tuple(logText, fc.boolean(), fc.boolean()).map(([t, be, bom]) => utf16(t, be, bom)),
  fc.tuple(fc.constantFrom(new Uint8Array([0xef, 0xbb, 0xbf]), new Uint8Array([0xff, 0xfe]), new Uint8Array([0xfe, 0xff]), new Uint8Array()), fc.uint8Array({ maxLength: 500 }))
    .map(([bom, rest]) => new Uint8Array([...bom, ...rest])),
);
const content: fc.Arbitrary<string | Uint8Array> = fc.oneof(logText, logBytes);
const logs: fc.Arbitrary<LogInput[]> = fc.array(fc.record({ name: fc.constantFrom(...NAMES), content }), { minLength: 1, maxLength: 3 });

describe('log readers (properties)', () => {
  it('decodeLog never throws on arbitrary bytes or strings and leaves only \\n line ends', () => {
    fc.assert(fc.property(content, (c) => {
      const text = decodeLog(c);
      expect(typeof text).toBe('string');
      expect(text.includes('\r')).toBe(false);
    }), { numRuns: 2000 });
  });

  it('decodes UTF-16 in both byte orders, with or without a BOM, to the same text as UTF-8', () => {
    // Without a BOM the encoding is sniffed from NULs, so the text must be mostly ASCII to be recognised.
    const ascii = fc.string({ unit: fc.constantFrom(...'abcdefghij klmnop\t0123456789=:[]'), minLength: 4, maxLength: 300 });
    fc.assert(fc.property(ascii, fc.boolean(), fc.boolean(), (text, be, bom) => {
      expect(decodeLog(utf16(text, be, bom))).toBe(decodeLog(new TextEncoder().encode(text)));
    }), { numRuns: 500 });
  });

  it('parseLog and readLogEntries never throw, and entries cover lines in order', () => {
    fc.assert(fc.property(fc.constantFrom(...NAMES), content, (name, c) => {
      const parsed = parseLog({ name, content: c });
      const entries = readLogEntries(parsed);
      const lineCount = parsed.text === '' ? 0 : parsed.text.split('\n').length - (parsed.text.endsWith('\n') ? 1 : 0);
      let last = 0;
      for (const e of entries) {
        expect(e.line).toBeGreaterThan(last);
        expect(e.endLine).toBeGreaterThanOrEqual(e.line);
        expect(e.endLine).toBeLessThanOrEqual(lineCount);
        last = e.endLine;
      }
      if (lineCount > 0) expect(last).toBe(lineCount);
    }), { numRuns: 2000 });
  });

  it('reads entries in time linear in the log size, for every format', () => {
    const formats = FIXTURES.filter((f) => !f.name.endsWith('.txt'));
    for (const f of formats) {
      const make = (n: number) => parseLog({ name: f.name, content: f.text.repeat(Math.ceil(n / f.text.length)) });
      expect(growthRatio(make, (log) => readLogEntries(log), 50_000), f.name).toBeLessThan(8);
    }
  });
});

describe('matcher (properties)', () => {
  it('never throws on arbitrary logs, and answers consistently', () => {
    fc.assert(fc.property(logs, fc.constantFrom(undefined, 'pl-PL' as const, 'en-US' as const), (input, locale) => {
      const result = matcher.match(input, locale ? { locale } : {});
      expect(result.stats.logs).toHaveLength(input.length);
      let previous = Infinity;
      for (const m of result.matches) {
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(m.score).toBeLessThanOrEqual(previous);
        previous = m.score;
        for (const e of m.evidence) expect(e.line).toBeGreaterThanOrEqual(1);
      }
    }), { numRuns: 800 });
  });

  it('still finds the article of a real log when junk surrounds it', () => {
    const fault = FIXTURES.find((f) => f.name === 'windowsupdate-legacy-kb954960.log')!.text;
    fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (before, after) => {
      const r = matcher.match([{ name: 'WindowsUpdate.log', content: `${before}\n${fault}\n${after}` }]);
      expect(r.matches.map((m) => m.article.id)).toContain('KB954960');
    }), { numRuns: 100 });
  });

  it('matches in time linear in the log size, for every fixture format and for unterminated CMTrace entries', () => {
    const sources = [...FIXTURES.map((f) => ({ name: f.name, text: f.text })),
      { name: 'WUAHandler.log', text: '<![LOG[OnSearchComplete - Failed to end search job. Error = 0x80244010. no terminator\n' },
      { name: 'SoftwareDistribution.log', text: '   at Microsoft.UpdateServices.Internal.ClientImplementation.GetSyncInfo(DataAccess dataAccess)\n' }];
    for (const s of sources) {
      const make = (n: number) => [{ name: s.name, content: s.text.repeat(Math.ceil(n / s.text.length)) }];
      expect(growthRatio(make, (input) => matcher.match(input), 100_000), s.name).toBeLessThan(8);
    }
  });
});
