/**
 * `npm run soak [-- --seconds 60 --rate 40] [--worker]`: mixed traffic (article GETs, error codes,
 * search, match, chat, products) at a fixed rate against `kbdesk serve` started on 127.0.0.1 with a
 * fresh database, or with `--worker` against the Worker (the deploy bundle in workerd over a local
 * D1, bench/worker-child.ts). Passes when no request failed (no 5xx, no network error, no
 * unexpected status) and memory stayed flat: the server's RSS, or the Worker isolate's live JS
 * heap (workerd's RSS under Miniflare is mostly the local runtime's). After warm-up, the median of
 * the last third of the samples may exceed the median of the first third by at most 30%. Prints a
 * summary table; exit code 1 on failure.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateWindowsUpdateLog } from '../bench/synthetic.ts';
import { rssOf } from '../bench/process-stats.ts';
import { startServeChild } from '../bench/serve-child.ts';
import { startWorkerChild } from '../bench/worker-child.ts';
import { median, mib, quantile, round } from '../bench/stats.ts';
import { ROOT } from '../node/paths.ts';

export interface SoakOptions {
  seconds: number;
  /** Requests started per second, whatever the answers' latency (open loop). */
  rate: number;
  /** Seconds at the start whose memory samples are not compared (JIT, caches, the matcher build). */
  warmupSeconds: number;
  /** Allowed growth of the memory median, last third against first third. */
  maxRssGrowth: number;
  /** Requests in flight beyond this mean the server cannot keep up: each one counts as a failure. */
  maxInFlight: number;
  /** The server under load: `kbdesk serve` (default) or the Worker in workerd. */
  target?: 'node' | 'worker';
  log?: (line: string) => void;
}

interface Request {
  kind: string;
  path: string;
  init?: RequestInit;
  /** Statuses that are a correct answer (404 for a missing article is one). */
  ok: number[];
}

export interface KindStats { kind: string; sent: number; ok: number; failed: number; p50: number; p99: number; max: number }

export interface SoakReport {
  options: SoakOptions;
  kinds: KindStats[];
  failures: string[];
  /** What was sampled: the server's RSS, or the Worker isolate's JS heap. */
  memory: { what: string; samples: number; firstThirdMB: number; lastThirdMB: number; growth: number; maxMB: number };
  passed: boolean;
}

const LOGS = readdirSync(join(ROOT, 'test/fixtures/logs')).map((name) => ({ name, content: readFileSync(join(ROOT, 'test/fixtures/logs', name), 'utf8') }));
const BIG_LOG = new TextDecoder().decode(generateWindowsUpdateLog(256 << 10, 11));
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** The traffic mix: each entry is picked with its weight. */
const MIX: { weight: number; make: (i: number) => Request }[] = [
  { weight: 20, make: (i) => ({ kind: 'article', path: `/v1/articles/${['KB954960', '954960', 'kb900001', 'KB900003', 'KB900007'][i % 5]}?locale=${['en-US', 'pl', 'pl-PL'][i % 3]}${i % 7 === 0 ? '&format=html' : ''}`, ok: [200] }) },
  { weight: 3, make: (i) => ({ kind: 'article 404', path: `/v1/articles/KB${1000 + (i % 50)}`, ok: [404] }) },
  { weight: 5, make: (i) => ({ kind: 'articles list', path: `/v1/articles?limit=${5 + (i % 15)}${i % 2 ? '&product=wsus' : ''}`, ok: [200] }) },
  { weight: 12, make: (i) => ({ kind: 'error code', path: `/v1/errors/${encodeURIComponent(['0x8024400E', '8024400e', '-2145107954', 'WU_E_PT_SOAP_SERVER', '0x80244010', '[80072EE2]'][i % 6]!)}${i % 2 ? '?locale=pl' : ''}`, ok: [200] }) },
  { weight: 2, make: (i) => ({ kind: 'error code 400', path: `/v1/errors/${['0x', 'nonsense', '123456789012'][i % 3]}`, ok: [400] }) },
  { weight: 20, make: (i) => ({ kind: 'search', path: `/v1/search?q=${encodeURIComponent(['komputery nie odbieraja aktualizacji', 'approvals office 2003', '0x8024400E', 'D359F493-0AAD-43FA-AF5C-6763326CD98F', '"Item has already been added"', 'wsus serwerze', 'proxy 407', 'synchronizacja nie powiodla sie', 'detetcion faild'][i % 9]!)}${['', '&locale=pl', '&locale=en&limit=5'][i % 3]}`, ok: [200] }) },
  { weight: 4, make: () => ({ kind: 'products', path: '/v1/products', ok: [200] }) },
  { weight: 8, make: (i) => {
    const log = LOGS[i % LOGS.length]!;
    return { kind: 'match', path: '/v1/match', init: json({ logs: [{ name: log.name, content: log.content }] }), ok: [200] };
  } },
  { weight: 2, make: () => ({ kind: 'match 256 KB', path: '/v1/match?name=WindowsUpdate.log', init: { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: BIG_LOG }, ok: [200] }) },
  { weight: 10, make: (i) => ({ kind: 'chat', path: '/v1/chat', ok: [200], init: json({ messages: [
    [{ role: 'user', content: 'Klienci WSUS zgłaszają błąd 0x8024400E' }],
    [{ role: 'user', content: 'Some computers do not receive updates from WSUS, error 0x8024400E' }, { role: 'assistant', content: 'Which WSUS version?' }, { role: 'user', content: 'WSUS 3.0 SP1' }],
    [{ role: 'user', content: `Here is my log:\n${LOGS[i % LOGS.length]!.content.slice(0, 4000)}` }],
    [{ role: 'user', content: 'how do I make coffee' }],
  ][i % 4] }) }) },
];
const TOTAL_WEIGHT = MIX.reduce((n, m) => n + m.weight, 0);

