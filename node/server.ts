import { availableParallelism } from 'node:os';
import { createServer } from 'node:http';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from '../api/app.ts';
import { cachingListener } from './cached-answers.ts';
import { bootstrap } from './bootstrap.ts';
import { SERVING_BUSY_TIMEOUT_MS } from './database.ts';
import { configFromEnv } from '../api/config.ts';
import { BadRequestError } from '../kb/errors.ts';

/** KB_SEARCH_THREADS: searches run on this many worker threads (default one per core; 0: in the server's thread). */
export function searchThreadsFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.KB_SEARCH_THREADS?.trim();
  if (!raw) return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new BadRequestError(`KB_SEARCH_THREADS must be a whole number from 0 to 64, not "${raw.slice(0, 20)}"`);
  return n;
}

/** Starts the HTTP server; resolves once it listens. `port: 0` picks a free port. */
export async function startServer(opts: { port?: number; hostname?: string; env?: NodeJS.ProcessEnv } = {}) {
  const env = opts.env ?? process.env;
  const { services, file, close } = await bootstrap(env, console.error, { busyTimeoutMs: SERVING_BUSY_TIMEOUT_MS, searchThreads: searchThreadsFromEnv(env) });
  const log = env.KB_ACCESS_LOG === 'off' ? undefined : (entry: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(entry)}\n`);
  const app = createApp(services, configFromEnv(env), { log, clientKey: (c) => getConnInfo(c).remote.address ?? 'unknown', compress: true });
  const port = opts.port ?? Number(env.PORT || 8787);
  const hostname = opts.hostname ?? env.HOST ?? '0.0.0.0';
  const server = createServer(cachingListener(app, hostname));
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: boundPort,
    url: `http://127.0.0.1:${boundPort}`,
    file,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await close();
    },
  };
}
