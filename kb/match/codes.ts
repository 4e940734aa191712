/**
 * A tiny linear scanner for HRESULTs in the spellings logs and people use:
 * `0x8024400E`, `8024400e`, `[8024400E]`, `error 0x8024400E`, `-2145107954`.
 * Kept separate from kb/codes on purpose: matching needs only recognition and normalisation
 * (hex.ts, which it uses, imports nothing).
 */
import { formatHex } from '../codes/hex.ts';

/** A code found by scanErrorCodes, with its place in the text. */
export interface ErrorCodeHit {
  /** Normalised: `0x` and eight upper-case hex digits. */
  code: string;
  start: number;
  end: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** Letters, digits and underscore: a code glued to one of these is part of a longer token. */
export const isWordChar = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** `0x8024400e`, `8024400E` or `-2145107954` → `0x8024400E`; anything else → undefined. */
export function normalizeErrorCode(token: string): string | undefined {
  const hits = scanErrorCodes(token.trim());
  const hit = hits[0];
  return hits.length === 1 && hit && hit.start === 0 && hit.end === token.trim().length ? hit.code : undefined;
}

/** The literal spellings to look for when a log may name `code`: bare hex, signed and unsigned decimal. */
export function errorCodeForms(code: string): { hex: string; signed: string; unsigned: string } {
  const value = parseInt(code.slice(2), 16);
  return { hex: code.slice(2).toLowerCase(), signed: String(value | 0), unsigned: String(value >>> 0) };
}

/** Every HRESULT-looking token of `text[from, to)`, in one left-to-right pass. */
export function scanErrorCodes(text: string, from = 0, to = text.length): ErrorCodeHit[] {
  const hits: ErrorCodeHit[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const prev = i > from ? text.charCodeAt(i - 1) : 32;
    if (isWordChar(prev) || !(isWordChar(c) || c === 45)) { i++; continue; }
    if (c === 45) { i = negativeDecimal(text, i, to, hits); continue; }
    if (c === 48 && (text.charCodeAt(i + 1) | 32) === 120 && i + 1 < to) { i = prefixedHex(text, i, to, hits); continue; }
    i = bareHex(text, i, to, hits, prev);
  }
  return hits;
}

function runEnd(text: string, i: number, to: number, test: (c: number) => boolean): number {
  while (i < to && test(text.charCodeAt(i))) i++;
  return i;
}

function push(hits: ErrorCodeHit[], value: number, start: number, end: number): void {
  hits.push({ code: formatHex(value), start, end });
}

/** `-2145107954`: ten digits, a failure HRESULT (high bit set) read as a signed 32-bit int. */
function negativeDecimal(text: string, i: number, to: number, hits: ErrorCodeHit[]): number {
  const end = runEnd(text, i + 1, to, isDigit);
  const value = Number(text.slice(i + 1, end));
  const tail = end < to ? text.charCodeAt(end) : 32;
  if (end - i - 1 === 10 && value <= 2147483648 && !isWordChar(tail)) push(hits, -value, i, end);
  return Math.max(end, i + 1);
}

function prefixedHex(text: string, i: number, to: number, hits: ErrorCodeHit[]): number {
  const end = runEnd(text, i + 2, to, isHex);
  const tail = end < to ? text.charCodeAt(end) : 32;
  if (end - i - 2 === 8 && !isWordChar(tail)) push(hits, parseInt(text.slice(i + 2, end), 16), i, end);
  return runEnd(text, end, to, isWordChar);
}

/** `8024400E`: eight hex digits with the failure bit set, not the first group of a GUID. */
function bareHex(text: string, i: number, to: number, hits: ErrorCodeHit[], prev: number): number {
  const end = runEnd(text, i, to, isWordChar);
  const tail = end < to ? text.charCodeAt(end) : 32;
  if (end - i === 8 && prev !== 45 && tail !== 45 && runEnd(text, i, end, isHex) === end && hexValue(text.charCodeAt(i)) >= 8) {
    push(hits, parseInt(text.slice(i, end), 16), i, end);
  }
  return end;
}

const hexValue = (c: number) => (isDigit(c) ? c - 48 : (c | 32) - 87);

/**
 * Is the literal `text[start, end)` (one of errorCodeForms) a whole code rather than part of a
 * longer number or GUID? Called for automaton hits only, so it may look around freely.
 */
export function isCodeAt(text: string, start: number, end: number): boolean {
  const next = end < text.length ? text.charCodeAt(end) : 32;
  if (isWordChar(next) || next === 45) return false;
  const first = text.charCodeAt(start);
  const prev = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (first === 45) return !isWordChar(prev);
  if ((prev | 32) === 120 && start >= 2 && text.charCodeAt(start - 2) === 48) {
    return start < 3 || !isWordChar(text.charCodeAt(start - 3));
  }
  return !isWordChar(prev) && prev !== 45;
}
