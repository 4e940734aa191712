import type { LogReader } from './reader.ts';
import { lineEnd, none } from './reader.ts';
import { isStackContinuation } from './scan-helpers.ts';

/** Anything else: each line is an entry, except stack-trace lines, which join the entry above. */
export const plainReader: LogReader = {
  format: 'plain',
  sniff: () => true,
  header: (text, start, end) => (isStackContinuation(text, start, end) ? -1 : start),
  messageEnd: lineEnd,
  component: none,
  thread: none,
};
