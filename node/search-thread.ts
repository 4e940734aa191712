import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../kb/db/schema.ts';
import type { KbDatabase, Orm } from '../kb/db/database.ts';
import { asDatabaseError } from '../kb/db/database-errors.ts';
import { KbError } from '../kb/errors.ts';
import { createSearchService } from '../kb/search/search.service.ts';
import type { SearchRequest, SearchReply } from './search-pool.ts';

/**
 * One search thread of search-pool.ts: its own read-only connection to the database file (WAL
 * lets it read while the server's connection writes) and the same search service the server
 * would run in process. A KbError crosses back as its code, message and details.
 */
const { file, busyTimeoutMs } = workerData as { file: string; busyTimeoutMs: number };
const client = new Database(file, { readonly: true, fileMustExist: true });
client.pragma(`busy_timeout = ${busyTimeoutMs}`);
client.pragma('cache_size = -65536');
const reader: KbDatabase = {
  orm: drizzle(client, { schema }) as unknown as Orm,
  driver: 'better-sqlite3',
  writeAtomic: () => Promise.reject(new Error('a search thread does not write')),
  localRevisionWrites: () => 0,
};
const service = createSearchService(reader);

parentPort!.on('message', async ({ id, input, audience }: SearchRequest) => {
  let reply: SearchReply;
  try {
    reply = { id, result: await service.search(input, audience) };
  } catch (raw) {
    const error = asDatabaseError(raw);
    reply = error instanceof KbError
      ? { id, kbError: { code: error.code, message: error.message, details: error.details } }
      : { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
