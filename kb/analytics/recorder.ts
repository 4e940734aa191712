import { sql } from 'drizzle-orm';
import type { KbDatabase, Statement } from '../db/database.ts';
import { DatabaseBusyError, DatabaseUnavailableError } from '../errors.ts';
import { analyticsEvents, logTemplates, rawLogs } from '../db/schema.ts';
import type { LogInput } from '../match/types.ts';
import { redact, redactSnippet } from '../privacy/redact.ts';
import { sha256Hex } from '../util/hash.ts';
import { gapLines, readTail, type GapLine } from './gaps.ts';
import { daysBefore, DEFAULT_RETENTION_DAYS, pruneStatements, stmt } from './retention.ts';

export interface AnalyticsOptions {
  /** Keep the (redacted) logs that matched nothing; off unless KB_STORE_RAW_LOGS=on. */
  storeRawLogs?: boolean;
  /** Days events, feedback, raw logs and unseen templates are kept (default 90). */
  retentionDays?: number;
  /**
   * Hold every record until `flush` instead of writing it before the answer goes out: the Worker
   * flushes after answering (waitUntil), so a search read from a nearby D1 replica does not wait
   * for a write to the primary.
   */
  writeOnFlush?: boolean;
  now?: () => Date;
}

/** One request as analytics keeps it; `text` must already be redacted. */
export interface AnalyticsEvent {
  kind: 'search' | 'chat' | 'match' | 'triage';
  text: string | null;
  results: number;
  /** The article the answer was about (top hit, cited article). */
  number: number | null;
  outcome: 'answered' | 'unanswered' | 'handoff';
  /** The id the answer carried: searchId, matchId, conversationId or triageId. */
  ref: string;
}

const HOUR_MS = 3_600_000;
const MAX_GAP_LOGS = 5;
// D1 binds at most 100 parameters per statement: 14 rows of 7 columns.
const ROWS_PER_STATEMENT = 14;
const MAX_TEMPLATES = 2 * ROWS_PER_STATEMENT;
const RAW_CHARS = 256 * 1024;
/** Records held while the database is busy with another process's write, oldest dropped first. */
const MAX_BACKLOG = 1000;
/** After finding the database busy, recording waits this long before trying to write again. */
const BUSY_BACKOFF_MS = 2000;

function tailOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const nl = text.indexOf('\n', text.length - max);
  return text.slice(nl < 0 ? text.length - max : nl + 1);
}

/**
 * Writes analytics in one small batch per request. Recording is a side effect: a failure is
 * logged and swallowed, so the person asking still gets an answer. When another process holds
 * the write lock (a long `kbdesk import`), records wait in memory and go out with the first write
 * after it, and no write is tried for a while: on better-sqlite3 each try stalls the process for
 * the busy timeout.
 */
export function createRecorder(db: KbDatabase, options: AnalyticsOptions = {}) {
  const now = options.now ?? (() => new Date());
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  let lastPrune = Number.NEGATIVE_INFINITY;
  const backlog: Statement[][] = [];
  let dropped = 0;
  let retryAt = Number.NEGATIVE_INFINITY;

  function hold(records: Statement[][]) {
    backlog.push(...records);
    const excess = backlog.length - MAX_BACKLOG;
    if (excess <= 0) return;
    backlog.splice(0, excess);
    if (dropped === 0) reportFailure(`the database stayed busy; dropping the oldest records beyond ${MAX_BACKLOG} held`, new DatabaseBusyError());
    dropped += excess;
  }

  /** Upserts counted once per log; the first example stays. */
  async function templateStatements(lines: GapLine[], at: string): Promise<Statement[]> {
    const rows = new Map<string, GapLine & { hash: string; count: number }>();
    for (const line of lines) {
      const hash = (await sha256Hex(`${line.source ?? ''}\n${line.template}`)).slice(0, 32);
      const row = rows.get(hash);
      if (row) row.count++;
      else if (rows.size < MAX_TEMPLATES) rows.set(hash, { ...line, hash, count: 1 });
    }
    const values = [...rows.values()].map((r) => ({
      hash: r.hash, template: r.template, source: r.source, count: r.count, example: r.example, firstSeen: at, lastSeen: at,
    }));
    const out: Statement[] = [];
    for (let i = 0; i < values.length; i += ROWS_PER_STATEMENT) {
      out.push(stmt(db.orm.insert(logTemplates).values(values.slice(i, i + ROWS_PER_STATEMENT)).onConflictDoUpdate({
        target: logTemplates.hash,
        set: { count: sql`${logTemplates.count} + excluded.count`, lastSeen: sql`excluded.last_seen` },
      })));
    }
    return out;
  }

  /** Pruning rides along with a write at most once an hour (per process or isolate). */
  function pruneIfDue(at: Date): Statement[] {
    if (at.getTime() - lastPrune < HOUR_MS) return [];
    lastPrune = at.getTime();
    return pruneStatements(db.orm, daysBefore(at, retentionDays));
  }

  return {
    pruneIfDue,

    /** Writes the held records now: for a server about to stop, or (writeOnFlush) after an answer. */
    async flush(): Promise<void> {
      const held = backlog.splice(0);
      if (held.length === 0) return;
      try {
        await db.writeAtomic(held.flat());
      } catch (error) {
        reportFailure(`${held.length} held record(s) lost`, error);
      }
    },

    /** Records an event; for logs that matched nothing also their failure templates (and the logs, if enabled). */
    async record(event: AnalyticsEvent, unmatched: LogInput[] = []): Promise<void> {
      try {
        const at = now();
        const iso = at.toISOString();
        const statements = [stmt(db.orm.insert(analyticsEvents).values({
          kind: event.kind, text: event.text, results: event.results, number: event.number,
          outcome: event.outcome, conversation: event.ref, createdAt: iso,
        }))];
        const logs = unmatched.slice(0, MAX_GAP_LOGS).map(readTail);
        statements.push(...await templateStatements(logs.flatMap(gapLines), iso));
        if (options.storeRawLogs) {
          for (const log of logs) {
            statements.push(stmt(db.orm.insert(rawLogs).values({ name: redactSnippet(log.name, 255), content: redact(tailOf(log.text, RAW_CHARS)), createdAt: iso })));
          }
        }
        statements.push(...pruneIfDue(at));
        if (options.writeOnFlush || at.getTime() < retryAt) return hold([statements]);
        const held = backlog.splice(0);
        try {
          await db.writeAtomic([...held.flat(), ...statements]);
          dropped = 0;
        } catch (error) {
          if (!(error instanceof DatabaseUnavailableError)) throw error; // held records go with it, reported below
          hold([...held, statements]);
          retryAt = at.getTime() + BUSY_BACKOFF_MS;
        }
      } catch (error) {
        reportFailure(`could not record a ${event.kind} event`, error);
      }
    },
    now,
    retentionDays,
  };
}

export function reportFailure(what: string, error: unknown): void {
  console.error(JSON.stringify({ level: 'error', message: `analytics: ${what}`, error: error instanceof Error ? error.message : String(error) }));
}

export type Recorder = ReturnType<typeof createRecorder>;
