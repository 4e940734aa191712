/**
 * How cost grows with the corpus: for each size, synthetic article-locales (bench/synthetic.ts)
 * go through the real `importFiles` into a fresh SQLite file, then a second process opens that
 * file and runs a mix of searches through `services.search.search`. Each step runs in its own
 * child process so RSS is the step's own. Sizes above 10,000 are imported in batches of 10,000
 * files, each batch one importFiles call (one transaction), as in earlier runs, so the figures
 * compare; the generator's files for a batch are all that is held at once.
 *
 * Run: npx tsx bench/scale.bench.ts [sizes, e.g. 1000,10000]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importFiles, parseInPlace, type ArticleFile, type ParseOptions } from '../kb/import/import.service.ts';
import type { Statement } from '../kb/db/database.ts';
import { openDatabase } from '../node/database.ts';
import { parseAhead } from '../node/parse-ahead.ts';
import { ROOT } from '../node/paths.ts';
import { createServices } from '../kb/services/index.ts';
import { chatQuestions, SEARCH_LOCALES, searchQueries, syntheticArticleBatches } from './synthetic.ts';
import { healthUnderSearch, type HealthUnderSearch } from './health-under-search.bench.ts';
import { ceilingTable, importCeiling, searchCeiling, type ImportCeiling, type SearchCeiling } from './fts-ceiling.ts';
import { median, mib, quantile, round, since } from './stats.ts';

const SELF = fileURLToPath(import.meta.url);
const BATCH = 10_000;
/** Sizes up to this one are imported a second time with every file parsed in place: the same run's baseline for parse-ahead. */
const IN_PLACE_MAX = 10_000;
const SEARCH_BUDGET_MS = Number(process.env.BENCH_SEARCH_SECONDS ?? 40) * 1000;
/** Seconds of broad searches per server configuration in healthUnderSearch. */
export const HEALTH_SECONDS = 10;

export interface ImportStep {
  count: number;
  batches: number;
  markdownMB: number;
  importMs: number;
  /** Before the write: stored hashes read, files hashed and compared. */
  checkMs: number;
  /** Inside the write: waiting for parsed files (parsed ahead on a worker) and building their statements. */
  parseMs: number;
  /** Inside the write: SQLite running the statements. */
  writeMs: number;
  rate: number;
  peakRssMB: number;
  dbMB: number;
  /** The same files through `importFiles` again, nothing changed: hashed and compared, not parsed. */
  reimportMs: number;
  /** `importFiles` of one changed file into the full database (median of 3): a directory sync reads every stored hash. */
  updateOneMs: number;
  /** One changed article through the editorial PUT service (median of 3): what an editor's save costs at this size. */
  putOneMs: number;
  /** Statements that delete FTS rows by the unindexed `key` column: each scans the whole index. */
  ftsKeyScans: number;
  /** The same import with every file parsed in place, on the writing thread (sizes up to IN_PLACE_MAX). */
  inPlaceMs?: number;
}

export interface SearchStep {
  queries: number;
  rounds: number;
  p50: number;
  p95: number;
  max: number;
  slowest: string;
  servingRssMB: number;
  strategies: Record<string, number>;
  /** Share of the queries that found something: a sanity check that the corpus and search agree. */
  withHits: number;
  /** First chat turns through the assistant (chatQuestions), after a warm-up round. */
  chat: { turns: number; p50: number; p95: number; max: number; slowest: string; cited: number };
  tables?: { name: string; MB: number }[];
  /** The same query mix as one bare FTS5 statement each (bench/fts-ceiling.ts), same rounds. */
  searchCeiling: SearchCeiling;
}

export type ScaleRow = ImportStep & SearchStep & {
  /** What SQLite FTS5 alone costs to index the same rows (bench/fts-ceiling.ts). */
  importCeiling: ImportCeiling;
  /** At the largest size only: /healthz while broad searches run, searches in the server's thread and on search threads. */
  health?: HealthUnderSearch[];
};

const FTS_KEY_DELETE = /^DELETE FROM articles_(fts|trigram) WHERE key = \?$/;