function pick(i: number): Request {
  // A fixed, well-spread sequence: the same run every time, every kind from the first second on.
  let r = (i * 7919) % TOTAL_WEIGHT;
  for (const m of MIX) {
    if (r < m.weight) return m.make(i);
    r -= m.weight;
  }
  return MIX[0]!.make(i);
}

interface Target {
  url: string;
  pid: number;
  /** What memory is sampled, and a reading of it in bytes (undefined when none could be taken). */
  memory: { what: string; read(): Promise<number | undefined> };
  /** Stops the server, and removes the database it was given. */
  stop(): Promise<void>;
}

async function startTarget(target: SoakOptions['target']): Promise<Target> {
  if (target === 'worker') {
    const worker = await startWorkerChild();
    return { ...worker, memory: { what: 'Worker isolate heap (live)', read: () => worker.heapLive().catch(() => undefined) } };
  }
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-soak-'));
  const server = await startServeChild({ KB_DATABASE: join(dir, 'kb.sqlite') });
  return {
    url: server.url, pid: server.pid, memory: { what: 'server RSS', read: async () => rssOf(server.pid) },
    stop: async () => { await server.stop(); rmSync(dir, { recursive: true, force: true }); },
  };
}

export async function runSoak(opts: SoakOptions): Promise<SoakReport> {
  const log = opts.log ?? (() => {});
  const server = await startTarget(opts.target);
  log(`soak: ${server.url} (pid ${server.pid}), ${opts.rate} req/s for ${opts.seconds} s`);
  const times = new Map<string, number[]>();
  const counts = new Map<string, { sent: number; ok: number; failed: number }>();
  const failures: string[] = [];
  const samples: { t: number; bytes: number }[] = [];
  const { what } = server.memory;
  let inFlight = 0;
  const pending = new Set<Promise<void>>();
  const fail = (kind: string, why: string) => {
    counts.get(kind)!.failed++;
    if (failures.length < 50) failures.push(`${kind}: ${why}`);
  };
  const send = async (req: Request) => {
    const c = counts.get(req.kind) ?? { sent: 0, ok: 0, failed: 0 };
    counts.set(req.kind, c);
    c.sent++;
    if (inFlight >= opts.maxInFlight) return fail(req.kind, `more than ${opts.maxInFlight} requests in flight: the server cannot keep up`);
    inFlight++;
    const started = performance.now();
    try {
      const res = await fetch(server.url + req.path, { ...req.init, signal: AbortSignal.timeout(30_000) });
      await res.arrayBuffer();
      const ms = performance.now() - started;
      (times.get(req.kind) ?? times.set(req.kind, []).get(req.kind)!).push(ms);
      if (req.ok.includes(res.status)) c.ok++;
      else fail(req.kind, `${res.status} for ${req.init?.method ?? 'GET'} ${req.path.slice(0, 100)}`);
    } catch (err) {
      fail(req.kind, `${(err as Error).name}: ${(err as Error).message} for ${req.path.slice(0, 100)}`);
    } finally {
      inFlight--;
    }
  };
  const began = performance.now();
  const sampler = setInterval(() => {
    const t = (performance.now() - began) / 1000;
    void server.memory.read().then((bytes) => { if (bytes !== undefined) samples.push({ t, bytes }); });
  }, 500);
  const progress = setInterval(() => log(`soak: ${Math.round((performance.now() - began) / 1000)} s, ${[...counts.values()].reduce((n, c) => n + c.sent, 0)} sent, ${failures.length} failed, ${what} ${round(mib(samples.at(-1)?.bytes ?? 0))} MB`), 10_000);
  try {
    const total = Math.round(opts.seconds * opts.rate);
    for (let i = 0; i < total; i++) {
      // Open loop: request i starts at i / rate seconds, however long the earlier ones take.
      const due = began + (i * 1000) / opts.rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const p = send(pick(i)).finally(() => pending.delete(p));
      pending.add(p);
    }
    await Promise.all(pending);
  } finally {
    clearInterval(sampler);
    clearInterval(progress);
    await server.stop();
  }
  const kinds = [...counts].map(([kind, c]) => {
    const t = times.get(kind) ?? [];
    return { kind, ...c, p50: round(quantile(t, 0.5)), p99: round(quantile(t, 0.99)), max: round(t.length ? Math.max(...t) : NaN) };
  }).sort((a, b) => b.sent - a.sent);
  samples.sort((a, b) => a.t - b.t); // the Worker's heap is read asynchronously
  const measured = samples.filter((s) => s.t >= opts.warmupSeconds).map((s) => s.bytes);
  const third = Math.floor(measured.length / 3);
  const first = median(measured.slice(0, third)), last = median(measured.slice(-third));
  const growth = last / first - 1;
  const memoryReport = { what, samples: measured.length, firstThirdMB: round(mib(first)), lastThirdMB: round(mib(last)), growth: round(growth * 100), maxMB: round(mib(Math.max(...samples.map((s) => s.bytes)))) };
  const flat = third > 0 && Number.isFinite(growth) && growth <= opts.maxRssGrowth;
  if (!flat) failures.push(third > 0 ? `${what} grew ${round(growth * 100)}% (last third ${memoryReport.lastThirdMB} MB vs first third ${memoryReport.firstThirdMB} MB), over ${opts.maxRssGrowth * 100}%` : `too few ${what} samples after warm-up`);
  return { options: opts, kinds, failures, memory: memoryReport, passed: failures.length === 0 };
}

