import { analyticsOptionsFromEnv } from '../kb/analytics/options.ts';
import { importFiles } from '../kb/import/import.service.ts';
import { createServices } from '../kb/services/index.ts';
import { readArticleFiles } from './article-files.ts';
import { openDatabase, type OpenOptions } from './database.ts';
import { BUNDLED_ARTICLES_DIR, DEFAULT_DATABASE } from './paths.ts';
import { createSearchPool } from './search-pool.ts';

const SEARCH_THREADS_START_MS = 1000;

export interface BootstrapOptions extends OpenOptions {
  /** Searches on this many worker threads with their own read-only connections (0: in this thread). */
  searchThreads?: number;
}

/**
 * The database named by KB_DATABASE (or .data/kb.sqlite), migrated and, when empty, filled.
 * `close` writes the analytics records held while the database was busy, then closes it.
 */
export async function bootstrap(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = console.error, open: BootstrapOptions = {}) {
  const file = env.KB_DATABASE || DEFAULT_DATABASE;
  const db = openDatabase(file, open);
  const pool = open.searchThreads ? createSearchPool(file, { threads: open.searchThreads, busyTimeoutMs: open.busyTimeoutMs }) : undefined;
  const maxBytes = Number(env.KB_MATCH_MAX_BYTES);
  const services = createServices(db, {
    ...analyticsOptionsFromEnv(env), ...(Number.isFinite(maxBytes) && maxBytes > 0 ? { match: { maxBytes } } : {}), ...(pool ? { search: pool } : {}),
  });
  if (await services.store.isEmpty()) {
    const report = await importFiles(db, await readArticleFiles(BUNDLED_ARTICLES_DIR));
    log(`kbdesk: new database ${file}: imported ${report.created.length} article translations`);
  }
  // Loading the search threads takes CPU the start-up needs (two cores: +0.5 s to the first
  // answer on a fresh database, measured); they start a second later, or at the first search.
  if (pool) setTimeout(() => pool.start(), SEARCH_THREADS_START_MS).unref();
  const close = async () => {
    await pool?.close();
    await services.analytics.flush();
    db.close();
  };
  return { db, services, file, close };
}
