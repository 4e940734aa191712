import type { LogSource } from '../../model/front-matter.schema.ts';
import { decodeLog } from '../decode.ts';
import type { LogFormat, LogInput } from '../types.ts';
import { detectLogFormat, inferLogSource, readerFor } from './detect.ts';
import type { LogReader } from './reader.ts';
import { walkEntries, type WalkLimits } from './walk.ts';

/** One entry of a log: a line, or a line with its continuation lines (stack traces, wrapped CMTrace messages). */
export interface LogEntry {
  /** 1-based line the entry starts on. */
  line: number;
  endLine: number;
  /** The message part, continuation lines joined with `\n`. */
  text: string;
  /** The entry's lines as written. */
  raw: string;
  component?: string;
  logFormat: LogFormat;
}

/** A decoded log with its format and source worked out. */
export interface ParsedLog {
  name: string;
  text: string;
  format: LogFormat;
  source?: LogSource;
  reader: LogReader;
}

/** 64 KiB of a line is more than any real log message; 256 lines hold any real stack trace. */
export const DEFAULT_LIMITS: WalkLimits = { maxLineLength: 64 * 1024, maxEntryLines: 256 };

/** Decode a log and recognise its format and source. */
export function parseLog(input: LogInput): ParsedLog {
  const text = decodeLog(input.content);
  const format = detectLogFormat(text);
  return { name: input.name, text, format, source: inferLogSource(format, input.name), reader: readerFor(format) };
}

/**
 * Entries of a log as objects, for callers that want to look at a log (CLI, tests).
 * The matcher itself walks offsets instead, so it does not allocate per line.
 */
export function readLogEntries(log: ParsedLog, limits: WalkLimits = DEFAULT_LIMITS): LogEntry[] {
  const entries: LogEntry[] = [];
  let current: { line: number; start: number; parts: string[] } | undefined;
  walkEntries(log.text, log.reader, {
    start: (lineStart, line) => { current = { line, start: lineStart, parts: [] }; },
    segment: (from, to) => { current?.parts.push(log.text.slice(from, to)); },
    end: (end, lastLine) => {
      if (!current) return;
      const rawEnd = end > current.start && log.text.charCodeAt(end - 1) === 10 ? end - 1 : end;
      const raw = log.text.slice(current.start, rawEnd);
      const component = log.reader.component(log.text, current.start, end);
      entries.push({
        line: current.line, endLine: lastLine, text: current.parts.join('\n'), raw, logFormat: log.format,
        ...(component ? { component } : {}),
      });
    },
  }, limits);
  return entries;
}
