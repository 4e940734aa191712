/**
 * `npm run bench`: every benchmark, printed and written to bench/results/latest.md with a chart in
 * bench/results/latest.png (8–9 minutes here, most of it the 100k import). `BENCH_QUICK=1` for a
 * smaller run (about three minutes, 1 s HTTP runs) written to latest-quick.md/.png;
 * `BENCH_SCALE=1000,10000` to choose the corpus sizes; `BENCH_SECONDS` per HTTP run (each target runs three times, each time followed by the bare route).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../node/paths.ts';
import { renderChart, type Panel } from './chart.ts';
import { CONNECTIONS } from './cannon.ts';
import { DURATION, httpMatchTable, httpTable, ROUNDS, runHttpBench } from './http.bench.ts';
import { formatBenchTable, runMatchBench } from './match.bench.ts';
import { mcpTable, runMcpBench } from './mcp.bench.ts';
import { HEALTH_SECONDS, runScaleBench, scaleTable, tablesTable } from './scale.bench.ts';
import { ceilingTable } from './fts-ceiling.ts';
import { healthTable } from './health-under-search.bench.ts';
import { codeVersion, machine, since } from './stats.ts';
import { runStartupBench, startupTable } from './startup.bench.ts';
import { runWorkerBench, workerTable } from './worker.bench.ts';

const QUICK = Boolean(process.env.BENCH_QUICK);
const SIZES = (process.env.BENCH_SCALE ?? (QUICK ? '1000,5000' : '1000,10000,100000')).split(',').map(Number);
const started = performance.now();
const log = (line: string) => console.error(`[${(since(started) / 1000).toFixed(0)} s] ${line}`);
const host = machine();
const code = codeVersion(ROOT);
const sections = [`# kbdesk benchmarks${QUICK ? ' (BENCH_QUICK)' : ''}\n\n${new Date().toISOString()} on ${host}; code ${code}\n`];

log('HTTP…');
const http = await runHttpBench(undefined, QUICK ? 2 : 4);
sections.push(`## HTTP (autocannon, 127.0.0.1, ${CONNECTIONS} connections, ratio to a bare Hono route in the same run)\n\n`
  + `Each target alternates ${ROUNDS} times with the bare route (${DURATION} s each); its ratio is the median of its run over the bare run right after it. `
  + '"Server CPU" is the CPU time of the process serving both (all its threads) per answered request, and its ratio the bare route\'s over the target\'s: '
  + 'the client shares the two cores, so req/s moves with it, while CPU per request is the server\'s own cost.\n\n'
  + `${httpTable(http.rows)}\n`);
sections.push(`### POST /v1/match over HTTP (raw WindowsUpdate.log body, bundled articles)\n\n${httpMatchTable(http.match)}\n`);

log('matcher…');
const matchMB = QUICK ? 16 : 64;
const match = runMatchBench(matchMB);
sections.push(`## Matcher in process vs ripgrep (${matchMB} MB WindowsUpdate.log, synthetic signatures + KB954960)\n\n${formatBenchTable(match)}\n`);

log('scale…');
const scale = await runScaleBench(SIZES, log);
const keyScans = scale.reduce((n, r) => n + r.ftsKeyScans, 0);
sections.push(`## Scale: synthetic articles through importFiles into a fresh SQLite file, then in-process search\n\n`
  + 'Synthetic article-locales (bench/synthetic.ts, English and Polish, ~3.5 KB each) through the real `importFiles`; above 10,000 in batches of 10,000 files '
  + '(one importFiles call, one transaction each, as in earlier runs), each file parsed ahead on a worker thread as `kbdesk import` does. "check / parse / write" = hashing and comparing with what is stored, before the transaction; waiting for parsed files and building statements, inside it; SQLite running them. "Parsed in place" = the same import with every file parsed on the writing thread, in the same run (sizes up to 10,000), and how many times longer it took. "Unchanged re-import" = the same files through importFiles again, nothing changed (hashed and compared with what is stored, not parsed); "1-file re-import" = importFiles of one changed file into the full database (a directory sync: it reads every stored hash to report files missing on disk); "1-article PUT" = one changed article through the editorial write service. '
  + `Search: ${scale[0]?.queries ?? 0} timed queries per size (English and Polish words, codes, log text, typos; all locales, pl, en-US). `
  + `Chat: ${scale[0]?.chat.turns ?? 0} first turns per size through the assistant in process (questions in both languages and error codes, bench/synthetic.ts \`chatQuestions\`; each searches and may read an article), after a warm-up round; "citing an article" = the share answered from an article rather than "the KB has no answer".`
  + `${keyScans ? ` **The importer deleted FTS rows by key ${keyScans} times: each scans the whole index, so import time is quadratic.**` : ''}\n\n`
  + `${scaleTable(scale)}\n\nSlowest query: ${scale.map((r) => `${r.count}: "${r.slowest}" ${r.max} ms`).join('; ')}. Slowest chat turn: ${scale.map((r) => `${r.count}: "${r.chat.slowest}" ${r.chat.max} ms`).join('; ')}.\n\n${tablesTable(scale)}\n`);
sections.push('## SQLite FTS5 alone: the floor under import and search\n\n'
  + 'The same database, none of kbdesk\'s code (bench/fts-ceiling.ts). Import: its FTS rows copied into a fresh migrated database\'s FTS5 tables in rowid order, one transaction; '
  + 'both indexes, then the word index alone (what dropping substring search would leave). Search: one ranked statement per query and locale, '
  + 'its words as typed and all required, kbdesk\'s BM25 weights and rowid locale filter, LIMIT 10, the same rounds; kbdesk does more per query '
  + '(inflected forms, fallbacks, totals, snippets), and no FTS5-ranked answer does less.\n\n'
  + `${ceilingTable(scale)}\n`);
const health = scale.at(-1)?.health;
if (health) {
  sections.push(`## A slow search and every other request (\`kbdesk serve\` over the ${scale.at(-1)!.count} article-locales database)\n\n`
    + `Two clients send broad searches back to back for ${HEALTH_SECONDS} s while a third asks /healthz every 50 ms; the same server with searches in its own thread, then on its search threads.\n\n`
    + `${healthTable(health)}\n`);
}

log('MCP…');
const mcp = await runMcpBench(QUICK ? 50 : 200);
sections.push(`## MCP tool calls (separate server process, fresh database with the bundled articles)\n\n${mcpTable(mcp)}\n`);

log('Worker…');
const worker = await runWorkerBench(QUICK ? { rounds: 1, seconds: 1, calls: 30, count: 300 } : { seconds: DURATION });
sections.push(`## The Worker beside Node (same machine, same requests, bundled articles)\n\n`
  + 'The Worker is the bundle `wrangler deploy` uploads (`--dry-run`), run by Miniflare in one local workerd process with a local D1 (SQLite in a Durable Object, as D1 is; no network between the Worker and D1 here, which a deployed Worker has). '
  + `Node is \`kbdesk serve\` on a fresh SQLite file. Latency: ${worker.calls} requests one at a time; req/s: ${CONNECTIONS} connections, the two alternating ${worker.rounds === 1 ? "once" : `${worker.rounds} times`} (${worker.seconds} s each), median; CPU: the serving process's (all threads) per answered request.\n\n`
  + `${workerTable(worker)}\n`);

log('cold start…');
const startup = await runStartupBench(QUICK ? 3 : 5);
sections.push(`## Cold start: spawn \`node bin/kbdesk.js serve\` → first 200 from /healthz\n\n${startupTable(startup)}\n`);

// Targets, against the largest corpus measured.
const largest = scale.at(-1)!;
const ratio = (name: string) => http.rows.find((r) => r.name === name)?.ratio ?? NaN;
const cpuRatio = (name: string) => http.rows.find((r) => r.name === name)?.cpuRatio ?? NaN;
const yn = (ok: boolean) => (ok ? 'yes' : '**no**');
const matcher10k = match.at(-1)!;
const targets: [string, string, boolean | string][] = [
  [`search p95 ≤ 10 ms at ${largest.count} article-locales`, `${largest.p95} ms; one bare FTS5 statement per query: ${largest.searchCeiling.p95} ms`, largest.p95 <= 10],
  ['import ≥ 5,000 article-locales/s', `${scale.map((r) => `${r.rate}/s at ${r.count}`).join(', ')}; bare FTS5 inserts of the same rows: ${scale.map((r) => `${r.importCeiling.bothRate}/s`).join(', ')}`,
    Math.min(...scale.map((r) => r.rate)) >= 5000],
  [`match ≥ 100 MB/s (in process, ${matcher10k.signatures} signatures)`, `${matcher10k.matchMBps} MB/s`, matcher10k.matchMBps >= 100],
  ['match ≥ 100 MB/s over HTTP', `${http.match.httpMBps} MB/s`, http.match.httpMBps >= 100],
  ...(['GET article (json)', 'GET error code'] as const).map((name): [string, string, boolean | string] => {
    const same = ratio(`${name}, same URL`), unique = ratio(`${name}, unique URL`);
    const gzip = ratio(`${name}, same URL, Accept-Encoding: gzip`);
    const ceilings = http.rows.filter((r) => r.name.startsWith('ceiling') && r.path.includes(name === 'GET article (json)' ? '/v1/articles/' : '/v1/errors/'));
    const measured = [`${same.toFixed(2)} same URL (response cache; server CPU ratio ${cpuRatio(`${name}, same URL`).toFixed(2)})`, ...(Number.isNaN(gzip) ? [] : [`${gzip.toFixed(2)} same URL with gzip`]),
      `${unique.toFixed(2)} unique URL (route's own work)`, `ceiling for these answers' bytes: ${ceilings.map((r) => r.ratio.toFixed(2)).join(' / ')}`].join('; ');
    return [`${name} ≥ 0.8 of bare Hono`, measured, `same URL ${yn(Math.max(same, Number.isNaN(gzip) ? 0 : gzip) >= 0.8)}, unique ${yn(unique >= 0.8)}`];
  }),
];
sections.splice(1, 0, `## Targets\n\n| target | measured | met |\n|---|---|---|\n${targets.map(([t, m, ok]) => `| ${t} | ${m} | ${typeof ok === 'string' ? ok : yn(ok)} |`).join('\n')}\n`);
sections.push(`Total bench time: ${(since(started) / 1000).toFixed(0)} s. Command: \`${QUICK ? 'BENCH_QUICK=1 ' : ''}npm run bench\`.\n`);

const panels: Panel[] = [
  { title: `HTTP throughput, ratio to bare Hono (median of ${ROUNDS} alternated rounds)`, target: { value: 0.8, higherIsBetter: true, label: 'target ≥ 0.8 for article and error-code GETs' },
    bars: http.rows.slice(1).map((r) => ({ label: r.name, value: r.ratio, text: `${r.ratio.toFixed(2)} (${Math.round(r.rps)} req/s, p99 ${r.p99} ms)` })) },
  { title: 'Log matching MB/s', target: { value: 100, higherIsBetter: true, label: 'target ≥ 100 MB/s' }, log: true,
    bars: [
      ...match.flatMap((m) => [
        { label: `kbdesk matcher, ${m.signatures} signatures`, value: m.matchMBps },
        ...(m.rgMBps ? [{ label: `rg -c -F -f, same ${m.signatures} literals`, value: m.rgMBps, reference: true }] : []),
        ...(m.rgIgnoreCaseMBps ? [{ label: `rg -c -F -i -f, same ${m.signatures} literals`, value: m.rgIgnoreCaseMBps, reference: true }] : []),
      ]),
      { label: `POST /v1/match over HTTP (${http.match.logMB} MB body)`, value: http.match.httpMBps },
      { label: 'same log in process, bundled articles', value: http.match.inProcessMBps },
    ] },
  { title: 'Import article-locales/s (importFiles, fresh SQLite)', target: { value: 5000, higherIsBetter: true, label: 'target ≥ 5,000/s' }, log: true,
    bars: scale.flatMap((r) => [
      { label: `${r.count} article-locales`, value: r.rate, text: `${r.rate}/s (${(r.importMs / 1000).toFixed(1)} s)` },
      { label: `${r.count}: FTS5 inserts alone, both indexes`, value: r.importCeiling.bothRate, reference: true },
    ]) },
  { title: 'Search p95 ms (services.search.search in process)', target: { value: 10, higherIsBetter: false, label: 'target ≤ 10 ms at 100k' }, log: true,
    bars: scale.flatMap((r) => [
      { label: `${r.count} article-locales p50`, value: r.p50, reference: true }, { label: `${r.count} article-locales p95`, value: r.p95 },
      { label: `${r.count}: one bare FTS5 statement p95`, value: r.searchCeiling.p95, reference: true },
    ]) },
  { title: 'Chat first turn ms (the assistant in process)', log: true,
    bars: scale.flatMap((r) => [
      { label: `${r.count} article-locales p50`, value: r.chat.p50, reference: true }, { label: `${r.count} article-locales p95`, value: r.chat.p95 },
    ]) },
  { title: 'Database size and memory (MB)', log: true,
    bars: scale.flatMap((r) => [
      { label: `${r.count}: database file`, value: r.dbMB }, { label: `${r.count}: import peak RSS`, value: r.peakRssMB },
      { label: `${r.count}: serving RSS after searches`, value: r.servingRssMB },
    ]) },
  { title: 'One edit at scale: 1 changed article into the full database (ms)', log: true,
    bars: scale.flatMap((r) => [
      { label: `${r.count}: importFiles of 1 file`, value: r.updateOneMs }, { label: `${r.count}: PUT through the write service`, value: r.putOneMs },
    ]) },
  { title: `The Worker (workerd + local D1) beside Node: req/s, ${CONNECTIONS} connections`, log: true,
    bars: worker.rows.flatMap((r) => [
      { label: `Node: ${r.name}`, value: r.node.rps, reference: true }, { label: `Worker: ${r.name}`, value: r.worker.rps, text: `${r.worker.rps} (${(r.worker.rps / r.node.rps).toFixed(2)} of Node)` },
    ]) },
  { title: 'MCP tool-call latency ms (p50 / p95)',
    bars: mcp.flatMap((r) => [{ label: `${r.transport} ${r.tool} p50`, value: r.p50 }, { label: `${r.transport} ${r.tool} p95`, value: r.p95 }]) },
  { title: 'Cold start ms: spawn serve -> first 200 /healthz',
    bars: startup.map((r) => ({ label: `${r.database} database (median of ${r.runs})`, value: r.medianMs })) },
];

const report = sections.join('\n');
console.log(report);
const out = join(ROOT, 'bench/results');
mkdirSync(out, { recursive: true });
// A quick run never overwrites the last full one.
const name = QUICK ? 'latest-quick' : 'latest';
writeFileSync(join(out, `${name}.md`), report);
writeFileSync(join(out, `${name}.png`), renderChart(`kbdesk benchmarks${QUICK ? ' (quick)' : ''}`, `${new Date().toISOString().slice(0, 16)} - ${host} - ${code}`, panels));
log(`wrote bench/results/${name}.md and ${name}.png`);
