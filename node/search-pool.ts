import { Worker } from 'node:worker_threads';
import type { Audience } from '../kb/access/roles.ts';
import { KbError } from '../kb/errors.ts';
import type { SearchInput, SearchResponse } from '../kb/search/search.schema.ts';
import type { SearchService } from '../kb/search/search.service.ts';
import { SERVING_BUSY_TIMEOUT_MS } from './database.ts';

export interface SearchRequest { id: number; input: SearchInput; audience?: Audience }
export type SearchReply = { id: number } & (
  | { result: SearchResponse }
  | { kbError: { code: KbError['code']; message: string; details: KbError['details'] } }
  | { error: string });

export interface SearchPool extends SearchService {
  /** Starts the threads now rather than at the first search (loading them costs ~0.5 s of CPU each). */
  start(): void;
  /** Ends the threads; searches still running fail. */
  close(): Promise<void>;
}

interface Thread { worker: Worker; busy: number; answered: boolean }

/**
 * Full-text search on worker threads, each with its own read-only connection to `file`. A
 * search at scale is FTS5 ranking, synchronous in better-sqlite3: in the server's own thread a
 * 0.4 s search holds every other request (health checks, cached GETs) for 0.4 s. Here the
 * server's thread only passes messages, and on several cores searches run side by side. A
 * thread that dies fails its searches and is replaced, unless it never answered one (it could
 * not start, and would not start again): then it is dropped, and with none left searches fail.
 * The threads start at the first search, or at `start()`.
 */
export function createSearchPool(file: string, { threads, busyTimeoutMs = SERVING_BUSY_TIMEOUT_MS }: { threads: number; busyTimeoutMs?: number }): SearchPool {
  const pending = new Map<number, { resolve: (r: SearchResponse) => void; reject: (e: Error) => void; thread: Thread }>();
  let nextId = 0;
  let closing = false;
  let lastFailure = '';
  const pool: Thread[] = [];

  const start = (): Thread => {
    const thread: Thread = { worker: new Worker(new URL('./search-thread.mjs', import.meta.url), { workerData: { file, busyTimeoutMs } }), busy: 0, answered: false };
    thread.worker.on('message', (reply: SearchReply) => {
      thread.answered = true;
      const call = pending.get(reply.id);
      if (!call) return;
      pending.delete(reply.id);
      thread.busy--;
      if ('result' in reply) call.resolve(reply.result);
      else if ('kbError' in reply) call.reject(new KbError(reply.kbError.code, reply.kbError.message, reply.kbError.details));
      else call.reject(new Error(reply.error));
    });
    thread.worker.on('error', (error) => { lastFailure = error.message; }); // 'exit' follows
    thread.worker.on('exit', (code) => {
      for (const [id, call] of pending) {
        if (call.thread !== thread) continue;
        pending.delete(id);
        call.reject(new Error(`the search thread stopped (exit code ${code}${lastFailure ? `: ${lastFailure}` : ''})`));
      }
      const i = pool.indexOf(thread);
      if (i < 0 || closing) return;
      if (thread.answered) pool[i] = start();
      else pool.splice(i, 1);
    });
    return thread;
  };
  let started = false;
  const startAll = () => {
    if (started || closing) return;
    started = true;
    for (let i = 0; i < Math.max(1, threads); i++) pool.push(start());
  };

  return {
    start: startAll,
    search(input, audience) {
      if (closing) return Promise.reject(new Error('the search threads are closed'));
      startAll();
      if (pool.length === 0) return Promise.reject(new Error(`no search thread could start${lastFailure ? `: ${lastFailure}` : ''}`));
      const thread = pool.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = nextId++;
      thread.busy++;
      return new Promise<SearchResponse>((resolve, reject) => {
        pending.set(id, { resolve, reject, thread });
        thread.worker.postMessage({ id, input, audience } satisfies SearchRequest);
      });
    },
    async close() {
      closing = true;
      await Promise.all(pool.map((t) => t.worker.terminate()));
    },
  };
}