/**
 * Child: import `count` synthetic files into `file`, parsed ahead on a worker thread as
 * `kbdesk import` does; prints an ImportStep as JSON.
 */
async function importChild(count: number, file: string): Promise<ImportStep> {
  const db = openDatabase(file);
  const realWrite = db.writeAtomic;
  let inWriteMs = 0, parseMs = 0, bytes = 0, ftsKeyScans = 0;
  // Only timed: the statements pass through unchanged; time spent producing them is parsing.
  function* timed(statements: Iterable<Statement>): Generator<Statement> {
    const it = statements[Symbol.iterator]();
    for (;;) {
      const started = performance.now();
      const next = it.next();
      parseMs += since(started);
      if (next.done) return;
      if (FTS_KEY_DELETE.test(next.value.sql)) ftsKeyScans++;
      yield next.value;
    }
  }
  db.writeAtomic = async (statements: Iterable<Statement>) => {
    const started = performance.now();
    await realWrite(timed(statements));
    inWriteMs += since(started);
  };
  const importMs = await importBatches(db, count, { parser: parseAhead() }, 'created', (batch) => {
    bytes += batch.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  });
  db.writeAtomic = realWrite;
  const reimportMs = await reimportAll(db, count);
  const updateOneMs = await updateOne(db, 3);
  const putOneMs = await putOne(db, 3);
  db.close();
  const size = statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
  return {
    count, batches: Math.ceil(count / BATCH), markdownMB: round(mib(bytes)), importMs: Math.round(importMs), checkMs: Math.round(importMs - inWriteMs),
    parseMs: Math.round(parseMs), writeMs: Math.round(inWriteMs - parseMs), rate: Math.round(count / (importMs / 1000)), reimportMs: Math.round(reimportMs),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), dbMB: round(mib(size)), updateOneMs: round(updateOneMs), putOneMs: round(putOneMs), ftsKeyScans,
  };
}

/** Child: the same import with every file parsed in place, between the writes; prints its time in ms. */
async function inPlaceChild(count: number, file: string): Promise<number> {
  const db = openDatabase(file);
  const ms = await importBatches(db, count, { parser: parseInPlace }, 'created');
  db.close();
  return Math.round(ms);
}

/** Time of importing every file again (same batches), when none changed. */
function reimportAll(db: ReturnType<typeof openDatabase>, count: number): Promise<number> {
  return importBatches(db, count, {}, 'unchanged');
}

/**
 * Milliseconds spent in importFiles over the synthetic files in batches of BATCH, each batch
 * checked to have been reported all `expected`; `each` sees every batch, outside the timing.
 */
async function importBatches(
  db: ReturnType<typeof openDatabase>, count: number, options: ParseOptions, expected: 'created' | 'unchanged', each?: (batch: ArticleFile[]) => void,
): Promise<number> {
  let ms = 0;
  for (const batch of syntheticArticleBatches(count, BATCH)) {
    each?.(batch);
    const started = performance.now();
    const report = await importFiles(db, batch, options);
    ms += since(started);
    if (report[expected].length !== batch.length) throw new Error(`expected ${batch.length} ${expected}, got ${report[expected].length}`);
  }
  return ms;
}

/** Median time of re-importing one changed article through the real importFiles and writer. */
async function updateOne(db: ReturnType<typeof openDatabase>, times: number): Promise<number> {
  const [first] = [...syntheticArticleBatches(1, 1)][0]!;
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const changed: ArticleFile = { path: first!.path, content: first!.content.replace(/\n$/, `\nEdited ${i}.\n`) };
    const started = performance.now();
    const report = await importFiles(db, [changed]);
    runs.push(since(started));
    if (report.updated.length !== 1) throw new Error('the one-article re-import did not update');
  }
  return median(runs);
}

/** Median time of saving one changed article through the real editorial write service. */
async function putOne(db: ReturnType<typeof openDatabase>, times: number): Promise<number> {
  const [file] = [...syntheticArticleBatches(2, 2)][0]!.slice(1);
  const [number, locale] = file!.path.replace(/\.md$/, '').split('/') as [string, string];
  const writes = createServices(db).articleWrites;
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const result = await writes.put(number, locale, file!.content.replace(/\n$/, `\nSaved ${i}.\n`));
    runs.push(since(started));
    if (result.action !== 'update') throw new Error(`the PUT did not update: ${result.action}`);
  }
  return median(runs);
}

