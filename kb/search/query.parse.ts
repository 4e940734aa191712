import { wordTokens } from './normalize.ts';
import type { ParsedQuery, QueryTerm } from './query.types.ts';

/** Longer input is cut: nobody types more, and it bounds the work a request can cause. */
export const MAX_QUERY_CHARS = 500;
/** Terms past this many are ignored, for the same reason. */
export const MAX_TERMS = 32;
/** A single token is cut to this length; no real word or identifier part is longer. */
const MAX_TOKEN_CHARS = 64;

const HEX_CODE = /^(0x)?([0-9a-f]{8})$/i;

/**
 * Cuts a user's query into terms. Nothing of the text's own syntax survives: words become
 * tokens of letters and digits, `"…"` groups a phrase, and every other character only separates.
 * The caller quotes each term for FTS5, so operators such as `NEAR(`, `OR` or `*` are just words.
 */
export function parseQuery(input: string): ParsedQuery {
  const text = input.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_QUERY_CHARS).trim();
  const terms: QueryTerm[] = [];
  // A closed "…" pair is a phrase; any other run of non-space characters is one chunk.
  for (const m of text.matchAll(/"([^"]*)"|[^\s"]+/g)) {
    if (terms.length >= MAX_TERMS) break;
    const quoted = m[1] !== undefined;
    const chunk = quoted ? m[1]! : m[0];
    const term = toTerm(chunk, quoted);
    if (term) terms.push(term);
  }
  return { text, terms };
}

function toTerm(chunk: string, quoted: boolean): QueryTerm | undefined {
  const raw = chunk.trim();
  const tokens = wordTokens(raw).map((t) => t.slice(0, MAX_TOKEN_CHARS));
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1) {
    const hex = HEX_CODE.exec(tokens[0]!);
    // Eight hex digits with a digit in them is how people paste an HRESULT; the text may write
    // it with or without 0x, so both spellings are tried.
    if (hex && /\d/.test(hex[2]!)) {
      const digits = hex[2]!.toLowerCase();
      return { kind: 'code', raw, forms: [`0x${digits}`, digits] };
    }
    return quoted ? { kind: 'phrase', raw, tokens, quoted } : { kind: 'word', raw: tokens[0]! };
  }
  return { kind: 'phrase', raw, tokens: tokens.slice(0, MAX_TERMS), quoted };
}
