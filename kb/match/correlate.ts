import type { LogReader } from './readers/reader.ts';
import { findIn } from './readers/scan-helpers.ts';
import { foldAscii } from './engine/compile.ts';
import type { RecentEntries } from './engine/recent.ts';
import { hasExceptionType } from './signatures/weights.ts';

/** How far back from a server SOAP fault the exception that caused it is looked for. */
const LOOK_BACK_LINES = 200;
/** Characters of an entry compared with the article's exception (header and frames). */
const ENTRY_WINDOW = 64 * 1024;
const isHex = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

/** The GUID at `pos` (after blanks or `{`), lower case, or undefined. Fixed length, so constant time. */
export function readGuid(text: string, pos: number): string | undefined {
  let i = pos;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 123)) i++;
  if (i + 36 > text.length) return undefined;
  for (let k = 0; k < 36; k++) {
    const c = text.charCodeAt(i + k);
    const dash = k === 8 || k === 13 || k === 18 || k === 23;
    if (dash ? c !== 45 : !isHex(c)) return undefined;
  }
  return text.slice(i, i + 36).toLowerCase();
}

/** The first line of an entry, capped for display. */
export function firstLine(text: string, start: number, end: number, max = 300): string {
  const limit = Math.min(end, start + max);
  const nl = findIn(text, start, limit, '\n');
  return text.slice(start, nl < 0 ? limit : nl).trim();
}

/** Where the exception entry before a server fault is. */
export interface FoundException {
  line: number;
  start: number;
  end: number;
}

/**
 * The nearest entry before the current one whose first line names a .NET exception type,
 * on the same thread when the format tells threads apart (w3wp.12 in SoftwareDistribution.log).
 */
export function precedingException(
  text: string, reader: LogReader, recent: RecentEntries, current: { line: number; start: number; end: number },
): FoundException | undefined {
  const thread = reader.thread(text, current.start, current.end);
  for (let k = 0; k < recent.count; k++) {
    const line = recent.line(k);
    if (current.line - line > LOOK_BACK_LINES) break;
    const start = recent.start(k), end = recent.end(k);
    if (!hasExceptionType(firstLine(text, start, end, 4096))) continue;
    const other = reader.thread(text, start, end);
    if (thread && other && other !== thread) continue;
    return { line, start, end };
  }
  return undefined;
}

/** Does the entry hold one of the exceptions (fragment lists, folded) in order? Rare path: indexOf is fine. */
export function entryMatchesAny(text: string, start: number, end: number, exceptions: string[][]): boolean {
  const entry = foldAscii(text.slice(start, Math.min(end, start + ENTRY_WINDOW)));
  return exceptions.some((fragments) => {
    let cursor = 0;
    for (const f of fragments) {
      const at = entry.indexOf(f, cursor);
      if (at < 0) return false;
      cursor = at + f.length;
    }
    return true;
  });
}
