/**
 * The Worker beside the Node server, same requests, same machine. The Worker is the deploy
 * bundle in Miniflare over a local D1 (bench/worker-child.ts); Node is `kbdesk serve` on a fresh
 * SQLite file; both hold the bundled articles. For each request: latency one request at a time,
 * then throughput through bench/cannon.ts, the two servers alternating, with the CPU time of each
 * server process per answered request. Then synthetic article-locales written into both through
 * `PUT /v1/articles/{id}/{locale}`, and the scale bench's searches over them.
 * Run: npx tsx bench/worker.bench.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../node/paths.ts';
import { cannon, uniquePath, type CannonOptions } from './cannon.ts';
import { processCpuMs } from './process-stats.ts';
import { startServeChild } from './serve-child.ts';
import { median, quantile, round, since } from './stats.ts';
import { SEARCH_LOCALES, searchQueries, syntheticArticleFiles } from './synthetic.ts';
import { putArticles, startWorkerChild, WORKER_ADMIN_TOKEN, type WorkerChild } from './worker-child.ts';

export interface WorkerTarget {
  name: string;
  path: string;
  /** A fresh `_=<n>` on every request, so no response cache answers it. */
  unique?: boolean;
  /** A JSON body to POST. */
  post?: unknown;
}

interface Side { p50: number; p95: number; rps: number; cpuUs: number; errors: number }

export interface WorkerRow {
  name: string;
  path: string;
  node: Side;
  worker: Side;
}

interface ScaleSide {
  /** Article-locales written per second through PUT, one request at a time. */
  putRate: number;
  searchP50: number;
  searchP95: number;
}

export interface WorkerBench {
  rows: WorkerRow[];
  /** To the first 200 from /healthz with the bundled articles loaded, each on a fresh database. */
  nodeReadyMs: number;
  workerReadyMs: number;
  /** Bundled article-locales the Worker was given through PUT before ready. */
  workerBundled: number;
  /** `wrangler deploy --dry-run`: bundling the Worker. */
  workerBuildMs: number;
  rounds: number;
  seconds: number;
  /** Requests sent one at a time per target and server, for the latencies. */
  calls: number;
  scale: { count: number; searches: number; node: ScaleSide; worker: ScaleSide };
}

const LOG = readFileSync(join(ROOT, 'test/fixtures/logs/windowsupdate-legacy-kb954960.log'), 'utf8');

export const WORKER_TARGETS: WorkerTarget[] = [
  { name: 'GET article, same URL', path: '/v1/articles/KB954960?locale=en-US' },
  { name: 'GET article, unique URL', path: '/v1/articles/KB954960?locale=en-US', unique: true },
  { name: 'GET error code, unique URL', path: '/v1/errors/0x8024400E', unique: true },
  { name: 'GET search (English words), unique URL', path: '/v1/search?q=approvals%20office%202003&locale=en', unique: true },
  { name: 'GET search (Polish, no diacritics), unique URL', path: '/v1/search?q=komputery%20nie%20odbieraja%20aktualizacji&locale=pl', unique: true },
  { name: `POST /v1/match (${Math.round(LOG.length / 1024)} KB WindowsUpdate.log)`, path: '/v1/match', post: { logs: [{ name: 'WindowsUpdate.log', content: LOG }] } },
  { name: 'POST /v1/chat (Polish, an error code)', path: '/v1/chat', post: { messages: [{ role: 'user', content: 'Klienci WSUS zgłaszają błąd 0x8024400E' }] } },
  { name: 'POST /v1/chat (English, no code)', path: '/v1/chat', post: { messages: [{ role: 'user', content: 'Some computers do not receive updates from the WSUS server' }] } },
];

/** The POST of a target as both fetch and autocannon take it; undefined for a GET. */
function postOf(t: WorkerTarget): { method: string; headers: Record<string, string>; body: string } | undefined {
  return t.post === undefined ? undefined : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(t.post) };
}

/** Milliseconds of `calls` requests sent one after another (after a warm-up), and how many were not 200. */
async function latencies(base: string, t: WorkerTarget, calls: number): Promise<{ ms: number[]; errors: number }> {
  const ms: number[] = [];
  let errors = 0;
  for (let i = -10; i < calls; i++) {
    const url = base + (t.unique ? uniquePath(t.path, `lat${i}`) : t.path);
    const started = performance.now();
    const res = await fetch(url, postOf(t));
    await res.arrayBuffer();
    if (i < 0) continue;
    ms.push(since(started));
    if (res.status !== 200) errors++;
  }
  return { ms, errors };
}

/** One throughput run against `base`, with the CPU the server process spent per answered request. */
async function throughput(base: string, pid: number, t: WorkerTarget, seconds: number) {
  const opts: CannonOptions & { seconds: number } = { seconds, unique: t.unique, ...postOf(t) };
  const cpu = processCpuMs(pid);
  const r = await cannon(`${base}${t.path}`, opts);
  return { ...r, cpuUs: ((processCpuMs(pid) - cpu) * 1000) / Math.max(1, r.total) };
}

