import { DatabaseBusyError, DatabaseFullError, DatabaseUnavailableError, KbError } from '../errors.ts';

/**
 * D1's transient failures, by the text of its errors (they carry no code): Cloudflare's list
 * recommends retrying these. Read-only queries D1 has already retried twice itself.
 */
const D1_TRANSIENT = /D1 DB is overloaded|Network connection lost|reset because its code was updated|caused object to be reset|SQLITE_BUSY/;
const D1_FULL = /Exceeded maximum DB size|SQLITE_FULL/;

/**
 * The database failures a caller can act on, from either driver, as the KbError that says so;
 * anything else is returned unchanged. Drizzle wraps a failed read in an error whose `cause` is
 * the driver's (or a KbError the binding threw, which comes out as itself). better-sqlite3 puts
 * SQLite's result code on its errors (another connection's lock outlasted the busy timeout; the
 * database cannot grow); D1 says what happened in words.
 */
export function asDatabaseError(error: unknown): unknown {
  for (let e = error, depth = 0; e instanceof Error && depth < 3; e = e.cause, depth++) {
    if (e instanceof KbError) return e;
    const known = driverError(e);
    if (known) return known;
  }
  return error;
}

function driverError(error: Error): KbError | undefined {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new DatabaseBusyError();
  if (code === 'SQLITE_FULL') return new DatabaseFullError();
  if (!error.message.startsWith('D1_')) return undefined;
  if (D1_FULL.test(error.message)) return new DatabaseFullError();
  if (D1_TRANSIENT.test(error.message)) return new DatabaseUnavailableError();
  return undefined;
}
