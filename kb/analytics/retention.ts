import { count, lt } from 'drizzle-orm';
import type { KbDatabase, Orm, Statement } from '../db/database.ts';
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

/** Deletes what is older than the cutoff: events, feedback, raw logs, and templates not seen since. */
export function pruneStatements(orm: Orm, cutoff: string): Statement[] {
  return [
    stmt(orm.delete(analyticsEvents).where(lt(analyticsEvents.createdAt, cutoff))),
    stmt(orm.delete(feedback).where(lt(feedback.createdAt, cutoff))),
    stmt(orm.delete(rawLogs).where(lt(rawLogs.createdAt, cutoff))),
    stmt(orm.delete(logTemplates).where(lt(logTemplates.lastSeen, cutoff))),
  ];
}

export interface PruneReport {
  cutoff: string;
  events: number;
  feedback: number;
  rawLogs: number;
  templates: number;
}

/** Prunes now and says how many rows went (counted first: `writeAtomic` reports nothing). */
export async function prune(db: KbDatabase, cutoff: string): Promise<PruneReport> {
  const n = async (query: PromiseLike<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  const report = {
    cutoff,
    events: await n(db.orm.select({ n: count() }).from(analyticsEvents).where(lt(analyticsEvents.createdAt, cutoff))),
    feedback: await n(db.orm.select({ n: count() }).from(feedback).where(lt(feedback.createdAt, cutoff))),
    rawLogs: await n(db.orm.select({ n: count() }).from(rawLogs).where(lt(rawLogs.createdAt, cutoff))),
    templates: await n(db.orm.select({ n: count() }).from(logTemplates).where(lt(logTemplates.lastSeen, cutoff))),
  };
  await db.writeAtomic(pruneStatements(db.orm, cutoff));
  return report;
}
