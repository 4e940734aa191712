import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from '../kb/db/schema.ts';
import { countingRevisionWrites, syncWriter, type KbDatabase, type Orm } from '../kb/db/database.ts';
import { MIGRATIONS_DIR } from './paths.ts';

export interface NodeDatabase extends KbDatabase {
  close(): void;
  client: Database.Database;
}

export interface OpenOptions {
  /**
   * How long a write waits for another connection's write lock before failing with
   * DatabaseBusyError. better-sqlite3 waits synchronously, so the whole process stalls meanwhile:
   * servers keep it short (SERVING_BUSY_TIMEOUT_MS); a command-line job may wait longer.
   */
  busyTimeoutMs?: number;
}

/** A server's wait for a lock: long enough for another process's small write, short enough not to stall requests. */
export const SERVING_BUSY_TIMEOUT_MS = 100;

/** Opens (creating if needed) a SQLite file and applies the migrations in `migrations/`. */
export function openDatabase(file: string, options: OpenOptions = {}): NodeDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const client = new Database(file);
  // 16 KiB pages in a new file (SQLite's default is 4 KiB): a translation row (JSON and markdown,
  // often over 10 KB) needs fewer overflow pages, FTS5 fewer segment pages; imports measured about
  // 9% faster, searches and single writes unchanged. Only a file's first write sets it: existing
  // files keep theirs.
  client.pragma('page_size = 16384');
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = NORMAL');
  client.pragma('foreign_keys = ON');
  waitAndCache(client, options);
  const orm = drizzle(client, { schema });
  migrate(orm, { migrationsFolder: MIGRATIONS_DIR });
  return {
    orm: orm as unknown as Orm,
    driver: 'better-sqlite3',
    ...countingRevisionWrites(syncWriter(client)),
    client,
    close: () => client.close(),
  };
}

/**
 * A read-only connection to an existing, migrated database file (a search thread's): WAL lets
 * it read while another connection writes. It never migrates and refuses to write.
 */
export function openReadOnly(file: string, options: OpenOptions = {}): KbDatabase & { close(): void } {
  const client = new Database(file, { readonly: true, fileMustExist: true });
  waitAndCache(client, options);
  return {
    orm: drizzle(client, { schema }) as unknown as Orm,
    driver: 'better-sqlite3',
    writeAtomic: () => Promise.reject(new Error('a read-only connection does not write')),
    localRevisionWrites: () => 0,
    close: () => client.close(),
  };
}

/** What writing and read-only connections share: how long to wait for a lock, and the page cache. */
function waitAndCache(client: Database.Database, options: OpenOptions): void {
  client.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  // 64 MiB of page cache (SQLite's default is 2 MiB): imports merge FTS segments, searches re-read them.
  client.pragma('cache_size = -65536');
}
