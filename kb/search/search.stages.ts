import type { KbDatabase } from '../db/database.ts';
import { foldFully } from './normalize.ts';
import {
  allTermsExpression, anyTermExpression, significantTerms, substringExpression, termExpression, wordingExpression, type WordForms,
} from './fts-query.ts';
import { correctWords } from './fuzzy.ts';
import { SUBSTRING_INDEX, WORD_INDEX, type SearchIndex } from './indexes.ts';
import {
  candidateRows, matchMoreThan, rankedPage, unmatched, wordingMatch, type RankedQuery, type RankedRow, type SearchFilters,
} from './search.sql.ts';
import type { Languages, QueryTerm } from './query.types.ts';

/** A page of results and how it was found. */
export interface StageResult {
  strategy: 'words' | 'substring' | 'fuzzy' | 'any-term' | 'none';
  index: SearchIndex;
  rows: RankedRow[];
  total?: number;
  hasMore: boolean;
  corrections?: { from: string; to: string }[];
}

export interface SearchPlan {
  terms: QueryTerm[];
  filters: SearchFilters;
  /** How many locales the filter leaves (an article has at most one row per locale). */
  localeCount: number;
  languages: Languages;
  limit: number;
  offset: number;
}

/**
 * Tries ever looser matches and answers with the first that finds anything: all terms as words;
 * the query as substrings (exact strings inside tokens); misspelled words corrected; any term.
 * The common case is one ranked query (and a capped count). Later steps run only when the
 * earlier ones found nothing, so a typo costs three or four more queries, never a scan in JavaScript.
 */
export async function runStages(db: KbDatabase, plan: SearchPlan): Promise<StageResult> {
  const { terms, languages } = plan;
  // The wording tier: the query's exact text, ranked above the rest (the corrected text, once corrected).
  const wordPage = (expression: (forms: WordForms) => string | undefined, first = wordingExpression(terms)) => {
    const match = expression('inflected');
    const typed = expression('typed');
    return match ? pageOf(db, plan, WORD_INDEX, { match, ...(typed && typed !== match ? { typed } : {}), ...(first ? { first } : {}) }) : undefined;
  };

  const words = await wordPage((forms) => allTermsExpression(terms, languages, forms));
  if (words) return { strategy: 'words', ...words };
  const substring = substringExpression(terms);
  const substrings = substring ? await pageOf(db, plan, SUBSTRING_INDEX, { match: substring }) : undefined;
  if (substrings) return { strategy: 'substring', ...substrings };

  const required = significantTerms(terms);
  const missing = await unmatched(db, required.map((t) => termExpression(t, languages)));
  const { corrected, loose, corrections } = await correctTerms(db, required, missing, plan.filters.locales);
  if (corrections.length > 0) {
    const fuzzy = await wordPage((forms) => allTermsExpression(corrected, languages, forms), wordingExpression(corrected));
    if (fuzzy) return { strategy: 'fuzzy', ...fuzzy, corrections };
  }
  const wider = loose.length >= 2 || (loose.length > 0 && loose.length < required.length)
    || loose.some((t) => t.kind === 'phrase' && !t.quoted);
  if (wider) {
    const any = await wordPage((forms) => anyTermExpression(loose, languages, forms));
    if (any) return { strategy: 'any-term', ...any, ...(corrections.length > 0 ? { corrections } : {}) };
  }
  return { strategy: 'none', index: WORD_INDEX, rows: [], total: 0, hasMore: false };
}

/**
 * One page of `query` on `index`, or undefined when nothing matches at all. A page past the end
 * is empty but still a match: the count then comes from the first page.
 *
 * Words as typed rank above their other forms, so when they alone match more rows than the page
 * could need (counted unranked, up to that number), the page is theirs and the inflected match
 * is never run: its stems are prefixes, which FTS5 expands into every token they start, and
 * which match far more rows to rank. The total is then left out, as other forms would add to it.
 * The exact wording ranks above both, so the same holds one tier up: when it alone fills the
 * page, only it is ranked (FTS5 scores every row a ranked query matches, 1-2 µs each).
 */
async function pageOf(db: KbDatabase, plan: SearchPlan, index: SearchIndex, query: RankedQuery) {
  const { filters, localeCount, limit, offset } = plan;
  const rows = candidateRows(localeCount, limit, offset);
  const wording = wordingMatch(query);
  // The upper tiers, best first: when one alone fills the page, only it (and those above) is ranked.
  const upper: RankedQuery[] = [
    ...(wording ? [{ match: wording }] : []),
    ...(query.typed ? [{ match: query.typed, ...(query.first ? { first: query.first } : {}) }] : []),
  ];
  // Counted together: the words as typed include every row of the exact wording, so when the
  // wording fills the page their count stops as soon as it does too.
  const fills = await matchMoreThan(db, index, upper.map((tier) => tier.match), filters, rows);
  const filled = upper[fills.indexOf(true)];
  if (filled) {
    const page = await rankedPage(db, index, filled, filters, localeCount, limit, offset);
    return { index, rows: page.rows, hasMore: true };
  }
  const found = await rankedPage(db, index, query, filters, localeCount, limit, offset);
  if (found.rows.length > 0) return { index, ...found };
  if (offset === 0) return undefined;
  const head = await rankedPage(db, index, query, filters, localeCount, 1, 0, { snippets: false });
  if (head.rows.length === 0) return undefined;
  return { index, rows: [], hasMore: false, ...(head.total !== undefined ? { total: head.total } : {}) };
}

/**
 * Replaces words the index does not know by their did-you-mean spelling. `corrected` keeps the
 * terms an all-terms search can still satisfy; `loose` is for any-term search, where an
 * identifier that matched nowhere as a whole (`WSUS/SCCM`, `title:wsus`) may still match by its
 * words.
 */
async function correctTerms(db: KbDatabase, required: QueryTerm[], missing: Set<number>, locales: string[]) {
  const fixable = [...missing].flatMap((i) => {
    const t = required[i]!;
    return t.kind === 'word' && foldFully(t.raw).length >= 4 && !/\d/.test(t.raw) ? [{ i, raw: t.raw }] : [];
  });
  const fixes = await correctWords(db, fixable.map((f) => f.raw), locales);
  const byTerm = new Map([...fixes].map(([k, to]) => [fixable[k]!.i, { from: fixable[k]!.raw, to }]));
  const pick = (keepMissing: (t: QueryTerm) => boolean) => required.flatMap((t, i): QueryTerm[] => {
    const fix = byTerm.get(i);
    if (fix) return [{ kind: 'word', raw: fix.to }];
    return !missing.has(i) || keepMissing(t) ? [t] : [];
  });
  return {
    corrected: pick(() => false),
    loose: pick((t) => t.kind === 'phrase' && !t.quoted),
    corrections: [...byTerm.values()],
  };
}
