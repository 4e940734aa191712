import { encodingOf } from '../match/decode.ts';
import { DEFAULT_LIMITS, parseLog, type ParsedLog } from '../match/readers/read-log.ts';
import { walkEntries } from '../match/readers/walk.ts';
import { maskMessage } from '../match/signatures/mask.ts';
import type { LogInput } from '../match/types.ts';
import { cutAtBoundary, PLACEHOLDER, redact, redactSnippet } from '../privacy/redact.ts';

/** A failure line of a log that matched nothing, as the gap report groups it. */
export interface GapLine {
  template: string;
  source: string | null;
  example: string;
}

/** Only the end of a log is read (where the failure usually is), so recording stays cheap. */
export const SCAN_CHARS = 512 * 1024;
const MAX_TEMPLATES_PER_LOG = 20;
const MAX_MESSAGE = 2000;
const MIN_LETTERS = 8;
/** Something the matcher's masking always takes out (a GUID). */
const VARIABLE = '00000000-0000-0000-0000-000000000000';

// A line is a failure when it says so; "error" alone often reports success ("error = 0x00000000").
// Alternations of plain words: linear, and no lower-cased copy of every line.
const FAILURE = /fail|exception|fatal|warning|unable|cannot|can't|could not|denied|timed out|timeout/i;
const ERROR = /error/i;
const SUCCESS = /0x00000000|s_ok|succeeded|success|no error/i;

export function isFailureLine(message: string): boolean {
  return FAILURE.test(message) || (ERROR.test(message) && !SUCCESS.test(message));
}

/**
 * The matcher's masking over the redacted message: timestamps, GUIDs, ids, hosts, addresses,
 * accounts become `*` (the signature mini-syntax), so the same failure on two machines gives the
 * same template, one an editor can paste into an article's `signatures`.
 * Undefined for boilerplate with too few words left to mean anything.
 */
export function templateOf(message: string): string | undefined {
  let redacted = redact(cutAtBoundary(message, MAX_MESSAGE));
  // A host by name on one machine is an address on another: every placeholder is a masked part.
  for (const p of Object.values(PLACEHOLDER)) redacted = redacted.replaceAll(p, VARIABLE);
  const template = maskMessage(redacted).fragments.join(' * ').slice(0, 500);
  let letters = 0;
  for (let i = 0; i < template.length && letters < MIN_LETTERS; i++) {
    const c = template.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) letters++;
  }
  return letters >= MIN_LETTERS ? template : undefined;
}

/** The last SCAN_CHARS of a log, decoded; bytes are cut before decoding, keeping the BOM. */
export function readTail(log: LogInput): ParsedLog {
  const content = log.content;
  const tail = typeof content === 'string' ? (content.length > SCAN_CHARS ? content.slice(-SCAN_CHARS) : content) : tailBytes(content);
  const parsed = parseLog({ name: log.name, content: tail });
  // The first line of a cut log is a fragment.
  return tail === content ? parsed : { ...parsed, text: parsed.text.slice(parsed.text.indexOf('\n') + 1) };
}

/** The bytes of about SCAN_CHARS characters at the end, behind the BOM; the bytes themselves when shorter. */
function tailBytes(content: Uint8Array): Uint8Array {
  const { charset, bom } = encodingOf(content);
  // UTF-16 takes two bytes a character; UTF-8 logs are mostly ASCII, about one.
  const keep = SCAN_CHARS * (charset === 'utf-8' ? 1 : 2);
  if (content.byteLength <= keep) return content;
  // An even cut keeps UTF-16 code units aligned.
  const cut = (content.byteLength - keep) & ~1;
  const bytes = new Uint8Array(bom + content.byteLength - cut);
  bytes.set(content.subarray(0, bom));
  bytes.set(content.subarray(cut), bom);
  return bytes;
}

/** Distinct failure templates of one log, each with its first line as the example. */
export function gapLines(log: ParsedLog): GapLine[] {
  const { text } = log;
  const found = new Map<string, GapLine>();
  let entry: { start: number; from: number; to: number } | undefined;
  walkEntries(text, log.reader, {
    start: (lineStart) => { entry = { start: lineStart, from: -1, to: -1 }; },
    // Only the entry's first line: stack frames below it say where, not what.
    segment: (from, to) => { if (entry && entry.from < 0) Object.assign(entry, { from, to }); },
    end: () => {
      if (!entry || entry.from < 0 || found.size >= MAX_TEMPLATES_PER_LOG) return;
      const message = text.slice(entry.from, Math.min(entry.to, entry.from + MAX_MESSAGE));
      if (!isFailureLine(message)) return;
      const template = templateOf(message);
      if (!template || found.has(template)) return;
      const lineEnd = text.indexOf('\n', entry.start);
      const line = text.slice(entry.start, Math.min(lineEnd < 0 ? text.length : lineEnd, entry.start + MAX_MESSAGE));
      found.set(template, { template, source: log.source ?? null, example: redactSnippet(line, 300) });
    },
  }, DEFAULT_LIMITS);
  return [...found.values()];
}
