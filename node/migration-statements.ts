import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from './paths.ts';

/**
 * The statements of migrations/, in order, comment lines dropped: for applying them to a D1
 * binding from Node (Miniflare), where neither drizzle's migrator nor wrangler runs.
 */
export function migrationStatements(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()
    .flatMap((file) => readFileSync(join(dir, file), 'utf8').split('--> statement-breakpoint'))
    .map((statement) => statement.split('\n').filter((line) => !line.trim().startsWith('--')).join('\n').trim())
    .filter(Boolean);
}
