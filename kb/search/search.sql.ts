import { sql, type SQL } from 'drizzle-orm';
import type { KbDatabase } from '../db/database.ts';
import { productMatch, scopedMatch } from './fts-query.ts';
import { WORD_INDEX, type SearchIndex } from './indexes.ts';

/** Narrowing applied inside the MATCH, so ranking and paging see only what is returned. */
export interface SearchFilters {
  /** Locales allowed; empty means all. */
  locales: string[];
  product?: string;
}

/** What to rank: `match` selects the documents; those also matching `first` come first. */
export interface RankedQuery {
  match: string;
  first?: string;
}

/** One translation on a result page, with a snippet of each text column (markers, not HTML). */
export interface RankedRow {
  key: string;
  number: number;
  locale: string;
  title: string;
  summary: string;
  /** BM25, lower is better. */
  score: number;
  snippets: Record<string, string>;
}

export interface RankedPage {
  rows: RankedRow[];
  /** Matching articles, when it can be known without reading every match (see `rankedPage`). */
  total?: number;
}

/**
 * One page of an FTS5 query, best first, one translation per article (its best-scoring one).
 *
 * Reading any stored column of an FTS5 row loads the whole row, body included, so nothing is
 * read per match: FTS5 ranks by rowid and BM25 alone and keeps the top `k`, and only those rows
 * are read. With L locales an article has at most L rows, so the best L × (offset + limit) rows
 * always hold the page's articles. The total is exact when one locale is searched (one row per
 * article) or when every match was among the candidates; otherwise it is left out.
 */
export async function rankedPage(
  db: KbDatabase, index: SearchIndex, query: RankedQuery, filters: SearchFilters, locales: number,
  limit: number, offset: number,
): Promise<RankedPage> {
  const t = sql.raw(index.table);
  const match = scopedMatch(index, query.match, filters.locales);
  const product = filters.product
    ? sql`AND ${t}.rowid IN (SELECT rowid FROM ${t} WHERE ${t} MATCH ${productMatch(index, filters.product)})`
    : sql``;
  const tier = query.first
    ? sql`CASE WHEN ${t}.rowid IN (SELECT rowid FROM ${t} WHERE ${t} MATCH ${scopedMatch(index, query.first, [])}) THEN 0 ELSE 1 END`
    : sql`1`;
  const k = locales * (offset + limit);
  const names = Object.keys(index.columns);
  const rows = await db.orm.all<Record<string, unknown>>(sql`
    WITH cand AS MATERIALIZED (
      SELECT ${t}.rowid AS rid, ${sql.raw(index.bm25)} AS score, ${tier} AS tier
      FROM ${t} WHERE ${t} MATCH ${match} ${product}
      ORDER BY tier, score LIMIT ${k}
    ), best AS (
      SELECT c.rid, c.score, c.tier, tr.key, tr.number, tr.locale, tr.title, tr.summary,
        row_number() OVER (PARTITION BY tr.number ORDER BY c.tier, c.score, tr.locale) AS rn
      FROM cand c CROSS JOIN ${t} ON ${t}.rowid = c.rid JOIN translations tr ON tr.key = ${t}.key
    ), page AS (
      SELECT *, count(*) OVER () AS found FROM best WHERE rn = 1
      ORDER BY tier, score, number LIMIT ${limit} OFFSET ${offset}
    )
    SELECT page.*, (SELECT count(*) FROM ${t} WHERE ${t} MATCH ${match} ${product}) AS hits,
      ${sql.join(names.map((name) => snippetSql(index, name)), sql`, `)}
    FROM page CROSS JOIN ${t} ON ${t}.rowid = page.rid
    WHERE ${t} MATCH ${match}
    ORDER BY page.tier, page.score, page.number`);
  const first = rows[0];
  const hits = Number(first?.hits ?? 0);
  const total = !first ? undefined : locales === 1 ? hits : hits <= k ? Number(first.found) : undefined;
  return {
    ...(total !== undefined ? { total } : {}),
    rows: rows.map((r) => ({
      key: String(r.key), number: Number(r.number), locale: String(r.locale), title: String(r.title),
      summary: String(r.summary), score: Number(r.score),
      snippets: Object.fromEntries(names.map((n) => [n, String(r[`s_${n}`] ?? '')])),
    })),
  };
}

function snippetSql(index: SearchIndex, name: string): SQL {
  // Columns that are never shown only need to say whether they matched: a short window does.
  const tokens = index.snippetColumns.includes(name) ? index.snippetTokens : 4;
  return sql.raw(`snippet(${index.table}, ${index.columns[name]}, char(57344), char(57345), '…', ${tokens}) AS s_${name}`);
}

/** Indexes of the expressions that match no document at all (filters ignored: a vocabulary check). */
export async function unmatched(db: KbDatabase, expressions: string[]): Promise<Set<number>> {
  if (expressions.length === 0) return new Set();
  const parts = expressions.map((e, i) => sql`SELECT ${sql.raw(String(i))} AS i WHERE NOT EXISTS (
    SELECT 1 FROM articles_fts WHERE articles_fts MATCH ${scopedMatch(WORD_INDEX, e, [])})`);
  const rows = await db.orm.all<{ i: number }>(sql.join(parts, sql` UNION ALL `));
  return new Set(rows.map((r) => Number(r.i)));
}

/** For each substring-index expression, snippets (about 64 characters) of its best matches. */
export async function substringSnippets(
  db: KbDatabase, index: SearchIndex, expressions: string[], locales: string[], perExpression: number,
): Promise<{ i: number; s: string }[]> {
  if (expressions.length === 0) return [];
  const t = sql.raw(index.table);
  const parts = expressions.map((e, i) => sql`SELECT ${sql.raw(String(i))} AS i, s FROM (
      SELECT snippet(${t}, -1, char(57344), char(57345), '', 64) AS s
      FROM ${t} WHERE ${t} MATCH ${scopedMatch(index, e, locales)}
      ORDER BY rank LIMIT ${perExpression})`);
  const rows = await db.orm.all<{ i: number; s: string }>(sql.join(parts, sql` UNION ALL `));
  return rows.map((r) => ({ i: Number(r.i), s: String(r.s ?? '') }));
}
