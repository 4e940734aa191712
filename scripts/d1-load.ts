/**
 * Loads kb/articles into D1 with the same validation and planning as `kbdesk import`:
 *   npm run d1:load -- --local            (the database `wrangler dev --local` uses)
 *   npm run d1:load -- --remote           (the deployed database; needs `wrangler login`)
 * It reads what D1 holds through wrangler, plans the changes, and runs them as one SQL file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { drizzle } from 'drizzle-orm/sqlite-proxy';
import type { Orm } from '../kb/db/database.ts';
import * as schema from '../kb/db/schema.ts';
import { checkFiles, emptyReport, planImport, type StoredHashes } from '../kb/import/import.service.ts';
import { readArticleFiles } from '../node/article-files.ts';
import { BUNDLED_ARTICLES_DIR } from '../node/paths.ts';
import { inlineStatement } from './sql-literal.ts';
import { wrangler } from './wrangler.ts';

// A drizzle instance with no connection: only used to build statements.
const builder = drizzle(async () => ({ rows: [] }), { schema }) as unknown as Orm;

function query<T>(target: string, sql: string): T[] {
  const out = JSON.parse(wrangler(['d1', 'execute', 'DB', target, '--json', '--command', sql])) as { results: T[] }[];
  return out[0]?.results ?? [];
}

export async function loadD1(target: '--local' | '--remote', dir = BUNDLED_ARTICLES_DIR) {
  const rows = query<{ key: string; number: number; locale: string; content_hash: string }>(target, 'SELECT key, number, locale, content_hash FROM translations');
  const stored: StoredHashes = new Map(rows.map((s) => [s.key, { number: s.number, locale: s.locale, contentHash: s.content_hash }]));
  const checked = await checkFiles(await readArticleFiles(dir), stored);
  const revisions = query<{ key: string; n: number }>(target, 'SELECT key, max(n) AS n FROM revisions GROUP BY key');
  const report = emptyReport();
  const statements = [...planImport(builder, checked, stored, new Map(revisions.map((r) => [r.key, r.n])), new Date().toISOString(), report)];
  if (statements.length > 0) {
    const tmp = mkdtempSync(join(tmpdir(), 'kbdesk-d1-'));
    try {
      const file = join(tmp, 'load.sql');
      writeFileSync(file, statements.map(inlineStatement).join('\n'));
      wrangler(['d1', 'execute', 'DB', target, '--file', file, '--yes']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv.includes('--remote') ? '--remote' : '--local';
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const report = await loadD1(target, dir ? resolve(dir) : undefined);
  console.log(`D1 ${target.slice(2)}: created ${report.created.length}, updated ${report.updated.length}, unchanged ${report.unchanged.length}`);
  for (const m of report.missingOnDisk) console.log(`  ! ${m} is in D1 but has no file; left as is`);
}
