import type { LogReader } from './reader.ts';
import { lineEnd } from './reader.ts';
import { date, firstLineEnd, skipBlanks, skipToken, skipTokens, startsAt, time } from './scan-helpers.ts';

/** Index after `YYYY-MM-DD HH:MM:SS.fff UTC` and the blanks after it, or -1. */
function prefix(text: string, start: number, end: number): number {
  const d = date(text, start, end, 45);
  if (d < 0) return -1;
  const t = time(text, skipBlanks(text, d, end), end);
  if (t < 0) return -1;
  const u = skipBlanks(text, t, end);
  return startsAt(text, u, end, 'UTC') ? skipBlanks(text, u + 3, end) : -1;
}

/** Blank-separated token `n` after the prefix (0 = level, 1 = process.thread, 2 = Type.Method). */
function token(text: string, start: number, entryEnd: number, n: number): string | undefined {
  const end = firstLineEnd(text, start, entryEnd);
  const p = prefix(text, start, end);
  if (p < 0) return undefined;
  const from = skipTokens(text, p, end, n);
  return text.slice(from, skipToken(text, from, end)) || undefined;
}

/**
 * WSUS server `SoftwareDistribution.log`:
 * `2008-08-01 10:00:00.123 UTC Error w3wp.12 ClientImplementation.SyncUpdates message`,
 * followed by `at …` stack-trace lines, which the generic continuation rule attaches to the entry.
 */
export const wsusReader: LogReader = {
  format: 'wsus-softwaredistribution',
  sniff: (text, start, end) => prefix(text, start, end) > 0,
  header(text, start, end) {
    const p = prefix(text, start, end);
    return p < 0 ? -1 : skipTokens(text, p, end, 3);
  },
  messageEnd: lineEnd,
  component: (text, start, end) => token(text, start, end, 2),
  thread: (text, start, end) => token(text, start, end, 1),
};