export function formatSoak(r: SoakReport): string {
  const sent = r.kinds.reduce((n, k) => n + k.sent, 0);
  const failed = r.kinds.reduce((n, k) => n + k.failed, 0);
  return [
    `| request | sent | ok | failed | p50 ms | p99 ms | max ms |`, '|---|---:|---:|---:|---:|---:|---:|',
    ...r.kinds.map((k) => `| ${k.kind} | ${k.sent} | ${k.ok} | ${k.failed} | ${k.p50} | ${k.p99} | ${k.max} |`),
    `| **all** | ${sent} | ${sent - failed} | ${failed} | | | |`,
    '',
    `| ${r.memory.what} | first third (after ${round(r.options.warmupSeconds)} s warm-up) | last third | growth | max | samples |`, '|---|---:|---:|---:|---:|---:|',
    `| MB | ${r.memory.firstThirdMB} | ${r.memory.lastThirdMB} | ${r.memory.growth}% (limit ${r.options.maxRssGrowth * 100}%) | ${r.memory.maxMB} | ${r.memory.samples} |`,
    '',
    r.passed ? `PASS: ${sent} requests at ${r.options.rate}/s for ${r.options.seconds} s, none failed, memory flat.` : `FAIL:\n${r.failures.map((f) => `- ${f}`).join('\n')}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: {
    seconds: { type: 'string', default: '60' }, rate: { type: 'string', default: '40' },
    warmup: { type: 'string' }, 'max-rss-growth': { type: 'string', default: '30' }, 'max-in-flight': { type: 'string', default: '200' },
    worker: { type: 'boolean', default: false },
  } });
  const seconds = Number(values.seconds);
  if (!(seconds > 0) || !(Number(values.rate) > 0)) {
    console.error('usage: npm run soak -- [--seconds 60] [--rate 40] [--warmup S] [--max-rss-growth 30] [--max-in-flight 200] [--worker]');
    process.exit(2);
  }
  const report = await runSoak({
    seconds, rate: Number(values.rate), warmupSeconds: Number(values.warmup ?? Math.min(10, seconds / 6)),
    maxRssGrowth: Number(values['max-rss-growth']) / 100, maxInFlight: Number(values['max-in-flight']), target: values.worker ? 'worker' : 'node', log: (l) => console.error(l),
  });
  console.log(formatSoak(report));
  process.exitCode = report.passed ? 0 : 1;
}
