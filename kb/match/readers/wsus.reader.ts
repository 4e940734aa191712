import { prefixedReader } from './reader.ts';
import { date, skipBlanks, startsAt, time } from './scan-helpers.ts';

/** Index after `YYYY-MM-DD HH:MM:SS.fff UTC` and the blanks after it, or -1. */
function prefix(text: string, start: number, end: number): number {
  const d = date(text, start, end, 45);
  if (d < 0) return -1;
  const t = time(text, skipBlanks(text, d, end), end);
  if (t < 0) return -1;
  const u = skipBlanks(text, t, end);
  return startsAt(text, u, end, 'UTC') ? skipBlanks(text, u + 3, end) : -1;
}

/**
 * WSUS server `SoftwareDistribution.log`:
 * `2008-08-01 10:00:00.123 UTC Error w3wp.12 ClientImplementation.SyncUpdates message`,
 * followed by `at …` stack-trace lines, which the generic continuation rule attaches to the entry.
 */
export const wsusReader = prefixedReader('wsus-softwaredistribution', prefix);
