import { sql, type SQL } from 'drizzle-orm';
import type { KbDatabase } from '../db/database.ts';
import type { Audience } from '../access/roles.ts';
import { hiddenMatch, productMatch, quote, scopedMatch } from './fts-query.ts';
import { WORD_INDEX, type SearchIndex } from './indexes.ts';

/** Narrowing applied inside the MATCH, so ranking and paging see only what is returned. */
export interface SearchFilters {
  /** Locales allowed; empty means all. */
  locales: string[];
  product?: string;
  /** Who is searching: drafts and internal translations are filtered out like a product. */
  audience: Audience;
}

/**
 * What to rank: `match` selects the documents. Those also matching `first` (the exact wording)
 * come first, then those matching `typed` (every word as typed, a subset of `match`), then the
 * rest, each tier ranked by its own expression.
 */
export interface RankedQuery {
  match: string;
  typed?: string;
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
  /** Whether articles follow this page; always known. */
  hasMore: boolean;
}

/**
 * One page of an FTS5 query, best first, one translation per article (its best-scoring one).
 *
 * FTS5 sorts by rank itself (`ORDER BY rank LIMIT k`), so stored columns and snippets are read
 * only for the k rows it returns: reading a stored column loads the whole row, body included,
 * and a snippet computed later, row by row, would evaluate the MATCH again each time. With L
 * locales an article has at most L rows, so the best k = L × (offset + limit) rows always hold
 * the page's articles. Each tier (`first`, `typed`, the rest) is fetched the same way, k rows
 * of its own, and an article is ranked in the best tier it reaches.
 *
 * The total is exact when one locale is searched (one row per article) or when every match was
 * among the candidates; otherwise it is left out. Whether more pages follow is always known:
 * more than k matching rows mean more than offset + limit articles.
 */
export async function rankedPage(
  db: KbDatabase, index: SearchIndex, query: RankedQuery, filters: SearchFilters, locales: number,
  limit: number, offset: number,
): Promise<RankedPage> {
  const t = sql.raw(index.table);
  const match = scopedMatch(index, query.match, filters.locales);
  const restrict = restriction(index, filters);
  const k = candidateRows(locales, limit, offset);
  const names = Object.keys(index.columns);
  const arm = (tier: number, m: string) => sql`SELECT * FROM (
      SELECT ${sql.raw(String(tier))} AS tier, rowid AS rid, rank AS score, key,
        ${sql.join(names.map((name) => snippetSql(index, name)), sql`, `)}
      FROM ${t} WHERE ${t} MATCH ${m} AND rank MATCH ${index.rank} ${restrict}
      ORDER BY rank LIMIT ${k})`;
  const tiers = [
    query.first ? scopedMatch(index, wordingMatch(query)!, filters.locales) : undefined,
    query.typed ? scopedMatch(index, query.typed, filters.locales) : undefined,
    match,
  ];
  const arms = unionAll(tiers.flatMap((m, tier) => (m ? [arm(tier, m)] : [])));
  const rows = await db.orm.all<Record<string, unknown>>(sql`
    WITH cand AS MATERIALIZED (${arms}),
    best AS (
      SELECT c.*, tr.number, tr.locale, tr.title, tr.summary,
        row_number() OVER (PARTITION BY tr.number ORDER BY c.tier, c.score, tr.locale) AS rn
      FROM cand c JOIN translations tr ON tr.key = c.key
    )
    SELECT *, count(*) OVER () AS found, (SELECT count(*) FROM ${t} WHERE ${t} MATCH ${match} ${restrict}) AS hits
    FROM best WHERE rn = 1
    ORDER BY tier, score, number LIMIT ${limit} OFFSET ${offset}`);
  const first = rows[0];
  const hits = Number(first?.hits ?? 0);
  const found = Number(first?.found ?? 0);
  const total = !first ? undefined : locales === 1 ? hits : hits <= k ? found : undefined;
  return {
    ...(total !== undefined ? { total } : {}),
    hasMore: hits > k || found > offset + limit,
    rows: rows.map((r) => ({
      key: String(r.key), number: Number(r.number), locale: String(r.locale), title: String(r.title),
      summary: String(r.summary), score: Number(r.score),
      snippets: Object.fromEntries(names.map((n) => [n, String(r[`s_${n}`] ?? '')])),
    })),
  };
}

/** What the top tier matches: the exact wording among the words as typed (undefined without a wording). */
export function wordingMatch(query: RankedQuery): string | undefined {
  return query.first ? `(${query.typed ?? query.match}) AND ${query.first}` : undefined;
}

