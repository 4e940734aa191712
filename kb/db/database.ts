import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { asDatabaseError } from './database-errors.ts';
import type * as schema from './schema.ts';

/** Drizzle over either driver: reads are always awaited, so sync and async both fit. */
export type Orm = BaseSQLiteDatabase<'sync' | 'async', unknown, typeof schema>;

/** A write prepared ahead of time, so a whole change can be sent as one unit. */
export interface Statement {
  sql: string;
  params: unknown[];
  /** Set on the statement that records an article revision: what moves the database generation. */
  addsRevision?: true;
}

/**
 * The database as kb/ sees it. The two drivers differ only here: better-sqlite3 runs a
 * change in one synchronous transaction, D1 (which has no interactive transactions) in one batch.
 */
export interface KbDatabase {
  orm: Orm;
  driver: 'better-sqlite3' | 'd1';
  /**
   * Applies every statement or none. Statements may come from a generator, consumed inside the
   * transaction on better-sqlite3 (a large import never holds them all), collected first on D1;
   * an error thrown by the generator undoes what it yielded.
   */
  writeAtomic(statements: Iterable<Statement>): Promise<void>;
  /**
   * How many article changes (writes adding a revision) this handle has made: what is derived
   * from the articles is stale when it moved. Analytics and key writes leave it alone.
   */
  localRevisionWrites(): number;
}

/** Counts the writes through `write` that add a revision, for `localRevisionWrites`. */
export function countingRevisionWrites(write: KbDatabase['writeAtomic']): Pick<KbDatabase, 'writeAtomic' | 'localRevisionWrites'> {
  let writes = 0;
  return {
    writeAtomic: async (statements) => {
      let addsRevision = false;
      function* watched() {
        for (const s of statements) {
          if (s.addsRevision) addsRevision = true;
          yield s;
        }
      }
      try {
        await write(watched());
      } finally {
        if (addsRevision) writes++;
      }
    },
    localRevisionWrites: () => writes,
  };
}

/** The part of a better-sqlite3 `Database` we use, so kb/ need not import the native module. */
export interface SyncSqliteClient {
  prepare(sql: string): { run(...params: unknown[]): unknown };
  transaction<T>(fn: () => T): () => T;
}

export function syncWriter(client: SyncSqliteClient): KbDatabase['writeAtomic'] {
  const cache = new Map<string, ReturnType<SyncSqliteClient['prepare']>>();
  const prepared = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = client.prepare(sql)));
    return stmt;
  };
  return async (statements) => {
    try {
      client.transaction(() => {
        for (const s of statements) prepared(s.sql).run(...s.params);
      })();
    } catch (error) {
      throw asDatabaseError(error);
    }
  };
}

/** The part of a D1 binding we use. */
export interface D1Client {
  prepare(sql: string): { bind(...values: unknown[]): unknown };
  batch(statements: unknown[]): Promise<unknown>;
}

/** D1 caps bound parameters per statement at 100; callers keep statements small. */
export function d1Writer(client: D1Client): KbDatabase['writeAtomic'] {
  return async (statements) => {
    const all = [...statements];
    if (all.length === 0) return;
    try {
      await client.batch(all.map((s) => client.prepare(s.sql).bind(...s.params)));
    } catch (error) {
      throw asDatabaseError(error);
    }
  };
}
