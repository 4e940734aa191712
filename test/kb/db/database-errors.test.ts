import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { DrizzleQueryError } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { asDatabaseError } from '../../../kb/db/database-errors.ts';
import { BadRequestError, DatabaseBusyError, DatabaseFullError, DatabaseUnavailableError, KbError } from '../../../kb/errors.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A real lock: one connection holds the database exclusively, the other must not wait. */
function lockedPair() {
  dir = mkdtempSync(join(tmpdir(), 'kbdesk-dberr-'));
  const file = join(dir, 'kb.sqlite');
  const holder = new Database(file);
  holder.exec('CREATE TABLE t (x)');
  const waiter = new Database(file, { timeout: 0 });
  holder.exec('BEGIN EXCLUSIVE');
  return { holder, waiter };
}

const caught = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

describe('asDatabaseError', () => {
  it('turns a real lock timeout into DatabaseBusyError, also when drizzle wraps it', () => {
    const { holder, waiter } = lockedPair();
    try {
      const raw = caught(() => waiter.exec('INSERT INTO t VALUES (1)'));
      expect((raw as { code: string }).code).toMatch(/^SQLITE_BUSY/);
      expect(asDatabaseError(raw)).toBeInstanceOf(DatabaseBusyError);
      // A read through drizzle, as every service does; on D1 (async) drizzle wraps the driver's error as its cause.
      const read = caught(() => drizzle(waiter).all(sql`SELECT x FROM t`));
      expect(asDatabaseError(read)).toBeInstanceOf(DatabaseBusyError);
      const mapped = asDatabaseError(new DrizzleQueryError('SELECT x FROM t', [], read as Error));
      expect(mapped).toBeInstanceOf(DatabaseBusyError);
      expect((mapped as KbError).details?.retryAfter).toBe(5);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      waiter.close();
    }
  });

  it("maps D1's transient and size-limit errors by their text, and nothing else", () => {
    const d1 = (message: string) => new Error(`D1_ERROR: ${message}`);
    for (const message of ['D1 DB is overloaded. Requests queued for too long.', 'Network connection lost.',
      'D1 DB reset because its code was updated.', 'Internal error while starting up D1 DB storage caused object to be reset.']) {
      const mapped = asDatabaseError(d1(message));
      expect(mapped, message).toBeInstanceOf(DatabaseUnavailableError);
      expect(mapped, message).not.toBeInstanceOf(DatabaseBusyError);
    }
    expect(asDatabaseError(d1('Exceeded maximum DB size.'))).toBeInstanceOf(DatabaseFullError);
    expect(asDatabaseError(new DrizzleQueryError('SELECT 1', [], d1('Network connection lost.')))).toBeInstanceOf(DatabaseUnavailableError);

    const syntax = d1('near "SELEC": syntax error');
    expect(asDatabaseError(syntax)).toBe(syntax);
    const notD1 = new Error('Network connection lost.');
    expect(asDatabaseError(notD1)).toBe(notD1);
    expect(asDatabaseError('a string')).toBe('a string');
  });

  it('passes a KbError the binding threw through drizzle\'s wrapper as itself', () => {
    const bad = new BadRequestError('X-D1-Bookmark is not a D1 bookmark');
    expect(asDatabaseError(new DrizzleQueryError('SELECT 1', [], bad))).toBe(bad);
    expect(asDatabaseError(bad)).toBe(bad);
  });
});
