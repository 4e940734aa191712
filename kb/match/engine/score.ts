import { formatPattern } from '../signatures/pattern.ts';
import type { ArticleMatch, Confidence, Evidence, RuleHit } from '../types.ts';
import type { Collector } from './collect.ts';
import type { CompiledSet } from './compile.ts';

/** A client fault found again on the server, next to the article's own exception. */
const CORRELATION_WEIGHT = 0.9;
/** A decisive signature (seen in a log of its own source, or of unknown source) puts the score at least here. */
const DECISIVE_FLOOR = 0.92;
const DECISIVE_MIN_FACTOR = 0.8;
/** Each piece of evidence against keeps this share of the score. */
const AGAINST_KEEPS = 0.6;
const MAX_EVIDENCE = 30;

/** Score cut-offs: high needs a rule, a decisive line or a correlation; a lone error code stays low. */
export function confidenceOf(score: number): Confidence {
  return score >= 0.8 ? 'high' : score >= 0.5 ? 'medium' : 'low';
}

/** How a match names its article (in the chosen translation). */
export type ArticleHead = ArticleMatch['article'];

/**
 * Independent pieces of evidence combine like probabilities (1 − Π(1 − w)): each adds, none
 * alone reaches 1, and many weak lines cannot outweigh the decisive floor by accident.
 */
export function scoreArticle(set: CompiledSet, found: Collector, articleId: string, head: ArticleHead): ArticleMatch | undefined {
  const info = set.articles.get(articleId);
  if (!info) return undefined;
  const byGroup = new Map<string, number>();
  let decisive = false;
  for (const s of info.sigs) {
    if (found.count[s] === 0) continue;
    const def = set.signatures[s]!;
    const w = def.weight * found.bestFactor[s]!;
    byGroup.set(def.group, Math.max(byGroup.get(def.group) ?? 0, w));
    if (def.decisive && found.bestFactor[s]! >= DECISIVE_MIN_FACTOR) decisive = true;
  }
  if (byGroup.size === 0) return undefined;
  const hitRules = info.rules.flatMap((r) => {
    const hit = found.ruleHits.get(r);
    return hit ? [{ rule: set.rules[r]!, hit }] : [];
  });
  const rules: RuleHit[] = hitRules.map(({ rule, hit }) => ({ id: rule.id, description: rule.description, ...hit }));
  const { correlations, against } = found.link(articleId);
  const terms = [...byGroup.values(), ...hitRules.map(({ rule }) => rule.weight)];
  if (correlations.some((c) => c.agrees)) terms.push(CORRELATION_WEIGHT);
  let score = 1 - terms.reduce((keep, w) => keep * (1 - w), 1);
  if (decisive) score = Math.max(score, DECISIVE_FLOOR);
  score *= AGAINST_KEEPS ** against.length;
  score = Math.round(score * 1000) / 1000;
  return {
    article: head, score, confidence: confidenceOf(score),
    evidence: evidenceOf(set, found, info.sigs, correlations), against, correlations, rules,
  };
}

function evidenceOf(set: CompiledSet, found: Collector, sigs: number[], correlations: ArticleMatch['correlations']): Evidence[] {
  const out: Evidence[] = [];
  const ranked = sigs.filter((s) => found.count[s]! > 0).sort((x, y) => set.signatures[y]!.weight - set.signatures[x]!.weight);
  for (const s of ranked) {
    const def = set.signatures[s]!;
    for (const e of found.evidence.get(s) ?? []) {
      const correlation = e.correlation ?? correlations.find((c) =>
        (c.client.log === e.log && isNear(c.client.line, e.line))
        || (c.agrees && c.serverException?.log === e.log && c.serverException.line === e.line))?.id;
      out.push({
        signature: def.id, pattern: formatPattern(def.fragments), log: e.log, line: e.line, text: e.text,
        source: def.source, weight: def.weight, decisive: def.decisive, occurrences: found.count[s]!,
        ...(correlation && def.source !== 'any' ? { correlation } : {}),
      });
    }
  }
  return out.slice(0, MAX_EVIDENCE);
}

/** Client evidence lines sit just above the fault ID line they belong to. */
const isNear = (faultLine: number, line: number) => line <= faultLine && faultLine - line <= 20;
