/**
 * Cold start: from spawning `node bin/kbdesk.js serve` to the first 200 from /healthz, on a fresh
 * database (migrations and the bundled import included) and on an existing one. Median of `runs`.
 * Run: npx tsx bench/startup.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rssOf } from './process-stats.ts';
import { startServeChild } from './serve-child.ts';
import { median, mib, round } from './stats.ts';

export interface StartupRow {
  database: 'fresh' | 'existing';
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  rssMB: number;
}

export async function runStartupBench(runs = 5): Promise<StartupRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-bench-start-'));
  try {
    const result: StartupRow[] = [];
    for (const database of ['fresh', 'existing'] as const) {
      const times: number[] = [];
      const rss: number[] = [];
      for (let i = 0; i < runs; i++) {
        const file = join(dir, database === 'fresh' ? `fresh-${i}.sqlite` : 'existing.sqlite');
        const server = await startServeChild({ KB_DATABASE: file });
        times.push(server.readyMs);
        rss.push(rssOf(server.pid) ?? NaN);
        await server.stop();
      }
      // The first `existing` run created the file: it is a fresh start, not an existing one.
      const kept = database === 'existing' ? times.slice(1) : times;
      result.push({ database, runs: kept.length, medianMs: Math.round(median(kept)), minMs: Math.round(Math.min(...kept)), maxMs: Math.round(Math.max(...kept)), rssMB: round(mib(median(rss))) });
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function startupTable(rows: StartupRow[]): string {
  return ['| database | runs | median ms | min ms | max ms | RSS at ready MB |', '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.database} | ${r.runs} | ${r.medianMs} | ${r.minMs} | ${r.maxMs} | ${r.rssMB} |`)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(startupTable(await runStartupBench()));
}
