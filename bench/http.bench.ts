/**
 * HTTP throughput of kbdesk's main GETs as a ratio to a bare Hono route returning constant JSON,
 * measured in the same run against 127.0.0.1 (the machines are shared and noisy: only ratios count).
 * The server runs in this process; autocannon runs in a child process so it does not share our event loop.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { startServer } from '../node/server.ts';
import { ROOT } from '../node/paths.ts';

export interface HttpRow {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  ratio: number;
  errors: number;
}

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 16;

// Asynchronous on purpose: the servers under test live on this process's event loop.
async function autocannon(url: string): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const bin = join(ROOT, 'node_modules/autocannon/autocannon.js');
  const run = await promisify(execFile)(process.execPath, [bin, '-c', String(CONNECTIONS), '-d', String(DURATION), '-j', url], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out = JSON.parse(run.stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number };
  return { rps: out.requests.average, p50: out.latency.p50, p99: out.latency.p99, errors: out.errors + out.non2xx };
}

export async function runHttpBench(targets: { name: string; path: string }[] = DEFAULT_TARGETS): Promise<HttpRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-bench-'));
  const server = await startServer({ port: 0, hostname: '127.0.0.1', env: { KB_DATABASE: join(dir, 'kb.sqlite'), KB_ACCESS_LOG: 'off' } });
  const bare = new Hono().get('/bare', (c) => c.json({ status: 'ok', constant: true }));
  const bareServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const barePort = (bareServer.address() as { port: number }).port;
  try {
    await autocannon(`${server.url}/healthz`); // warm-up: JIT and SQLite page cache
    const baseline = await autocannon(`http://127.0.0.1:${barePort}/bare`);
    const rows: HttpRow[] = [{ name: 'bare Hono (baseline)', path: '/bare', ...baseline, ratio: 1 }];
    for (const t of targets) {
      const r = await autocannon(server.url + t.path);
      rows.push({ name: t.name, path: t.path, ...r, ratio: r.rps / baseline.rps });
    }
    return rows;
  } finally {
    bareServer.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const DEFAULT_TARGETS = [
  { name: 'GET article (json)', path: '/v1/articles/KB954960?locale=en-US' },
  { name: 'GET error code', path: '/v1/errors/0x8024400E' },
  { name: 'GET product', path: '/v1/products/wsus' },
];

export function httpTable(rows: HttpRow[]): string {
  const lines = ['| request | req/s | p50 ms | p99 ms | ratio to bare | errors |', '|---|---:|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.name} \`${r.path}\` | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.ratio.toFixed(2)} | ${r.errors} |`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(httpTable(await runHttpBench()));
}
