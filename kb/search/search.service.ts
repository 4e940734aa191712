import { PUBLIC, type Audience } from '../access/roles.ts';
import type { KbDatabase } from '../db/database.ts';
import { BadRequestError } from '../errors.ts';
import { articleId } from '../model/article.ts';
import { LOCALES } from '../model/front-matter.schema.ts';
import { parseQuery } from './query.parse.ts';
import { SearchInput, type SearchHit, type SearchResponse } from './search.schema.ts';
import { runStages, type StageResult } from './search.stages.ts';
import { WORD_INDEX } from './indexes.ts';
import { bestSnippet, matchedColumns } from './snippet.ts';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const NOTHING_FOUND: StageResult = { strategy: 'none', index: WORD_INDEX, rows: [], total: 0, hasMore: false };

/**
 * Full-text search over the current translations, shared by REST, MCP and the assistant.
 * Polish and English, inflection- and diacritics-insensitive, typo-tolerant, exact for error
 * codes, GUIDs and log text. User text only ever reaches FTS5 as quoted strings.
 */
export function createSearchService(db: KbDatabase) {
  return {
    /** One page of articles for `q`; throws BadRequestError for an empty query or bad options. */
    async search(input: SearchInput, audience: Audience = PUBLIC): Promise<SearchResponse> {
      const parsed = SearchInput.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new BadRequestError(`${issue.path.join('.') || 'input'}: ${issue.message}`, { field: issue.path.join('.') });
      }
      const { q, limit, offset } = parsed.data;
      if (q.trim() === '') {
        throw new BadRequestError('The search query is empty: type a few words, an error code such as 0x8024400E, or a phrase.', { field: 'q' });
      }
      const locales = resolveLocales(parsed.data.locale);
      const product = resolveProduct(parsed.data.product);
      const query = parseQuery(q);
      if (query.terms.length === 0) return { query: query.text, total: 0, hasMore: false, results: [], strategy: 'none' };

      const found = await runStages(db, {
        terms: query.terms,
        filters: { locales, audience, ...(product ? { product } : {}) },
        localeCount: locales.length || LOCALES.length,
        languages: { polish: locales.length === 0 || locales.some((l) => l.startsWith('pl')), english: true },
        limit,
        offset,
      }).catch((error: unknown) => {
        // Every MATCH is built from quoted strings, so FTS5 should never reject one; if it ever
        // does, the person searching gets no results rather than a server error.
        if (error instanceof Error && /\bfts5\b/i.test(error.message)) return NOTHING_FOUND;
        throw error;
      });
      const results = found.rows.map((r): SearchHit => ({
        id: articleId(r.number),
        number: r.number,
        locale: r.locale,
        title: r.title,
        summary: r.summary,
        score: Number((-r.score).toPrecision(6)),
        snippet: bestSnippet(r.snippets, found.index.snippetColumns),
        matchedIn: matchedColumns(r.snippets) as SearchHit['matchedIn'],
      }));
      return {
        query: query.text, ...(found.total !== undefined ? { total: found.total } : {}), hasMore: found.hasMore,
        results, strategy: found.strategy,
        ...(found.corrections ? { corrections: found.corrections } : {}),
      };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;

/** `pl-PL` / `en-US` exactly (any case), or every locale of a language (`pl`, `en`). */
export function resolveLocales(locale: string | undefined): string[] {
  if (locale === undefined || locale.trim() === '') return [];
  const wanted = locale.trim().toLowerCase();
  const exact = LOCALES.filter((l) => l.toLowerCase() === wanted);
  if (exact.length > 0) return exact;
  const byLanguage = LOCALES.filter((l) => l.split('-')[0]!.toLowerCase() === wanted);
  if (byLanguage.length > 0) return byLanguage;
  throw new BadRequestError(`Unknown locale "${locale.slice(0, 20)}": use ${LOCALES.join(', ')} or a language such as pl, en.`, { field: 'locale' });
}

function resolveProduct(product: string | undefined): string | undefined {
  if (product === undefined || product.trim() === '') return undefined;
  const slug = product.trim().toLowerCase();
  if (!SLUG.test(slug)) throw new BadRequestError(`"${product.slice(0, 40)}" is not a product slug such as wsus or sccm.`, { field: 'product' });
  return slug;
}
