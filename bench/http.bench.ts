/**
 * HTTP throughput of kbdesk's main requests as a ratio to a bare Hono route returning constant JSON,
 * measured in the same run against 127.0.0.1 (the machines are shared and noisy: only ratios count),
 * plus POST /v1/match throughput in MB/s on a generated log, next to the in-process matcher on the
 * same server's articles. The server runs in this process; autocannon runs in a child process so it
 * does not share our event loop.
 */
import { get } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { startServer } from '../node/server.ts';
import { openDatabase } from '../node/database.ts';
import { createServices } from '../kb/services/index.ts';
import { cannon, uniquePath, type CannonOptions } from './cannon.ts';
import { generateWindowsUpdateLog } from './synthetic.ts';
import { NO_RATE_LIMITS } from './serve-child.ts';
import { median, mib, round, since } from './stats.ts';

export interface HttpRow {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p99: number;
  /** Median over the rounds of this target's req/s over the bare route's measured right after it. */
  ratio: number;
  /** CPU time this process (both servers, their threads) spent per answered request. */
  cpuUs: number;
  /** The bare route's CPU per request over this target's, same rounds: how much of the server's own work is overhead. */
  cpuRatio: number;
  errors: number;
}

export interface HttpMatchResult {
  logMB: number;
  connections: number;
  rps: number;
  httpMBps: number;
  p50: number;
  p99: number;
  errors: number;
  /** The same log through services.match in this process, over the same database. */
  inProcessMBps: number;
}


/** Seconds of each target run and of each bare run after it. */
export const DURATION = Number(process.env.BENCH_SECONDS ?? (process.env.BENCH_QUICK ? 1 : 2));
/** Target and bare route alternate this many times: on a shared machine a single pair can be off by ±15%. */
export const ROUNDS = 3;

interface CannonResult { rps: number; p50: number; p99: number; errors: number; cpuUs: number }

/** One autocannon run, with the CPU time this process (the servers under test) spent per answered request. */
async function autocannon(url: string, opts: CannonOptions = {}): Promise<CannonResult> {
  const cpu = process.cpuUsage();
  const run = await cannon(url, { seconds: DURATION, ...opts });
  const { user, system } = process.cpuUsage(cpu);
  return { rps: run.rps, p50: run.p50, p99: run.p99, errors: run.errors, cpuUs: (user + system) / Math.max(1, run.total) };
}

export interface HttpTarget {
  name: string;
  path: string;
  /** A fresh `_=<n>` on every request, so the response cache cannot answer and the route does its work. */
  unique?: boolean;
  /** Request headers, e.g. `Accept-Encoding: gzip` as browsers and HTTP libraries send it. */
  headers?: Record<string, string>;
  /**
   * Not kbdesk: the bare Hono server replaying, as a constant, the bytes and headers kbdesk sent
   * for this path and these headers. The ceiling for an answer of that size on this machine.
   */
  replay?: boolean;
}

interface Captured { status: number; headers: Record<string, string>; body: Buffer }