/** Child: searches the database in `file` with a fixed query mix; prints a SearchStep as JSON. */
async function searchChild(file: string, withTables: boolean): Promise<SearchStep> {
  const db = openDatabase(file);
  const services = createServices(db);
  const queries = searchQueries();
  const locales = SEARCH_LOCALES;
  const strategies: Record<string, number> = {};
  let withHits = 0;
  // Warm-up: JIT and page cache, for every query and locale timed below (a locale filter reads
  // other pages: warming only the unfiltered query left the first round's filtered ones cold).
  for (const q of queries) for (const locale of locales) await services.search.search(locale ? { q, locale } : { q });
  const times: { ms: number; q: string }[] = [];
  const began = performance.now();
  // Three rounds, or fewer once the budget is spent: at 100k a broad query costs far more than at 1k.
  for (let round = 0; round < 3 && (round === 0 || since(began) < SEARCH_BUDGET_MS); round++) {
    for (const q of queries) {
      for (const locale of locales) {
        const t0 = performance.now();
        const r = await services.search.search(locale ? { q, locale } : { q });
        times.push({ ms: since(t0), q: `${q}${locale ? ` (${locale})` : ''}` });
        if (round === 0) {
          strategies[r.strategy] = (strategies[r.strategy] ?? 0) + 1;
          if (r.results.length > 0) withHits++;
        }
      }
    }
  }
  const ms = times.map((t) => t.ms);
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  const chat = await chatTimes(services);
  const tables = withTables ? tableSizes(db.client) : undefined;
  const servingRssMB = Math.round(process.memoryUsage().rss / 2 ** 20);
  const rounds = Math.round(ms.length / (queries.length * locales.length));
  const ceiling = searchCeiling(db.client, queries, locales, rounds);
  db.close();
  return {
    queries: ms.length, rounds, p50: round(quantile(ms, 0.5), 2), p95: round(quantile(ms, 0.95), 2), max: round(slowest.ms, 1),
    slowest: slowest.q, servingRssMB, strategies, withHits: round(withHits / (queries.length * locales.length), 2), chat, ...(tables ? { tables } : {}),
    searchCeiling: ceiling,
  };
}

/** First chat turns through the assistant: a warm-up round, then two timed (each turn searches, and may read an article). */
async function chatTimes(services: ReturnType<typeof createServices>): Promise<SearchStep['chat']> {
  const questions = chatQuestions();
  const times: { ms: number; q: string }[] = [];
  let cited = 0;
  for (let round = 0; round < 3; round++) {
    for (const q of questions) {
      const started = performance.now();
      const answer = await services.assistant.reply({ messages: [{ role: 'user', content: q }] });
      if (round === 0) {
        if (answer.citations.length > 0) cited++;
        continue;
      }
      times.push({ ms: since(started), q });
    }
  }
  const ms = times.map((t) => t.ms);
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { turns: ms.length, p50: round(quantile(ms, 0.5), 2), p95: round(quantile(ms, 0.95), 2), max: round(slowest.ms, 1), slowest: slowest.q, cited: round(cited / questions.length, 2) };
}

/** Bytes per table and index (FTS shadow tables grouped under their table), largest first. */
function tableSizes(client: ReturnType<typeof openDatabase>['client']): { name: string; MB: number }[] {
  try {
    const rows = client.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name').all() as { name: string; bytes: number }[];
    const grouped = new Map<string, number>();
    for (const r of rows) {
      const name = r.name.replace(/^(articles_(?:fts|trigram))_.*$/, '$1 (FTS5)').replace(/^sqlite_autoindex_(\w+?)_\d+$/, '$1 (pk index)');
      grouped.set(name, (grouped.get(name) ?? 0) + r.bytes);
    }
    return [...grouped].map(([name, bytes]) => ({ name, MB: round(mib(bytes)) })).sort((a, b) => b.MB - a.MB).slice(0, 8);
  } catch {
    return []; // dbstat not compiled in
  }
}

