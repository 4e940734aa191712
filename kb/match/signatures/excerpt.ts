import type { LogExcerpt } from '../../model/article.ts';
import { READERS } from '../readers/detect.ts';
import { isStackContinuation, skipBlanks, skipTokens, startsAt } from '../readers/scan-helpers.ts';
import { PLACEHOLDERS } from './mask.ts';

/** One entry of an article's log excerpt: its message and the stack frames under it. */
export interface ExcerptEntry {
  /** 0-based index of the line in the excerpt. */
  index: number;
  message: string;
  frames: { index: number; name: string }[];
}

/** Level words that a log format may or may not print before the same message. */
const SEVERITY = ['WARNING:', 'FATAL:', 'ERROR:', 'Error:', 'Warning:', '*FAILED*'];

/**
 * Fields between the timestamp placeholder and the message, per source:
 * client `788 ee4 PT`, WSUS `Error w3wp.12 ClientImplementation.SyncUpdates`.
 */
const PREFIX_TOKENS: Record<LogExcerpt['source'], number> = { client: 3, 'wsus-server': 3, configmgr: 0 };

/** Group an excerpt's lines into entries, the way the readers group a real log. */
export function excerptEntries(excerpt: LogExcerpt): ExcerptEntry[] {
  const entries: ExcerptEntry[] = [];
  excerpt.lines.forEach((line, index) => {
    if (!line.trim()) return;
    const last = entries[entries.length - 1];
    if (isStackContinuation(line, 0, line.length)) {
      const name = frameName(line);
      if (last && name) last.frames.push({ index, name });
      return;
    }
    entries.push({ index, message: excerptMessage(line, excerpt.source), frames: [] });
  });
  return entries;
}

/** `   at Ns.Type.Method(Args a)` → `Ns.Type.Method(`; elisions and inner-exception markers → undefined. */
function frameName(line: string): string | undefined {
  const at = skipBlanks(line, 0, line.length);
  if (!startsAt(line, at, line.length, 'at ')) return undefined;
  const paren = line.indexOf('(', at);
  return (paren < 0 ? line.slice(at + 3) : line.slice(at + 3, paren + 1)).trim();
}

/** The message part of an excerpt line, whether it uses a placeholder or a real timestamp. */
export function excerptMessage(line: string, source: LogExcerpt['source']): string {
  const start = skipBlanks(line, 0, line.length);
  const placeholder = PLACEHOLDERS.find((p) => startsAt(line, start, line.length, p));
  let message: string;
  if (placeholder) {
    let i = skipBlanks(line, start + placeholder.length, line.length);
    if (startsAt(line, i, line.length, 'UTC')) i = skipBlanks(line, i + 3, line.length);
    message = fromReader(line, i) ?? line.slice(skipTokens(line, i, line.length, PREFIX_TOKENS[source]));
  } else {
    message = fromReader(line, 0) ?? line;
  }
  return stripSeverity(message.trim());
}

function fromReader(line: string, from: number): string | undefined {
  for (const reader of READERS) {
    if (!reader.sniff(line, from, line.length)) continue;
    const start = reader.header(line, from, line.length);
    if (start >= 0) return line.slice(start, reader.messageEnd(line, start, line.length));
  }
  return undefined;
}

function stripSeverity(message: string): string {
  const level = SEVERITY.find((s) => message.startsWith(s));
  return level ? message.slice(level.length).trim() : message;
}
