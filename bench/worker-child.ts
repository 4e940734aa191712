/**
 * The Worker on this machine, for the benchmarks and the soak run: the bundle `wrangler deploy`
 * would upload (built with `--dry-run`), run by Miniflare in one workerd process (a child of this
 * one, so its CPU and RSS can be read) over a local D1, migrated with the statements of
 * migrations/ and given the bundled articles through the Worker's own PUT route.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { unstable_readConfig } from 'wrangler';
import type { ArticleFile } from '../kb/import/import.service.ts';
import { readArticleFiles } from '../node/article-files.ts';
import { migrationStatements } from '../node/migration-statements.ts';
import { BUNDLED_ARTICLES_DIR, ROOT } from '../node/paths.ts';
import { wrangler } from '../scripts/wrangler.ts';
import { connectIsolateHeap } from './isolate-heap.ts';
import { childProcessOf } from './process-stats.ts';
import { NO_RATE_LIMITS } from './serve-child.ts';
import { since } from './stats.ts';

export const WORKER_ADMIN_TOKEN = 'bench-admin-token';

export interface WorkerChild {
  url: string;
  /** The workerd process. */
  pid: number;
  /** Bundling the Worker (`wrangler deploy --dry-run`). */
  buildMs: number;
  /** Miniflare start, migrations and the bundled articles, to ready. */
  readyMs: number;
  /** Bundled article-locales written through PUT before ready. */
  bundled: number;
  /** Bytes the Worker isolate's JS heap retains, after a full GC (workerd's RSS is mostly the local runtime's). */
  heapLive(): Promise<number>;
  stop(): Promise<void>;
}

/** Writes each file through `PUT /v1/articles/{number}/{locale}`, one at a time; returns the seconds taken. */
export async function putArticles(base: string, files: ArticleFile[], token = WORKER_ADMIN_TOKEN): Promise<number> {
  const started = performance.now();
  for (const f of files) {
    const [number, locale] = f.path.replace(/\.md$/, '').split('/');
    const res = await fetch(`${base}/v1/articles/${number}/${locale}`, { method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/markdown' }, body: f.content });
    if (res.status !== 201 && res.status !== 200) throw new Error(`PUT ${f.path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
  return since(started) / 1000;
}

/** The compatibility settings of wrangler.toml, read by wrangler itself, so the Worker runs here as it is deployed. */
function compatibility(): { compatibilityDate?: string; compatibilityFlags: string[] } {
  const config = unstable_readConfig({ config: join(ROOT, 'wrangler.toml') });
  return { compatibilityDate: config.compatibility_date, compatibilityFlags: config.compatibility_flags };
}

/** Starts the Worker with the rate limits off and `bindings` added; resolves once it answers with the bundled articles. */
export async function startWorkerChild(bindings: Record<string, string> = {}): Promise<WorkerChild> {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-worker-'));
  const started = performance.now();
  const bundle = join(dir, 'bundle');
  let mf: Miniflare | undefined;
  try {
    wrangler(['deploy', '--dry-run', '--outdir', bundle]);
    const buildMs = since(started);
    const readyStarted = performance.now();
    mf = new Miniflare({
      modules: true, modulesRoot: bundle, scriptPath: join(bundle, 'index.js'), ...compatibility(),
      d1Databases: { DB: 'kbdesk' }, d1Persist: join(dir, 'd1'), host: '127.0.0.1', port: 0, inspectorPort: 0,
      bindings: { ...NO_RATE_LIMITS, KB_ADMIN_TOKEN: WORKER_ADMIN_TOKEN, ...bindings },
    });
    const url = (await mf.ready).origin;
    const d1 = await mf.getD1Database('DB');
    await d1.batch(migrationStatements().map((statement) => d1.prepare(statement)));
    const bundled = await readArticleFiles(BUNDLED_ARTICLES_DIR);
    await putArticles(url, bundled);
    const pid = childProcessOf(process.pid, 'workerd');
    if (!pid) throw new Error('Miniflare started no workerd process under this one');
    const heap = await connectIsolateHeap(await mf.getInspectorURL());
    const running = mf;
    return {
      url, pid, buildMs, readyMs: since(readyStarted), bundled: bundled.length, heapLive: heap.live,
      stop: async () => {
        heap.close();
        await running.dispose();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await mf?.dispose();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
