/**
 * What SQLite FTS5 alone costs on this machine, over the database the scale bench just built and
 * with none of kbdesk's code: the floor under its import and search figures.
 * - Import: the same FTS rows copied into a fresh, migrated database's FTS5 tables (the same
 *   definitions and settings) in rowid order, one transaction: both indexes, then the word index
 *   alone (what dropping substring search would leave).
 * - Search: one ranked statement per query: its words as typed, all required, over kbdesk's text
 *   columns with its BM25 weights, the locale filtered by rowid as kbdesk does, LIMIT 10. kbdesk
 *   does more per query (inflected forms, fallbacks, totals, snippets); no FTS5-ranked answer does less.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { quote, scopedMatch } from '../kb/search/fts-query.ts';
import { bm25Sql, WORD_INDEX } from '../kb/search/indexes.ts';
import { wordTokens } from '../kb/search/normalize.ts';
import { resolveLocales } from '../kb/search/search.service.ts';
import { searchRowidInLocales } from '../kb/store/search-rowid.ts';
import { openDatabase } from '../node/database.ts';
import { quantile, round, since } from './stats.ts';

export interface ImportCeiling {
  /** Article-locales per second into both FTS5 indexes. */
  bothRate: number;
  /** Article-locales per second into the word index alone. */
  wordsRate: number;
}

export interface SearchCeiling {
  statements: number;
  /** Share of the statements that found something: a floor over queries that find nothing would mean little. */
  withHits: number;
  p50: number;
  p95: number;
}

/** Seconds to copy `tables`' rows from the database `source` into a fresh migrated one, in rowid order. */
function copySeconds(source: string, tables: string[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-ceiling-'));
  const db = openDatabase(join(dir, 'kb.sqlite'));
  try {
    db.client.prepare('ATTACH DATABASE ? AS src').run(source);
    const copies = tables.map((table) => {
      const columns = (db.client.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).join(', ');
      return db.client.prepare(`INSERT INTO main.${table} (rowid, ${columns}) SELECT rowid, ${columns} FROM src.${table} ORDER BY rowid`);
    });
    const started = performance.now();
    db.client.transaction(() => { for (const copy of copies) copy.run(); })();
    const seconds = since(started) / 1000;
    for (const table of tables) {
      const [copied, indexed] = ['main', 'src'].map((schema) => db.client.prepare(`SELECT count(*) FROM ${schema}.${table}`).pluck().get());
      if (copied !== indexed) throw new Error(`${table}: copied ${copied} of ${indexed} rows`);
    }
    return seconds;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bare FTS5 inserts of the `count` article-locales indexed in `source`. */
export function importCeiling(source: string, count: number): ImportCeiling {
  return {
    bothRate: Math.round(count / copySeconds(source, ['articles_fts', 'articles_trigram'])),
    wordsRate: Math.round(count / copySeconds(source, ['articles_fts'])),
  };
}

/** `rounds` rounds of one bare ranked FTS5 statement per query and locale (undefined = all locales). */
export function searchCeiling(client: Database.Database, queries: string[], locales: readonly (string | undefined)[], rounds: number): SearchCeiling {
  const ranked = `SELECT rowid FROM ${WORD_INDEX.table} WHERE ${WORD_INDEX.table} MATCH ?`;
  const order = `ORDER BY ${bm25Sql(WORD_INDEX)} LIMIT 10`;
  const statement = (locale: string | undefined) => {
    if (!locale) return client.prepare(`${ranked} ${order}`);
    // Search's own rowid condition, as SQL text (it binds no values).
    const inLocale = new SQLiteSyncDialect().sqlToQuery(searchRowidInLocales(sql.raw('rowid'), resolveLocales(locale))).sql;
    return client.prepare(`${ranked} AND ${inLocale} ${order}`);
  };
  const byLocale = new Map(locales.map((l) => [l, statement(l)]));
  const cases = queries.flatMap((q) => {
    const words = wordTokens(q);
    if (words.length === 0) return [];
    const match = scopedMatch(WORD_INDEX, words.map(quote).join(' AND '));
    return locales.map((locale) => () => byLocale.get(locale)!.all(match));
  });
  let withHits = 0;
  for (const run of cases) if (run().length > 0) withHits++; // also the warm-up, as for kbdesk's own searches
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const run of cases) {
      const started = performance.now();
      run();
      ms.push(since(started));
    }
  }
  return { statements: ms.length, withHits: round(withHits / cases.length, 2), p50: round(quantile(ms, 0.5), 2), p95: round(quantile(ms, 0.95), 2) };
}

/** kbdesk's figures beside FTS5's alone, per corpus size. */
export function ceilingTable(rows: { count: number; rate: number; p50: number; p95: number; importCeiling: ImportCeiling; searchCeiling: SearchCeiling }[]): string {
  const head = '| article-locales | import /s: kbdesk | FTS5 inserts, both indexes | FTS5 inserts, word index only | search p50 / p95 ms: kbdesk | one bare FTS5 statement |\n|---:|---:|---:|---:|---:|---:|';
  return [head, ...rows.map(({ count, rate, p50, p95, importCeiling: i, searchCeiling: s }) =>
    `| ${count} | ${rate} (${(rate / i.bothRate).toFixed(2)} of FTS5) | ${i.bothRate} | ${i.wordsRate} | ${p50} / ${p95} | ${s.p50} / ${s.p95} (${Math.round(s.withHits * 100)}% find something) |`)].join('\n');
}
