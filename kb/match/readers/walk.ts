import type { LogReader } from './reader.ts';

/** Receives a log entry by entry, as offsets into the decoded text. */
export interface EntryVisitor {
  /** A new entry opens on 1-based line `line`, which starts at `lineStart`. */
  start(lineStart: number, line: number): void;
  /** `text[from, to)` is message text of the current entry (one line's worth, already capped). */
  segment(from: number, to: number): void;
  /** The current entry is complete; `end` is the offset just past its last line. */
  end(end: number, lastLine: number): void;
}

/** Caps that bound the work and memory spent on one line or entry. */
export interface WalkLimits {
  /** Characters of a line's message that are looked at. */
  maxLineLength: number;
  /** Continuation lines beyond this open a new entry, so one entry cannot grow without bound. */
  maxEntryLines: number;
}

/**
 * One pass over `text`, line by line, grouping continuation lines with the entry above.
 * Linear in the text: each line is found with one indexOf and read by the reader's scanners.
 * @returns the number of lines.
 */
export function walkEntries(text: string, reader: LogReader, visitor: EntryVisitor, limits: WalkLimits): number {
  const n = text.length;
  let pos = 0, line = 0, open = false, entryLines = 0;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    line++;
    // Readers only look at a line's beginning; capping here bounds even their scans.
    const capped = Math.min(nl, pos + limits.maxLineLength);
    let msg = reader.header(text, pos, capped);
    if (msg < 0 && (!open || entryLines >= limits.maxEntryLines)) msg = pos;
    if (msg >= 0) {
      if (open) visitor.end(pos, line - 1);
      visitor.start(pos, line);
      open = true;
      entryLines = 0;
    } else {
      msg = pos;
    }
    entryLines++;
    const limit = Math.min(nl, msg + limits.maxLineLength);
    visitor.segment(msg, reader.messageEnd(text, msg, limit));
    pos = nl + 1;
  }
  if (open) visitor.end(n, line);
  return line;
}
