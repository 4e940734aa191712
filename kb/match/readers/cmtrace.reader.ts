import type { LogReader } from './reader.ts';
import { findIn, skipBlanks, startsAt } from './scan-helpers.ts';

const OPEN = '<![LOG[';
const CLOSE = ']LOG]!>';
/** Attributes sit on the line that closes the message; a message of a few KiB is the most we look through. */
const ATTRIBUTE_WINDOW = 16 * 1024;

function attribute(text: string, start: number, end: number, name: string): string | undefined {
  const limit = Math.min(end, start + ATTRIBUTE_WINDOW);
  const close = findIn(text, start, limit, CLOSE);
  if (close < 0) return undefined;
  const key = ` ${name}="`;
  const at = findIn(text, close, limit, key);
  if (at < 0) return undefined;
  const from = at + key.length;
  const to = findIn(text, from, limit, '"');
  return to < 0 ? undefined : text.slice(from, to) || undefined;
}

/**
 * ConfigMgr / SCE CMTrace logs (WUAHandler.log, WCM.log, …):
 * `<![LOG[message]LOG]!><time="…" date="…" component="…" context="" type="1" thread="…" file="…">`.
 * A message may run over several lines until `]LOG]!>`.
 */
export const cmtraceReader: LogReader = {
  format: 'cmtrace',
  sniff: (text, start, end) => startsAt(text, skipBlanks(text, start, end), end, OPEN),
  header(text, start, end) {
    const i = skipBlanks(text, start, end);
    return startsAt(text, i, end, OPEN) ? i + OPEN.length : -1;
  },
  messageEnd(text, from, end) {
    const close = findIn(text, from, end, CLOSE);
    return close < 0 ? end : close;
  },
  component: (text, start, end) => attribute(text, start, end, 'component'),
  thread: (text, start, end) => attribute(text, start, end, 'thread'),
};
