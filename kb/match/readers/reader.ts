import type { LogFormat } from '../types.ts';
import { firstLineEnd, skipToken, skipTokens } from './scan-helpers.ts';

/**
 * What a reader knows of its format, as offsets into the decoded text so the matcher's
 * hot loop can use it without allocating. `start`/`end` bound one line (no `\n`).
 */
export interface LogReader {
  format: LogFormat;
  /** Does this line look like one of ours? Used to sniff the format from the first lines. */
  sniff(text: string, start: number, end: number): boolean;
  /** Where the message of a line that opens an entry starts, or -1 if the line continues the entry above. */
  header(text: string, start: number, end: number): number;
  /** Where the message part of a line ends (CMTrace stops before `]LOG]!>`). */
  messageEnd(text: string, from: number, end: number): number;
  /** The component of the entry spanning `[start, end)`, for display. */
  component(text: string, start: number, end: number): string | undefined;
  /** The process/thread token of the entry spanning `[start, end)`, to pair entries of one request. */
  thread(text: string, start: number, end: number): string | undefined;
}

/** For formats whose message runs to the end of the line. */
export const lineEnd = (_text: string, _from: number, end: number) => end;
/** For formats without the field. */
export const none = () => undefined;

/**
 * A reader for lines of a fixed prefix (date and time) followed by blank-separated tokens, the
 * second the process/thread and the third the component, then the message: the WSUS server log
 * and Windows 10's decoded WindowsUpdate.log. `prefix` gives the index after it, or -1.
 */
export function prefixedReader(format: LogFormat, prefix: (text: string, start: number, end: number) => number): LogReader {
  const token = (text: string, start: number, entryEnd: number, n: number) => {
    const end = firstLineEnd(text, start, entryEnd);
    const p = prefix(text, start, end);
    if (p < 0) return undefined;
    const from = skipTokens(text, p, end, n);
    return text.slice(from, skipToken(text, from, end)) || undefined;
  };
  return {
    format,
    sniff: (text, start, end) => prefix(text, start, end) > 0,
    header(text, start, end) {
      const p = prefix(text, start, end);
      return p < 0 ? -1 : skipTokens(text, p, end, 3);
    },
    messageEnd: lineEnd,
    component: (text, start, end) => token(text, start, end, 2),
    thread: (text, start, end) => token(text, start, end, 1),
  };
}