/** Rows that always hold a page's articles: with L locales an article has at most L rows. */
export function candidateRows(locales: number, limit: number, offset: number): number {
  return locales * (offset + limit);
}

/** The audience and product filters, as a condition on the rowid of `index`'s table. */
function restriction(index: SearchIndex, filters: SearchFilters): SQL {
  const t = sql.raw(index.table);
  // The unary + keeps SQLite from handing the IN list to FTS5 as rowid lookups (one full MATCH
  // per listed row); as a plain filter, the rowids are collected once: the few translations the
  // audience may not see, and the product's.
  return sql`AND +${t}.rowid NOT IN (SELECT rowid FROM ${t} WHERE ${t} MATCH ${hiddenMatch(index, filters.audience)})
    ${filters.product ? sql`AND +${t}.rowid IN (SELECT rowid FROM ${t} WHERE ${t} MATCH ${productMatch(index, filters.product)})` : sql``}`;
}

/** Whether more than `rows` rows match `expression` under the filters; reads at most rows + 1 of them, unranked. */
export async function matchesMoreThan(db: KbDatabase, index: SearchIndex, expression: string, filters: SearchFilters, rows: number): Promise<boolean> {
  const t = sql.raw(index.table);
  const [row] = await db.orm.all<{ n: number }>(sql`SELECT count(*) AS n FROM (
    SELECT 1 FROM ${t} WHERE ${t} MATCH ${scopedMatch(index, expression, filters.locales)} ${restriction(index, filters)} LIMIT ${rows + 1})`);
  return Number(row?.n ?? 0) > rows;
}

function snippetSql(index: SearchIndex, name: string): SQL {
  // Columns that are never shown only need to say whether they matched: a short window does.
  const tokens = index.snippetColumns.includes(name) ? index.snippetTokens : 4;
  return sql.raw(`snippet(${index.table}, ${index.columns[name]}, char(57344), char(57345), '…', ${tokens}) AS s_${name}`);
}

/** Indexes of the expressions that match no document at all (filters ignored: a vocabulary check). */
export async function unmatched(db: KbDatabase, expressions: string[]): Promise<Set<number>> {
  if (expressions.length === 0) return new Set();
  // A VALUES list, not a UNION per expression: D1 allows at most five terms in a compound SELECT.
  const values = sql.join(expressions.map((e, i) => sql`(${sql.raw(String(i))}, ${scopedMatch(WORD_INDEX, e, [])})`), sql`, `);
  const rows = await db.orm.all<{ i: number }>(sql`
    WITH q(i, m) AS (VALUES ${values})
    SELECT i FROM q WHERE NOT EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH q.m)`);
  return new Set(rows.map((r) => Number(r.i)));
}

/**
 * `a UNION ALL b UNION ALL …` nested in groups of five: D1 refuses a compound SELECT of more
 * than five terms, but counts each nesting level on its own.
 */
function unionAll(parts: SQL[]): SQL {
  if (parts.length <= 5) return sql.join(parts, sql` UNION ALL `);
  const groups: SQL[] = [];
  for (let k = 0; k < parts.length; k += 5) groups.push(sql`SELECT * FROM (${sql.join(parts.slice(k, k + 5), sql` UNION ALL `)})`);
  return unionAll(groups);
}

/**
 * Snippets (about 64 characters) around each probe: `probes[i]` are the substrings tried for
 * word i. Each probe gets its own few rows, unranked, so FTS5 stops after `perProbe` matches
 * instead of scoring every row that contains a common trigram, and one frequent junk probe
 * cannot crowd out the others. One statement for all words; the LIMIT is a constant, so the
 * statement binds one value per probe (D1 allows 100).
 */
export async function probeSnippets(
  db: KbDatabase, index: SearchIndex, probes: string[][], locales: string[], perProbe: number,
): Promise<{ i: number; s: string }[]> {
  const t = sql.raw(index.table);
  const parts = probes.flatMap((list, i) => list.map((probe) => sql`SELECT ${sql.raw(String(i))} AS i, s FROM (
      SELECT snippet(${t}, -1, char(57344), char(57345), '', 64) AS s
      FROM ${t} WHERE ${t} MATCH ${scopedMatch(index, quote(probe), locales)} LIMIT ${sql.raw(String(perProbe))})`));
  if (parts.length === 0) return [];
  const rows = await db.orm.all<{ i: number; s: string }>(unionAll(parts));
  return rows.map((r) => ({ i: Number(r.i), s: String(r.s ?? '') }));
}
