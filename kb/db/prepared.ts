import type { KbDatabase } from './database.ts';

/**
 * A query prepared once per database and reused: drizzle otherwise builds the SQL text and
 * better-sqlite3 compiles it again on every call, which costs more than running it.
 */
export function preparedPerDatabase<T>(build: (db: KbDatabase) => T): (db: KbDatabase) => T {
  const prepared = new WeakMap<KbDatabase, T>();
  return (db) => {
    let query = prepared.get(db);
    if (query === undefined) prepared.set(db, (query = build(db)));
    return query;
  };
}
