import type { LogFormat } from '../types.ts';

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