/** The scale bench's query mix over HTTP, with its locale filters: one warm-up round, one timed. */
async function searchTimes(base: string): Promise<number[]> {
  const urls = searchQueries().flatMap((q) => SEARCH_LOCALES.map((l) => `${base}/v1/search?q=${encodeURIComponent(q)}${l ? `&locale=${l}` : ''}`));
  const ms: number[] = [];
  for (const timed of [false, true]) {
    for (const url of urls) {
      const started = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
      if (timed) ms.push(since(started));
    }
  }
  return ms;
}

export async function runWorkerBench({ rounds = 3, seconds = 2, calls = 100, count = 1000, targets = WORKER_TARGETS } = {}): Promise<WorkerBench> {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-bench-worker-'));
  const node = await startServeChild({ KB_DATABASE: join(dir, 'kb.sqlite'), KB_ADMIN_TOKEN: WORKER_ADMIN_TOKEN });
  let worker: WorkerChild | undefined;
  try {
    worker = await startWorkerChild();
    const servers = { node: { url: node.url, pid: node.pid }, worker: { url: worker.url, pid: worker.pid } };
    const sides = ['node', 'worker'] as const;
    const rows: WorkerRow[] = [];
    for (const t of targets) {
      const row = {} as Record<'node' | 'worker', Side>;
      const runs = { node: [] as Awaited<ReturnType<typeof throughput>>[], worker: [] as Awaited<ReturnType<typeof throughput>>[] };
      for (const side of sides) {
        const { ms, errors } = await latencies(servers[side].url, t, calls);
        row[side] = { p50: round(quantile(ms, 0.5), 2), p95: round(quantile(ms, 0.95), 2), rps: 0, cpuUs: 0, errors };
      }
      // Alternated: the machine is shared, and a single run can be off by 15%.
      for (let i = 0; i < rounds; i++) {
        for (const side of sides) runs[side].push(await throughput(servers[side].url, servers[side].pid, t, seconds));
      }
      for (const side of sides) {
        row[side].rps = Math.round(median(runs[side].map((r) => r.rps)));
        row[side].cpuUs = Math.round(median(runs[side].map((r) => r.cpuUs)));
        row[side].errors += runs[side].reduce((n, r) => n + r.errors, 0);
      }
      rows.push({ name: t.name, path: t.unique ? uniquePath(t.path, '<n>') : t.path, ...row });
    }
    const files = syntheticArticleFiles(count);
    const scale = { count, searches: 0 } as WorkerBench['scale'];
    for (const side of sides) {
      const putSeconds = await putArticles(servers[side].url, files);
      const ms = await searchTimes(servers[side].url);
      scale.searches = ms.length;
      scale[side] = { putRate: Math.round(count / putSeconds), searchP50: round(quantile(ms, 0.5), 2), searchP95: round(quantile(ms, 0.95), 2) };
    }
    return { rows, nodeReadyMs: Math.round(node.readyMs), workerReadyMs: Math.round(worker.readyMs), workerBundled: worker.bundled, workerBuildMs: Math.round(worker.buildMs), rounds, seconds, calls, scale };
  } finally {
    await worker?.stop();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function workerTable(b: WorkerBench): string {
  const lines = [
    '| request | Node p50 / p95 ms | Worker p50 / p95 ms | Node req/s | Worker req/s | Worker / Node req/s | Node CPU µs/request | Worker CPU µs/request | errors (Node / Worker) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of b.rows) {
    lines.push(`| ${r.name} \`${r.path}\` | ${r.node.p50} / ${r.node.p95} | ${r.worker.p50} / ${r.worker.p95} | ${r.node.rps} | ${r.worker.rps} | ${(r.worker.rps / r.node.rps).toFixed(2)} | ${r.node.cpuUs} | ${r.worker.cpuUs} | ${r.node.errors} / ${r.worker.errors} |`);
  }
  const { count, searches, node, worker } = b.scale;
  lines.push('',
    `With ${count} synthetic article-locales more, written one \`PUT\` at a time: Node ${node.putRate}/s, the Worker ${worker.putRate}/s; `
    + `then ${searches} searches (the scale bench's queries × ${SEARCH_LOCALES.map((l) => l ?? 'all').join(' / ')}) over HTTP: p50 / p95 Node ${node.searchP50} / ${node.searchP95} ms, the Worker ${worker.searchP50} / ${worker.searchP95} ms.`,
    '',
    `Fresh database to the first answer with the bundled articles: Node ${b.nodeReadyMs} ms (spawn, migrate, import), the Worker ${b.workerReadyMs} ms `
    + `(Miniflare start, migrations, ${b.workerBundled} PUTs; building the bundle took ${b.workerBuildMs} ms more).`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(workerTable(await runWorkerBench()));
}
