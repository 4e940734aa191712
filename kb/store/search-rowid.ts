import { sql, type SQL } from 'drizzle-orm';
import { LOCALES } from '../model/front-matter.schema.ts';

/** Rowids per article number: the locale's position in LOCALES is the remainder, room for 16. */
const LOCALE_SLOTS = 16;

/**
 * The rowid of a translation in the FTS tables, written by translation.writes.ts and read back by
 * search. Their `key` column is not indexed, so deleting by key would scan the whole table on
 * every write; a rowid computed from the key is a lookup.
 */
export function searchRowid(number: number, locale: string): number {
  return number * LOCALE_SLOTS + LOCALES.indexOf(locale as (typeof LOCALES)[number]) + 1;
}

/** SQL for the locale of the translation whose search rowid is `rowid` (the inverse of searchRowid). */
function localeOfSearchRowid(rowid: SQL): SQL {
  return sql`(CASE (${rowid} - 1) % ${sql.raw(String(LOCALE_SLOTS))} ${sql.raw(LOCALES.map((l, i) => `WHEN ${i} THEN '${l}'`).join(' '))} END)`;
}

/**
 * SQL: whether search rowid `rowid` belongs to one of `locales`. Their positions are written into
 * the SQL as numbers, so a statement repeating the condition binds no values for it (D1 binds 100).
 */
export function searchRowidInLocales(rowid: SQL, locales: readonly string[]): SQL {
  const positions = locales.map((l) => {
    const i = LOCALES.indexOf(l as (typeof LOCALES)[number]);
    if (i < 0) throw new Error(`Unknown locale ${l}`);
    return i;
  });
  return sql`((${rowid} - 1) % ${sql.raw(String(LOCALE_SLOTS))}) IN (${sql.raw(positions.join(', '))})`;
}

/** SQL for the translation key (`<number>:<locale>`) whose search rowid is `rowid`. */
export function keyOfSearchRowid(rowid: SQL): SQL {
  // Parenthesised: SQLite binds || tighter than /. The cast keeps a rowid bound as a JavaScript
  // number (a REAL) from printing as `1.0`.
  return sql`(((CAST(${rowid} AS INTEGER) - 1) / ${sql.raw(String(LOCALE_SLOTS))}) || ':' || ${localeOfSearchRowid(rowid)})`;
}
