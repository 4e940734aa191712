import { sql, type SQL } from 'drizzle-orm';
import type { KbDatabase } from '../db/database.ts';
import type { Audience } from '../access/roles.ts';
import { hiddenMatch, productMatch, quote, scopedMatch } from './fts-query.ts';
import { bm25Sql, WORD_INDEX, type SearchIndex } from './indexes.ts';
import { keyOfSearchRowid, searchRowidInLocales } from '../store/search-rowid.ts';

/** Narrowing applied to each row before it is ranked, so ranking and paging see only what is returned. */
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
 * Two passes. The first ranks: each tier (`first`, `typed`, the rest) computes BM25 for every
 * row it matches and keeps its best k, reading nothing else. BM25 as a plain function in an
 * ordinary `ORDER BY … LIMIT` costs 55–75% of FTS5's own `ORDER BY rank` (which keeps each
 * row's phrase positions in its sorter for later snippets), measured at 100k translations.
 * With L locales an article has at most L rows, so the best k = L × (offset + limit) rows
 * always hold the page's articles; the article and locale of a row follow from its rowid
 * (searchRowid), so the page is chosen without reading a stored FTS column (that loads the
 * whole row, body included). An article is ranked in the best tier it reaches. The second pass
 * reads snippets for the page's rows only (`pageSnippets`), unless the caller wants only the count.
 *
 * The total is exact when one locale is searched (one row per article) or when every match was
 * among the candidates; otherwise it is left out. Whether more pages follow is always known:
 * more than k matching rows mean more than offset + limit articles.
 */
export async function rankedPage(
  db: KbDatabase, index: SearchIndex, query: RankedQuery, filters: SearchFilters, locales: number,
  limit: number, offset: number, { snippets: withSnippets = true }: { snippets?: boolean } = {},
): Promise<RankedPage> {
  const t = sql.raw(index.table);
  const match = scopedMatch(index, query.match);
  const restrict = restriction(index, filters);
  const k = candidateRows(locales, limit, offset);
  const tiers = [
    query.first ? scopedMatch(index, wordingMatch(query)!) : undefined,
    query.typed ? scopedMatch(index, query.typed) : undefined,
    match,
  ];
  const arm = (tier: number, m: string) => sql`SELECT * FROM (
      SELECT ${sql.raw(String(tier))} AS tier, rowid AS rid, ${sql.raw(bm25Sql(index))} AS score
      FROM ${t} WHERE ${t} MATCH ${m} ${restrict}
      ORDER BY score LIMIT ${k})`;
  const arms = unionAll(tiers.flatMap((m, tier) => (m ? [arm(tier, m)] : [])));
  const rows = await db.orm.all<Record<string, unknown>>(sql`
    WITH cand AS MATERIALIZED (${arms}),
    best AS (
      SELECT c.*, tr.key, tr.number, tr.locale, tr.title, tr.summary,
        row_number() OVER (PARTITION BY tr.number ORDER BY c.tier, c.score, tr.locale) AS rn
      FROM cand c JOIN translations tr ON tr.key = ${keyOfSearchRowid(sql`c.rid`)}
    )
    SELECT *, count(*) OVER () AS found, (SELECT count(*) FROM ${t} WHERE ${t} MATCH ${match} ${restrict}) AS hits
    FROM best WHERE rn = 1
    ORDER BY tier, score, number LIMIT ${limit} OFFSET ${offset}`);
  const first = rows[0];
  const hits = Number(first?.hits ?? 0);
  const found = Number(first?.found ?? 0);
  const total = !first ? undefined : locales === 1 ? hits : hits <= k ? found : undefined;
  const snippets = withSnippets ? await pageSnippets(db, index, rows.map((r) => ({ rid: Number(r.rid), match: tiers[Number(r.tier)]! }))) : new Map();
  return {
    ...(total !== undefined ? { total } : {}),
    hasMore: hits > k || found > offset + limit,
    rows: rows.map((r) => ({
      key: String(r.key), number: Number(r.number), locale: String(r.locale), title: String(r.title),
      summary: String(r.summary), score: Number(r.score), snippets: snippets.get(Number(r.rid)) ?? {},
    })),
  };
}

/**
 * Snippets of each text column for a page's rows, each row under the MATCH that found it: one
 * statement per distinct MATCH, computing snippets (and reading the stored text they need) for
 * the listed rows only. Without prefixes, each row is looked up by rowid: FTS5 sets the MATCH up
 * once per row, which costs a few seeks. A prefix query's set-up merges the doclists of every
 * token the prefix starts, so it walks the MATCH once instead, with the rowids as a filter (the
 * unary + keeps SQLite from handing them to FTS5 as lookups); the walk skips BM25.
 */
