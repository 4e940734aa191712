import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../kb/model/article.ts';
import { parseArticle } from '../../../kb/parse/article.parser.ts';
import type { MatchableArticle } from '../../../kb/match/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** KB954960 in both translations, parsed the way the store parses it. */
export function seedArticles(): Article[] {
  return ['en-US', 'pl-PL'].map((locale) => {
    const file = `${ROOT}kb/articles/954960/${locale}.md`;
    const parsed = parseArticle(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
    return parsed.article;
  });
}

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${ROOT}test/fixtures/logs/${name}`));
}

export function fixtureText(name: string): string {
  return readFileSync(`${ROOT}test/fixtures/logs/${name}`, 'utf8');
}

/** 1-based number of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`no line with ${needle}`);
  return index + 1;
}

const utf16le = (text: string) => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};
const swap = (b: Uint8Array) => b.map((_, i) => b[i ^ 1]!);
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);

/** The encodings Windows machines and help-desk tools produce, made from UTF-8 text. */
export const ENCODINGS: Record<string, (text: string) => Uint8Array> = {
  'utf-8': (t) => new TextEncoder().encode(t),
  'utf-8 with BOM': (t) => withBom([0xef, 0xbb, 0xbf], new TextEncoder().encode(t)),
  'utf-16le with BOM': (t) => withBom([0xff, 0xfe], utf16le(t)),
  'utf-16be with BOM': (t) => withBom([0xfe, 0xff], swap(utf16le(t))),
  'utf-16le without BOM': (t) => utf16le(t),
  'utf-16be without BOM': (t) => swap(utf16le(t)),
  'utf-8 CRLF': (t) => new TextEncoder().encode(t.replaceAll('\n', '\r\n')),
  'utf-16le with BOM, CRLF': (t) => withBom([0xff, 0xfe], utf16le(t.replaceAll('\n', '\r\n'))),
};

/** A bare article with hand-written signatures only, for engine tests. */
export function article(id: string, signatures: { pattern: string; weight?: number; decisive?: boolean; source?: 'client' | 'wsus-server' | 'configmgr' }[], errorCodes: string[] = []): MatchableArticle {
  return {
    id, locale: 'en-US', title: `Article ${id}`, logs: [], errorCodes,
    signatures: signatures.map((s, i) => ({
      id: `sig-${i}`, source: s.source ?? 'client', pattern: s.pattern, weight: s.weight ?? 0.5, decisive: s.decisive ?? false,
    })),
  };
}
