import { isWordChar } from '../codes.ts';
import { date, digits, isDigit, startsAt, time } from '../readers/scan-helpers.ts';

/** A message with what varies between machines taken out: the constant parts, in order. */
export interface Masked {
  fragments: string[];
  /** Index of the fragment a fault ID followed (`ID:<guid>`, `ID=<guid>`). */
  captureAfter?: number;
}

/** Shorter constant parts (`', '`, `)`) say nothing and would fire on every line. */
export const MIN_FRAGMENT = 3;
/** Articles write `Date Time` (or a translation) where the real log has a timestamp. */
export const PLACEHOLDERS = ['Date Time', 'Data Godzina'];
const HOST_STOP = new Set([47, 32, 9, 34, 39, 60, 62, 92]); // / blank tab " ' < > \

const isHex = (c: number) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);

function hexRun(s: string, i: number, n: number): number {
  for (let k = 0; k < n; k++) if (!isHex(s.charCodeAt(i + k))) return -1;
  return i + n;
}

/** Index after `{8-4-4-4-12}` (braces optional) at `i`, or -1. */
function guidAt(s: string, i: number): number {
  let j = s.charCodeAt(i) === 123 ? i + 1 : i;
  for (const n of [8, 4, 4, 4]) {
    j = hexRun(s, j, n);
    if (j < 0 || s.charCodeAt(j) !== 45) return -1;
    j++;
  }
  j = hexRun(s, j, 12);
  if (j < 0 || isWordChar(s.charCodeAt(j))) return -1;
  return s.charCodeAt(j) === 125 ? j + 1 : j;
}

function wordEnd(s: string, i: number): number {
  while (i < s.length && isWordChar(s.charCodeAt(i))) i++;
  return i;
}

/**
 * End of a varying token at `i` (a word start), or -1: timestamps and their placeholders,
 * GUIDs, quoted numbers, hex counters (but not HRESULTs), IPv4 addresses, numbers of 4+ digits
 * (ids, counters, sizes) — short numbers such as `= 400` or `(5)` are status values and stay.
 */
function variableEnd(s: string, i: number): number {
  const n = s.length;
  for (const p of PLACEHOLDERS) if (startsAt(s, i, n, p)) return i + p.length;
  const c = s.charCodeAt(i);
  const guid = guidAt(s, i);
  if (guid > 0) return guid;
  if ((c === 39 || c === 34) && isDigit(s.charCodeAt(i + 1))) {
    const end = wordEnd(s, i + 1);
    if (s.charCodeAt(end) === c && digits(s, i + 1, end, end - i - 1) === end) return end + 1;
  }
  if (!isDigit(c)) return -1;
  const stamp = Math.max(date(s, i, n, 45), date(s, i, n, 47), time(s, i, n));
  if (stamp > 0) return stamp;
  if (c === 48 && (s.charCodeAt(i + 1) | 32) === 120) {
    const end = wordEnd(s, i + 2);
    const isHresult = end - i - 2 === 8 && hexRun(s, i + 2, 8) > 0 && parseInt(s[i + 2]!, 16) >= 8;
    return isHresult ? -1 : end;
  }
  const ip = ipv4End(s, i);
  if (ip > 0) return ip;
  const end = wordEnd(s, i);
  const allDigits = digits(s, i, end, end - i) === end;
  const errorCode = s.charCodeAt(i - 1) === 45 && end - i === 10;
  return allDigits && end - i >= 4 && !errorCode ? end : -1;
}

function ipv4End(s: string, i: number): number {
  let j = i;
  for (let part = 0; part < 4; part++) {
    const start = j;
    while (j < s.length && j - start < 3 && isDigit(s.charCodeAt(j))) j++;
    if (j === start) return -1;
    if (part < 3) {
      if (s.charCodeAt(j) !== 46) return -1;
      j++;
    }
  }
  return isWordChar(s.charCodeAt(j)) ? -1 : j;
}

/** Split a message into its constant parts; URL hosts are masked but the path stays. */
export function maskMessage(message: string): Masked {
  const raw: string[] = [];
  let lit = '';
  let captureRaw: number | undefined;
  let i = 0;
  while (i < message.length) {
    const atWordStart = i === 0 || !isWordChar(message.charCodeAt(i - 1));
    const scheme = startsAt(message, i, message.length, 'https://') ? 8 : startsAt(message, i, message.length, 'http://') ? 7 : 0;
    if (scheme) {
      lit += message.slice(i, i + scheme);
      i += scheme;
      const hostStart = i;
      while (i < message.length && !HOST_STOP.has(message.charCodeAt(i))) i++;
      if (i > hostStart) { raw.push(lit); lit = ''; }
      continue;
    }
    const end = atWordStart ? variableEnd(message, i) : -1;
    if (end > i) {
      const label = lit.trimEnd().toUpperCase();
      if (guidAt(message, i) > 0 && (label.endsWith('ID:') || label.endsWith('ID='))) captureRaw = raw.length;
      raw.push(lit);
      lit = '';
      i = end;
      continue;
    }
    const next = atWordStart && isWordChar(message.charCodeAt(i)) ? wordEnd(message, i) : i + 1;
    lit += message.slice(i, next);
    i = next;
  }
  raw.push(lit);
  return finish(raw, captureRaw);
}

function finish(raw: string[], captureRaw: number | undefined): Masked {
  const fragments: string[] = [];
  let captureAfter: number | undefined;
  raw.forEach((part, index) => {
    const trimmed = part.trim();
    if (trimmed.length < MIN_FRAGMENT) return;
    if (index === captureRaw) captureAfter = fragments.length;
    fragments.push(trimmed);
  });
  return captureAfter === undefined ? { fragments } : { fragments, captureAfter };
}
