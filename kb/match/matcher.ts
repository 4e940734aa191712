import type { Locale } from '../model/front-matter.schema.ts';
import { Collector } from './engine/collect.ts';
import { compileSignatures } from './engine/compile.ts';
import { createScanner } from './engine/scan.ts';
import { scoreArticle } from './engine/score.ts';
import { DEFAULT_LIMITS, parseLog, type ParsedLog } from './readers/read-log.ts';
import { deriveSignatures } from './signatures/derive.ts';
import { formatPattern } from './signatures/pattern.ts';
import type { RuleDef, SignatureDef } from './signatures/signature.ts';
import type { ArticleMatch, LogInput, LogSummary, MatchableArticle, Matcher, MatcherOptions, MatchOptions, MatchResult, SignatureInfo } from './types.ts';

const DEFAULT_LOCALE: Locale = 'en-US';

/** The translation to use: the asked locale, then the matcher's, then en-US, then any. */
function pick(variants: MatchableArticle[], ...locales: (Locale | undefined)[]): MatchableArticle {
  for (const l of [...locales, DEFAULT_LOCALE]) {
    const v = variants.find((a) => a.locale === l);
    if (v) return v;
  }
  return variants[0]!;
}

/**
 * Client logs first, server logs last: a server fault can then be linked to the client
 * fault IDs already seen.
 */
const ORDER = { client: 0, configmgr: 1, unknown: 2, 'wsus-server': 3 } as const;
const rank = (log: ParsedLog) => ORDER[log.source ?? 'unknown'];

/**
 * Build the matcher once per article set: signatures are derived and compiled into one
 * automaton, then each `match` call only scans. Articles with several translations match once.
 */
export function createMatcher(articles: readonly MatchableArticle[], options: MatcherOptions = {}): Matcher {
  const byId = new Map<string, MatchableArticle[]>();
  for (const a of articles) byId.set(a.id, [...(byId.get(a.id) ?? []), a]);
  const signatures: SignatureDef[] = [];
  const rules: RuleDef[] = [];
  for (const variants of byId.values()) {
    const base = pick(variants, options.locale);
    // Hand-written signatures may live in any translation; the derived ones come from one.
    const written = new Map(variants.flatMap((v) => v.signatures).map((s) => [s.id, s]));
    const derived = deriveSignatures({ ...base, signatures: [...written.values()] });
    signatures.push(...derived.signatures);
    rules.push(...derived.rules);
  }
  const set = compileSignatures(signatures, rules);
  const limits = {
    maxLineLength: options.maxLineLength ?? DEFAULT_LIMITS.maxLineLength,
    maxEntryLines: options.maxEntryLines ?? DEFAULT_LIMITS.maxEntryLines,
  };
  const info: SignatureInfo[] = signatures.map((s) => ({
    id: s.id, articleId: s.articleId, pattern: formatPattern(s.fragments), source: s.source,
    weight: s.weight, decisive: s.decisive, origin: s.origin,
  }));

  const scanner = createScanner(set, limits);

  function match(inputs: LogInput[], opts: MatchOptions = {}): MatchResult {
    const started = performance.now();
    const logs = inputs.map((input, index) => ({ log: parseLog(input), index })).sort((x, y) => rank(x.log) - rank(y.log));
    const found = new Collector(set, options.maxEvidencePerSignature ?? 3);
    const summaries: LogSummary[] = new Array(inputs.length);
    for (const { log, index } of logs) {
      found.beginLog(log);
      const lines = scanner.scan(log, found.onMatch);
      summaries[index] = { name: log.name, format: log.format, ...(log.source ? { source: log.source } : {}), bytes: sizeOf(inputs[index]!), lines };
    }
    const matches: ArticleMatch[] = [];
    for (const [id, variants] of byId) {
      const chosen = pick(variants, opts.locale, options.locale);
      const m = scoreArticle(set, found, id, { id, title: chosen.title, locale: chosen.locale });
      if (m && m.score >= (opts.minScore ?? 0.1)) matches.push(m);
    }
    matches.sort((x, y) => y.score - x.score || x.article.id.localeCompare(y.article.id));
    return {
      matches: matches.slice(0, opts.limit ?? 10),
      stats: {
        bytes: summaries.reduce((n, l) => n + l.bytes, 0),
        lines: summaries.reduce((n, l) => n + l.lines, 0),
        ms: Math.round((performance.now() - started) * 100) / 100,
        logs: summaries,
      },
    };
  }

  return { match, signatureCount: signatures.length, signatures: info };
}

/** A log's size: bytes as sent, or UTF-16 code units of a string. */
export const sizeOf = (input: LogInput) => (typeof input.content === 'string' ? input.content.length : input.content.byteLength);
