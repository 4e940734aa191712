import type { Audience } from '../access/roles.ts';
import { accessMarker, productMarker } from '../store/search-text.ts';
import type { SearchIndex } from './indexes.ts';
import { foldFully, foldLikeIndex } from './normalize.ts';
import { isStopword } from './stopwords.ts';
import { wordVariants } from './word-variants.ts';
import type { Languages, QueryTerm } from './query.types.ts';

/**
 * FTS5 string literal: the only way user text enters a MATCH expression. Inside double quotes
 * FTS5 reads no operators, columns or prefixes; a `"` is written twice.
 */
export function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function group(parts: string[]): string {
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

/**
 * Which forms of a word match: only as typed, or also inflected (its stems as prefixes). Codes
 * and phrases match the same either way.
 */
export type WordForms = 'typed' | 'inflected';

/** The word-index expression for one term: its variants OR-ed together. */
export function termExpression(term: QueryTerm, languages: Languages, forms: WordForms = 'inflected'): string {
  switch (term.kind) {
    case 'code':
      return group(term.forms.map(quote));
    case 'phrase':
      return quote(term.tokens.map(foldLikeIndex).join(' '));
    case 'word': {
      const v = wordVariants(term.raw, languages);
      if (forms === 'typed') return group(v.typed.map(quote));
      return group([...v.exact.map(quote), ...v.prefixes.map((p) => `${quote(p)}*`)]);
    }
  }
}

/** Terms that narrow a search: stopwords go, unless nothing else is left. */
export function significantTerms(terms: QueryTerm[]): QueryTerm[] {
  const kept = terms.filter((t) => t.kind !== 'word' || !isStopword(foldFully(t.raw)));
  return kept.length > 0 ? kept : terms;
}

/**
 * Every significant term must match. A two-token query gets its words as typed, in order, OR-ed
 * in as a phrase: it adds no documents (they all match the AND already) but lifts the ones that
 * say it exactly. Longer queries are lifted by their wording tier instead (wordingExpression,
 * ranked above the rest), where the phrase here would only make FTS5 look at every row twice.
 */
export function allTermsExpression(terms: QueryTerm[], languages: Languages, forms: WordForms = 'inflected'): string | undefined {
  const required = significantTerms(terms);
  if (required.length === 0) return undefined;
  const and = required.map((t) => termExpression(t, languages, forms)).join(' AND ');
  const words = wordingTokens(terms);
  return terms.length >= 2 && words.length === 2 ? `(${and}) OR ${quote(words.join(' '))}` : and;
}

/** The query's tokens in order, an error code in its 0x spelling. */
function wordingTokens(terms: QueryTerm[]): string[] {
  return terms.flatMap((t) => (t.kind === 'word' ? [t.raw] : t.kind === 'phrase' ? t.tokens : [t.forms[0]!]))
    .map(foldLikeIndex);
}

/**
 * The whole query as one phrase, when it is long enough for its exact wording to matter: a log
 * line or exception text pasted from a ticket. Results containing it are ranked above the rest.
 */
export function wordingExpression(terms: QueryTerm[]): string | undefined {
  const tokens = wordingTokens(terms);
  return terms.length >= 2 && tokens.length >= 3 ? quote(tokens.join(' ')) : undefined;
}

/** Any term may match; documents matching more (and rarer) terms rank first by BM25. */
export function anyTermExpression(terms: QueryTerm[], languages: Languages, forms: WordForms = 'inflected'): string | undefined {
  // An unquoted identifier that failed as a whole may still have useful parts (`WSUS/SCCM`).
  const loose = significantTerms(terms).flatMap((t): QueryTerm[] =>
    t.kind === 'phrase' && !t.quoted ? t.tokens.map((raw) => ({ kind: 'word', raw })) : [t]);
  const parts = significantTerms(loose).map((t) => termExpression(t, languages, forms));
  return parts.length > 0 ? parts.join(' OR ') : undefined;
}

/**
 * The substring-index expression: every chunk of the query as typed must occur somewhere in the
 * text. The trigram index finds strings inside tokens (`WebService` in `ClientWebService`) and
 * across punctuation; chunks under three characters cannot be looked up there and are skipped.
 */
export function substringExpression(terms: QueryTerm[]): string | undefined {
  const chunks = significantTerms(terms).map((t) => (t.kind === 'code' ? t.forms[1]! : t.raw))
    .filter((c) => [...c].length >= 3);
  return chunks.length > 0 ? chunks.map(quote).join(' AND ') : undefined;
}

/**
 * A complete MATCH for `index`: the user's expression restricted to the text columns (the
 * `locale` column is indexed too, and `pl` must not match it). Locales are filtered outside the
 * MATCH, by rowid (search.sql.ts), so FTS5 never walks a locale's doclist, which half the table shares.
 */
export function scopedMatch(index: SearchIndex, expression: string): string {
  return `{${index.textColumns.join(' ')}} : (${expression})`;
}

/**
 * The MATCH selecting what an audience may not find: archived, drafts (except for editors),
 * internal (except for agents and up). Usually a few translations, so excluding them is cheaper
 * than collecting the many an audience may find.
 */
export function hiddenMatch(index: SearchIndex, audience: Audience): string {
  const hidden = [accessMarker('state', 'archived'), ...(audience.drafts ? [] : [accessMarker('state', 'draft')]),
    ...(audience.internal ? [] : [accessMarker('visibility', 'internal')])];
  return `${index.productColumn} : (${hidden.map(quote).join(' OR ')})`;
}

/** The MATCH selecting one product's translations, by the marker search-text.ts writes. */
export function productMatch(index: SearchIndex, slug: string): string {
  return `${index.productColumn} : ${quote(productMarker(slug))}`;
}
