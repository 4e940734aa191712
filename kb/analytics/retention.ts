import { count, lt } from 'drizzle-orm';
import type { KbDatabase, Orm, Statement } from '../db/database.ts';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { analyticsEvents, feedback, logTemplates, rawLogs } from '../db/schema.ts';

export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

/** A drizzle builder as a statement for `writeAtomic`. */
export function stmt(query: { toSQL(): { sql: string; params: unknown[] } }): Statement {
  const { sql, params } = query.toSQL();
  return { sql, params };
}

/** ISO time `days` days before `now`: rows stamped earlier are outside the window. */
export function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** What retention prunes, each by its own time column: events, feedback, raw logs, and templates not seen since. */
const PRUNED = {
  events: [analyticsEvents, analyticsEvents.createdAt],
  feedback: [feedback, feedback.createdAt],
  rawLogs: [rawLogs, rawLogs.createdAt],
  templates: [logTemplates, logTemplates.lastSeen],
} as const satisfies Record<string, readonly [SQLiteTable, SQLiteColumn]>;

/** Deletes what is older than the cutoff. */
export function pruneStatements(orm: Orm, cutoff: string): Statement[] {
  return Object.values(PRUNED).map(([table, column]) => stmt(orm.delete(table).where(lt(column, cutoff))));
}

export type PruneReport = { cutoff: string } & Record<keyof typeof PRUNED, number>;

/** Prunes now and says how many rows went (counted first: `writeAtomic` reports nothing). */
export async function prune(db: KbDatabase, cutoff: string): Promise<PruneReport> {
  const counts = await Promise.all(Object.values(PRUNED).map(async ([table, column]) =>
    (await db.orm.select({ n: count() }).from(table).where(lt(column, cutoff)))[0]?.n ?? 0));
  const report = { cutoff, ...Object.fromEntries(Object.keys(PRUNED).map((name, i) => [name, counts[i]!])) } as PruneReport;
  await db.writeAtomic(pruneStatements(db.orm, cutoff));
  return report;
}
