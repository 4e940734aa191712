/**
 * What a slow search does to every other request: `kbdesk serve` over the largest scale database,
 * two clients sending broad searches back to back while a third asks /healthz every 50 ms. Run
 * once with searches in the server's own thread (KB_SEARCH_THREADS=0) and once on its search
 * threads (the default), in the same run, so the two compare.
 */
import { quantile, round } from './stats.ts';
import { startServeChild } from './serve-child.ts';

export interface HealthUnderSearch {
  threads: string;
  searchesPerSecond: number;
  searchP50: number;
  healthChecks: number;
  healthP50: number;
  healthP99: number;
  healthMax: number;
}

/** Queries whose matches FTS5 must rank by the ten thousand at 100k article-locales. */
const BROAD = ['wsus clients fail to detect updates', 'server cleanup wizard', 'wuauclt detectnow', 'Failed to end search job'];

export async function healthUnderSearch(file: string, threads: string, seconds: number): Promise<HealthUnderSearch> {
  const server = await startServeChild({ KB_DATABASE: file, KB_SEARCH_THREADS: threads }, 120_000);
  try {
    const end = performance.now() + seconds * 1000;
    const searchMs: number[] = [];
    const healthMs: number[] = [];
    const timed = async (url: string) => {
      const started = performance.now();
      const response = await fetch(url);
      await response.text();
      if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
      return performance.now() - started;
    };
    const searcher = async (k: number) => {
      for (let i = k; performance.now() < end; i++) {
        const q = encodeURIComponent(BROAD[i % BROAD.length]!);
        searchMs.push(await timed(`${server.url}/v1/search?q=${q}&locale=${i % 2 ? 'pl' : 'en-US'}`));
      }
    };
    const checker = async () => {
      while (performance.now() < end) {
        healthMs.push(await timed(`${server.url}/healthz`));
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    await Promise.all([searcher(0), searcher(1), checker()]);
    return {
      threads, searchesPerSecond: round(searchMs.length / seconds, 1), searchP50: round(quantile(searchMs, 0.5), 1),
      healthChecks: healthMs.length, healthP50: round(quantile(healthMs, 0.5), 1), healthP99: round(quantile(healthMs, 0.99), 1),
      healthMax: round(Math.max(...healthMs), 1),
    };
  } finally {
    await server.stop();
  }
}

export function healthTable(rows: HealthUnderSearch[]): string {
  return ['| searches run | searches/s | search p50 ms | health checks | /healthz p50 ms | /healthz p99 ms | /healthz max ms |', '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.threads === '0' ? 'in the server\'s thread (KB_SEARCH_THREADS=0)' : `on search threads (${r.threads || 'default: one per core'})`} | ${r.searchesPerSecond} | ${r.searchP50} | ${r.healthChecks} | ${r.healthP50} | ${r.healthP99} | ${r.healthMax} |`)].join('\n');
}