/** Runs this file as a child (own heap, own RSS) and parses the JSON it prints last. */
function child<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', SELF, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    p.on('error', reject);
    p.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) reject(new Error(`scale child ${args.join(' ')} exited ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(last) as T);
    });
  });
}

/** One row per size: import, then search in a fresh process over the same file. */
export async function runScaleBench(sizes: number[], log: (line: string) => void = console.error): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const count of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'kbdesk-scale-'));
    const file = join(dir, 'kb.sqlite');
    try {
      log(`scale: importing ${count} article-locales…`);
      const imported = await child<ImportStep>(['import', String(count), file]);
      log(`scale: ${count} imported in ${(imported.importMs / 1000).toFixed(1)} s; searching…`);
      if (count <= IN_PLACE_MAX) imported.inPlaceMs = await child<number>(['import-in-place', String(count), join(dir, 'in-place.sqlite')]);
      const importCeiling = await child<ImportCeiling>(['import-ceiling', String(count), file]);
      const largest = count === Math.max(...sizes);
      const searched = await child<SearchStep>(['search', file, largest ? 'tables' : '']);
      const health = largest ? [await healthUnderSearch(file, '0', HEALTH_SECONDS), await healthUnderSearch(file, '', HEALTH_SECONDS)] : undefined;
      rows.push({ ...imported, ...searched, importCeiling, ...(health ? { health } : {}) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function scaleTable(rows: ScaleRow[]): string {
  const head = '| article-locales | markdown MB | import s | check / parse / write s | article-locales/s | import s, parsed in place | unchanged re-import s | 1-file re-import ms | 1-article PUT ms | DB MB | import peak RSS MB | search p50 ms | search p95 ms | search max ms | queries with hits | chat p50 / p95 ms | chat turns citing an article | serving RSS MB |\n'
    + '|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const s = (ms: number) => (ms / 1000).toFixed(1);
  return [head, ...rows.map((r) => `| ${r.count}${r.batches > 1 ? ` (${r.batches} batches)` : ''} | ${r.markdownMB} | ${s(r.importMs)} | ${s(r.checkMs)} / ${s(r.parseMs)} / ${s(r.writeMs)} | ${r.rate} | ${r.inPlaceMs ? `${s(r.inPlaceMs)} (×${(r.inPlaceMs / r.importMs).toFixed(2)})` : '–'} | ${s(r.reimportMs)} | `
    + `${r.updateOneMs} | ${r.putOneMs} | ${r.dbMB} | ${r.peakRssMB} | ${r.p50} | ${r.p95} | ${r.max} | ${Math.round(r.withHits * 100)}% | ${r.chat.p50} / ${r.chat.p95} | ${Math.round(r.chat.cited * 100)}% | ${r.servingRssMB} |`)].join('\n');
}

export function tablesTable(rows: ScaleRow[]): string {
  const last = rows.at(-1);
  if (!last?.tables?.length) return '';
  return [`Where the bytes go at ${last.count} article-locales (dbstat):`, '', '| table | MB |', '|---|---:|',
    ...last.tables.map((t) => `| ${t.name} | ${t.MB} |`)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === 'import') {
    console.log(JSON.stringify(await importChild(Number(args[0]), args[1]!)));
  } else if (cmd === 'import-in-place') {
    console.log(JSON.stringify(await inPlaceChild(Number(args[0]), args[1]!)));
  } else if (cmd === 'import-ceiling') {
    console.log(JSON.stringify(importCeiling(args[1]!, Number(args[0]))));
  } else if (cmd === 'search') {
    console.log(JSON.stringify(await searchChild(args[0]!, args[1] === 'tables')));
  } else {
    const sizes = (cmd ?? '1000,10000').split(',').map(Number);
    const rows = await runScaleBench(sizes);
    console.log(scaleTable(rows));
    console.log(`\n${ceilingTable(rows)}`);
    console.log(`\n${tablesTable(rows)}`);
  }
}