/** One raw response (no decompression), to replay from the bare server. */
function capture(url: string, headers: Record<string, string> = {}): Promise<Captured> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const kept = Object.fromEntries(Object.entries(res.headers)
          .filter(([name]) => !['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name))
          .map(([name, value]) => [name, String(value)]));
        resolve({ status: res.statusCode ?? 0, headers: kept, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

/** Medians of each figure over several runs; errors summed. */
function medianRun(runs: CannonResult[]) {
  return {
    rps: median(runs.map((r) => r.rps)), p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)),
    cpuUs: median(runs.map((r) => r.cpuUs)), errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}

export async function runHttpBench(targets: HttpTarget[] = DEFAULT_TARGETS, matchLogMB = 4): Promise<{ rows: HttpRow[]; match: HttpMatchResult }> {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-bench-'));
  const server = await startServer({ port: 0, hostname: '127.0.0.1', env: { KB_DATABASE: join(dir, 'kb.sqlite'), KB_ACCESS_LOG: 'off', ...NO_RATE_LIMITS } });
  const bare = new Hono().get('/bare', (c) => c.json({ status: 'ok', constant: true }));
  const replayPath = (i: number) => `/bare/replay/${i}`;
  for (const [i, t] of targets.entries()) {
    if (!t.replay) continue;
    const { status, headers, body } = await capture(server.url + t.path, t.headers);
    const bytes = new Uint8Array(body);
    bare.get(replayPath(i), () => new Response(bytes, { status, headers }));
  }
  const bareServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const barePort = (bareServer.address() as { port: number }).port;
  try {
    const bareUrl = `http://127.0.0.1:${barePort}/bare`;
    await autocannon(`${server.url}/healthz`, { seconds: 1 }); // warm-up: JIT and SQLite page cache
    await autocannon(bareUrl, { seconds: 1 });
    // The machines are shared: each target alternates with the baseline, and its ratios are the
    // median over the rounds of its run against the baseline run right after it.
    const bares: CannonResult[] = [];
    const rows: HttpRow[] = [];
    for (const [i, t] of targets.entries()) {
      const url = t.replay ? `http://127.0.0.1:${barePort}${replayPath(i)}` : server.url + t.path;
      await autocannon(url, { seconds: 1, unique: t.unique, headers: t.headers }); // this route's own warm-up
      const runs: CannonResult[] = [];
      const pairs: { ratio: number; cpuRatio: number }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const run = await autocannon(url, { unique: t.unique, headers: t.headers });
        const base = await autocannon(bareUrl);
        runs.push(run);
        bares.push(base);
        pairs.push({ ratio: run.rps / base.rps, cpuRatio: base.cpuUs / run.cpuUs });
      }
      const path = t.replay ? `${replayPath(i)} (${t.path})` : t.unique ? uniquePath(t.path, '<n>') : t.path;
      rows.push({ name: t.name, path, ...medianRun(runs), ratio: median(pairs.map((p) => p.ratio)), cpuRatio: median(pairs.map((p) => p.cpuRatio)) });
    }
    rows.unshift({ name: `bare Hono (baseline, median of ${bares.length})`, path: '/bare', ...medianRun(bares), ratio: 1, cpuRatio: 1 });
    const match = await matchOverHttp(server.url, server.file, dir, matchLogMB);
    return { rows, match };
  } finally {
    bareServer.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** POST /v1/match with a raw WindowsUpdate.log body; MB/s = requests/s × body size. */
async function matchOverHttp(url: string, dbFile: string, dir: string, logMB: number): Promise<HttpMatchResult> {
  const log = generateWindowsUpdateLog(logMB << 20, 3);
  const body = join(dir, 'WindowsUpdate.log');
  writeFileSync(body, log);
  const connections = 2; // two cores: more connections only queue behind the matcher
  const r = await autocannon(`${url}/v1/match?name=WindowsUpdate.log`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, bodyFile: body, timeout: 60, connections, unique: true });
  const db = openDatabase(dbFile);
  try {
    const services = createServices(db);
    await services.match.match([{ name: 'WindowsUpdate.log', content: log }]); // warm-up, builds the matcher
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await services.match.match([{ name: 'WindowsUpdate.log', content: log }]);
      runs.push(since(started));
    }
    const logMBs = mib(log.byteLength);
    return {
      logMB: round(logMBs), connections, rps: round(r.rps, 2), httpMBps: round(r.rps * logMBs), p50: r.p50, p99: r.p99, errors: r.errors,
      inProcessMBps: round(logMBs / (median(runs) / 1000)),
    };
  } finally {
    db.close();
  }
}

/**
 * Each GET twice where a response cache could answer it: the same URL again and again (what a
 * busy help desk repeating popular requests sees) and a unique URL per request (the route's own work).
 * Searches are never answered from the cache (each has its own searchId and is recorded), so once.
 */
const GZIP = { 'Accept-Encoding': 'gzip' };
const ARTICLE = '/v1/articles/KB954960?locale=en-US';

export const DEFAULT_TARGETS: HttpTarget[] = [
  { name: 'GET article (json), same URL', path: ARTICLE },
  { name: 'ceiling: bare Hono replaying those article bytes and headers', path: ARTICLE, replay: true },
  { name: 'GET article (json), same URL, Accept-Encoding: gzip', path: ARTICLE, headers: GZIP },
  { name: 'ceiling: bare Hono replaying those gzip bytes and headers', path: ARTICLE, headers: GZIP, replay: true },
  { name: 'GET article (json), unique URL', path: ARTICLE, unique: true },
  { name: 'GET error code, same URL', path: '/v1/errors/0x8024400E' },
  { name: 'ceiling: bare Hono replaying those error-code bytes and headers', path: '/v1/errors/0x8024400E', replay: true },
  { name: 'GET error code, unique URL', path: '/v1/errors/0x8024400E', unique: true },
  { name: 'GET product, unique URL', path: '/v1/products/wsus', unique: true },
  { name: 'GET search (English words), unique URL', path: '/v1/search?q=approvals%20office%202003&locale=en', unique: true },
  { name: 'GET search (Polish, no diacritics), unique URL', path: '/v1/search?q=komputery%20nie%20odbieraja%20aktualizacji&locale=pl', unique: true },
  { name: 'GET search (error code, all locales), unique URL', path: '/v1/search?q=0x8024400E', unique: true },
];

export function httpTable(rows: HttpRow[]): string {
  const lines = ['| request | req/s | p50 ms | p99 ms | ratio to bare | server CPU µs/request | CPU ratio to bare | errors |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.name} \`${r.path}\` | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.ratio.toFixed(2)} | ${r.cpuUs.toFixed(1)} | ${r.cpuRatio.toFixed(2)} | ${r.errors} |`);
  return lines.join('\n');
}

export function httpMatchTable(m: HttpMatchResult): string {
  return ['| log MB | connections | req/s | HTTP MB/s | p50 ms | p99 ms | errors | in-process MB/s (same articles) |', '|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${m.logMB} | ${m.connections} | ${m.rps} | ${m.httpMBps} | ${m.p50} | ${m.p99} | ${m.errors} | ${m.inProcessMBps} |`].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, match } = await runHttpBench();
  console.log(`${httpTable(rows)}\n\n${httpMatchTable(match)}`);
}
