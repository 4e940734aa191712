/**
 * Matcher throughput on a 64 MB WindowsUpdate.log with 1,000 and 10,000 synthetic signatures
 * (plus the real KB954960), side by side with `rg -c -F -i -f <literals>` over the same file.
 * Run: npx tsx bench/match.bench.ts [sizeMB]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArticle } from '../kb/parse/article.parser.ts';
import { createMatcher, type MatchableArticle } from '../kb/match/index.ts';
import { ROOT } from '../node/paths.ts';
import { mib, round } from './stats.ts';
import { generateWindowsUpdateLog, prng } from './synthetic.ts';

export interface MatchBenchRow {
  signatures: number;
  articles: number;
  megabytes: number;
  buildMs: number;
  matchMs: number;
  matchMBps: number;
  matches: number;
  /** `rg -c -F -f literals`: case-sensitive, as the brief asks. */
  rgMs?: number;
  rgMBps?: number;
  /** `rg -c -F -i -f literals`: case-insensitive, like the matcher. */
  rgIgnoreCaseMs?: number;
  rgIgnoreCaseMBps?: number;
  rgNote?: string;
}

const WORDS = ['Agent', 'update', 'failed', 'download', 'handler', 'service', 'client', 'server', 'install', 'scan',
  'cookie', 'metadata', 'revision', 'category', 'driver', 'package', 'manifest', 'catalog', 'timeout', 'retry'];

function realArticles(): MatchableArticle[] {
  return ['en-US', 'pl-PL'].map((l) => {
    const file = join(ROOT, 'kb/articles/954960', `${l}.md`);
    const r = parseArticle(readFileSync(file, 'utf8'), file);
    if (!r.ok) throw new Error(`cannot parse ${file}`);
    return r.article;
  });
}

/** Articles whose excerpts look like WindowsUpdate.log lines, each with a rare token so most never match. */
function syntheticArticles(count: number, rand: () => number): MatchableArticle[] {
  const word = () => WORDS[Math.floor(rand() * WORDS.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const token = `Cmp${(i * 7919).toString(36)}`;
    const lines = Array.from({ length: 7 }, (_, k) =>
      `Date Time 788 ee4 Agent WARNING: ${token}.${word()} ${word()} ${k} ${word()} ${word()} failed, error = 0x8024${(0x1000 + i).toString(16).toUpperCase()}`);
    return {
      id: `KB${9_000_000 + i}`, locale: 'en-US', title: `Synthetic ${i}`,
      logs: [{ id: 'client', source: 'client', path: 'WindowsUpdate.log', lines }],
      signatures: [], errorCodes: [`0x8024${(0x1000 + i).toString(16).toUpperCase()}`],
    } satisfies MatchableArticle;
  });
}

/** Milliseconds of one `rg -c -F [flags] -f <literals> <log>` run, or a note why there is none. */
function ripgrep(patterns: string, logFile: string, flags: string[]): number | string {
  const version = spawnSync('rg', ['--version']);
  if (version.error || version.status !== 0) return 'rg not installed';
  const started = performance.now();
  const run = spawnSync('rg', ['-c', '-F', ...flags, '-f', patterns, logFile], { maxBuffer: 1 << 20 });
  const ms = performance.now() - started;
  // rg exits 1 when nothing matched, which is a valid run.
  if (run.status !== 0 && run.status !== 1) return `rg failed: ${run.stderr.toString().slice(0, 200)}`;
  return Math.round(ms);
}

function ripgrepColumns(literals: string[], logFile: string, dir: string, megabytes: number): Partial<MatchBenchRow> {
  const patterns = join(dir, 'literals.txt');
  writeFileSync(patterns, literals.join('\n') + '\n');
  const exact = ripgrep(patterns, logFile, []);
  if (typeof exact === 'string') return { rgNote: exact };
  const folded = ripgrep(patterns, logFile, ['-i']);
  return {
    rgMs: exact, rgMBps: round(megabytes / (exact / 1000)),
    ...(typeof folded === 'number' ? { rgIgnoreCaseMs: folded, rgIgnoreCaseMBps: round(megabytes / (folded / 1000)) } : {}),
  };
}

/** Run the benchmark and return one row per signature-set size. */
export function runMatchBench(sizeMB = 64, sizes = [1_000, 10_000]): MatchBenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-bench-'));
  try {
    const log = generateWindowsUpdateLog(sizeMB << 20);
    const logFile = join(dir, 'WindowsUpdate.log');
    writeFileSync(logFile, log);
    const megabytes = mib(log.byteLength);
    return sizes.map((target) => {
      const articles = [...realArticles(), ...syntheticArticles(Math.round(target / 10), prng(target))];
      const built = performance.now();
      const matcher = createMatcher(articles);
      const buildMs = performance.now() - built;
      matcher.match([{ name: 'warmup.log', content: log.subarray(0, 8 << 20) }]);
      // Median of three runs: the first run after a build still pays for JIT and GC warm-up.
      const runs = [0, 1, 2].map(() => {
        const started = performance.now();
        const result = matcher.match([{ name: 'WindowsUpdate.log', content: log }]);
        return { result, ms: performance.now() - started };
      }).sort((x, y) => x.ms - y.ms);
      const { result, ms: matchMs } = runs[1]!;
      const literals = [...new Set(matcher.signatures.flatMap((s) => s.pattern.split(' * ')))];
      const rg = ripgrepColumns(literals, logFile, dir, megabytes);
      return {
        signatures: matcher.signatureCount, articles: articles.length, megabytes: round(megabytes),
        buildMs: Math.round(buildMs), matchMs: Math.round(matchMs), matchMBps: round(megabytes / (matchMs / 1000)),
        matches: result.matches.length, ...rg,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows as a markdown table. */
export function formatBenchTable(rows: MatchBenchRow[]): string {
  const head = '| signatures | log MB | build ms | match ms | match MB/s | matches | rg -F ms | rg -F MB/s | rg -F -i ms | rg -F -i MB/s |\n'
    + '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const cell = (v: number | undefined) => (v === undefined ? '–' : String(v));
  return [head, ...rows.map((r) => `| ${r.signatures} | ${r.megabytes} | ${r.buildMs} | ${r.matchMs} | ${r.matchMBps} | ${r.matches} | `
    + `${r.rgMs ?? r.rgNote ?? '–'} | ${cell(r.rgMBps)} | ${cell(r.rgIgnoreCaseMs)} | ${cell(r.rgIgnoreCaseMBps)} |`)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatBenchTable(runMatchBench(Number(process.argv[2] ?? 64))));
}
