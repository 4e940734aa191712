import { lineEnd, prefixedReader, type LogReader } from './reader.ts';
import { date, firstLineEnd, isBlank, skipBlanks, time } from './scan-helpers.ts';

const TAB = 9, DASH = 45, SLASH = 47;

/** Start of tab-separated field `n` (0-based) of a legacy line, or -1. */
function field(text: string, start: number, end: number, n: number): number {
  let i = start;
  for (let k = 0; k < n; k++) {
    while (i < end && text.charCodeAt(i) !== TAB) i++;
    if (i >= end) return -1;
    i++;
  }
  return i;
}

function fieldText(text: string, start: number, end: number, n: number): string | undefined {
  const from = field(text, start, end, n);
  if (from < 0) return undefined;
  let to = from;
  while (to < end && text.charCodeAt(to) !== TAB) to++;
  return text.slice(from, to).trim() || undefined;
}

/**
 * `%windir%\WindowsUpdate.log` before Windows 10: tab-separated
 * `2008-08-01 ⇥ 10:00:00:123 ⇥  788 ⇥ ee4 ⇥ PT ⇥ WARNING: message`.
 */
export const legacyWindowsUpdateReader: LogReader = {
  format: 'windowsupdate-legacy',
  sniff: (text, start, end) => {
    const d = date(text, start, end, DASH);
    return d > 0 && text.charCodeAt(d) === TAB && time(text, d + 1, end) > 0;
  },
  header(text, start, end) {
    const d = date(text, start, end, DASH);
    if (d < 0 || text.charCodeAt(d) !== TAB) return -1;
    const message = field(text, start, end, 5);
    return message < 0 ? skipBlanks(text, d + 1, end) : message;
  },
  messageEnd: lineEnd,
  component: (text, start, end) => fieldText(text, start, firstLineEnd(text, start, end), 4),
  thread: (text, start, end) => fieldText(text, start, firstLineEnd(text, start, end), 3),
};

/**
 * Windows 10+ `Get-WindowsUpdateLog` output: blank-separated
 * `2024/01/15 10:22:33.1234567 1234  5678  Agent           message`.
 */
export const etlWindowsUpdateReader = prefixedReader('windowsupdate-etl', etlPrefix);

/** Index after `YYYY/MM/DD HH:MM:SS.fffffff` and the blanks after it, or -1. */
function etlPrefix(text: string, start: number, end: number): number {
  const d = date(text, start, end, SLASH);
  if (d < 0 || !isBlank(text.charCodeAt(d))) return -1;
  const t = time(text, skipBlanks(text, d, end), end);
  return t < 0 ? -1 : skipBlanks(text, t, end);
}


