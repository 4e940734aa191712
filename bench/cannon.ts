/**
 * autocannon against one URL, run in a child process (bench/cannon-child.mjs) so it never shares
 * the event loop of a server under test in this process.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../node/paths.ts';

export interface CannonOptions {
  connections?: number;
  seconds?: number;
  method?: string;
  headers?: Record<string, string>;
  /** A request body, or a file holding it (for bodies too large for a command-line argument). */
  body?: string;
  bodyFile?: string;
  /** Appends `_=<n>` to every request's URL, so no response cache can answer it. */
  unique?: boolean;
  /** Seconds before a request counts as timed out. */
  timeout?: number;
}

export interface CannonRun {
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  errors: number;
  /** Requests answered. */
  total: number;
}

export const CONNECTIONS = 16;

/** `path` with `_=<n>` added, as a `unique` run sends it (no response cache has seen it). */
export function uniquePath(path: string, n: string | number): string {
  return `${path}${path.includes('?') ? '&' : '?'}_=${n}`;
}

// Asynchronous on purpose: a server under test may live on this process's event loop.
export async function cannon(url: string, opts: CannonOptions & { seconds: number }): Promise<CannonRun> {
  const config = { url, connections: opts.connections ?? CONNECTIONS, ...opts };
  const run = await promisify(execFile)(process.execPath, [join(ROOT, 'bench/cannon-child.mjs'), JSON.stringify(config)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const out = JSON.parse(run.stdout) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number; timeouts: number };
  return { rps: out.requests.average, p50: out.latency.p50, p99: out.latency.p99, errors: out.errors + out.non2xx + out.timeouts, total: out.requests.total };
}
