import { parentPort, workerData } from 'node:worker_threads';
import { asDatabaseError } from '../kb/db/database-errors.ts';
import { KbError } from '../kb/errors.ts';
import { createSearchService } from '../kb/search/search.service.ts';
import { openReadOnly } from './database.ts';
import type { SearchRequest, SearchReply } from './search-pool.ts';

/**
 * One search thread of search-pool.ts: its own read-only connection to the database file and
 * the same search service the server would run in process. A KbError crosses back as its code,
 * message and details.
 */
const { file, busyTimeoutMs } = workerData as { file: string; busyTimeoutMs: number };
const service = createSearchService(openReadOnly(file, { busyTimeoutMs }));

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