async function pageSnippets(db: KbDatabase, index: SearchIndex, rows: { rid: number; match: string }[]): Promise<Map<number, Record<string, string>>> {
  const t = sql.raw(index.table);
  const names = Object.keys(index.columns);
  const out = new Map<number, Record<string, string>>();
  for (const match of new Set(rows.map((r) => r.match))) {
    const rids = rows.filter((r) => r.match === match).map((r) => r.rid);
    // Integers read from the database, written into the SQL: D1 binds at most 100 values.
    const list = sql.raw(rids.map((rid) => String(Math.trunc(rid))).join(', '));
    const rowids = hasPrefix(match) ? sql`+${t}.rowid IN (${list})` : sql`${t}.rowid IN (${list})`;
    const found = await db.orm.all<Record<string, unknown>>(sql`
      SELECT rowid AS rid, ${sql.join(names.map((name) => snippetSql(index, name)), sql`, `)}
      FROM ${t} WHERE ${t} MATCH ${match} AND ${rowids}`);
    for (const r of found) out.set(Number(r.rid), Object.fromEntries(names.map((n) => [n, String(r[`s_${n}`] ?? '')])));
  }
  return out;
}

/** Whether a MATCH has a prefix term (`"updat"*`); a `*` inside a quoted string may say yes too, which only costs time. */
function hasPrefix(match: string): boolean {
  return match.includes('"*');
}

/** What the top tier matches: the exact wording among the words as typed (undefined without a wording). */
export function wordingMatch(query: RankedQuery): string | undefined {
  return query.first ? `(${query.typed ?? query.match}) AND ${query.first}` : undefined;
}

/** Rows that always hold a page's articles: with L locales an article has at most L rows. */
export function candidateRows(locales: number, limit: number, offset: number): number {
  return locales * (offset + limit);
}

/** The locale, audience and product filters, as conditions on the rowid of `index`'s table. */
function restriction(index: SearchIndex, filters: SearchFilters): SQL {
  const t = sql.raw(index.table);
  // The unary + keeps SQLite from handing the IN list to FTS5 as rowid lookups (one full MATCH
  // per listed row); as a plain filter, the rowids are collected once: the few translations the
  // audience may not see, and the product's.
  return sql`${localeFilter(index, filters.locales)}
    AND +${t}.rowid NOT IN (SELECT rowid FROM ${t} WHERE ${t} MATCH ${hiddenMatch(index, filters.audience)})
    ${filters.product ? sql`AND +${t}.rowid IN (SELECT rowid FROM ${t} WHERE ${t} MATCH ${productMatch(index, filters.product)})` : sql``}`;
}

/**
 * Only rows of `locales` (all when empty), told by their rowid (searchRowid). SQLite checks it
 * before computing BM25 or snippets for a row; as a `locale :` term in the MATCH, FTS5 would walk
 * the locale's doclist (half the table) and BM25 would count its rows on every query.
 */
function localeFilter(index: SearchIndex, locales: string[]): SQL {
  if (locales.length === 0) return sql``;
  return sql`AND ${searchRowidInLocales(sql.raw(`${index.table}.rowid`), locales)}`;
}

/**
 * For each expression, whether more than `rows` rows match it under the filters: one statement
 * for all (on D1 each statement is a round trip), each count reading at most rows + 1 rows, unranked.
 */
export async function matchMoreThan(db: KbDatabase, index: SearchIndex, expressions: string[], filters: SearchFilters, rows: number): Promise<boolean[]> {
  if (expressions.length === 0) return [];
  const t = sql.raw(index.table);
  const counts = expressions.map((expression, i) => sql`(SELECT count(*) FROM (
    SELECT 1 FROM ${t} WHERE ${t} MATCH ${scopedMatch(index, expression)} ${restriction(index, filters)} LIMIT ${rows + 1})) AS ${sql.raw(`n${i}`)}`);
  const [row] = await db.orm.all<Record<string, number>>(sql`SELECT ${sql.join(counts, sql`, `)}`);
  return expressions.map((_, i) => Number(row?.[`n${i}`] ?? 0) > rows);
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
  const values = sql.join(expressions.map((e, i) => sql`(${sql.raw(String(i))}, ${scopedMatch(WORD_INDEX, e)})`), sql`, `);
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
      FROM ${t} WHERE ${t} MATCH ${scopedMatch(index, quote(probe))} ${localeFilter(index, locales)} LIMIT ${sql.raw(String(perProbe))})`));
  if (parts.length === 0) return [];
  const rows = await db.orm.all<{ i: number; s: string }>(unionAll(parts));
  return rows.map((r) => ({ i: Number(r.i), s: String(r.s ?? '') }));
}
