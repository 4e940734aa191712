/**
 * Hand-written scanning over `text[i, end)` with charCodeAt: readers run on every line of
 * user input, so they must stay linear and allocation-free (no regular expressions).
 */

/** ASCII digit. */
export const isDigit = (c: number) => c >= 48 && c <= 57;
/** Space or tab: the field separators of every format here. */
export const isBlank = (c: number) => c === 32 || c === 9;

/** Index after `n` digits at `i`, or -1. */
export function digits(text: string, i: number, end: number, n: number): number {
  if (i + n > end) return -1;
  for (let k = 0; k < n; k++) if (!isDigit(text.charCodeAt(i + k))) return -1;
  return i + n;
}

/** Index after `YYYY<sep>MM<sep>DD` at `i`, or -1. */
export function date(text: string, i: number, end: number, sep: number): number {
  let j = digits(text, i, end, 4);
  if (j < 0 || text.charCodeAt(j) !== sep) return -1;
  j = digits(text, j + 1, end, 2);
  if (j < 0 || text.charCodeAt(j) !== sep) return -1;
  return digits(text, j + 1, end, 2);
}

/** Index after `HH:MM:SS` and an optional `.`/`:`/`,` fraction, or -1. */
export function time(text: string, i: number, end: number): number {
  let j = digits(text, i, end, 2);
  if (j < 0 || text.charCodeAt(j) !== 58) return -1;
  j = digits(text, j + 1, end, 2);
  if (j < 0 || text.charCodeAt(j) !== 58) return -1;
  j = digits(text, j + 1, end, 2);
  if (j < 0) return -1;
  const c = text.charCodeAt(j);
  if (j < end && (c === 46 || c === 58 || c === 44) && isDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < end && isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

/** Index of the first non-blank at or after `i`. */
export function skipBlanks(text: string, i: number, end: number): number {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Index after one run of non-blank characters. */
export function skipToken(text: string, i: number, end: number): number {
  while (i < end && !isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Skip `n` blank-separated tokens and the blanks after each. */
export function skipTokens(text: string, i: number, end: number, n: number): number {
  for (let k = 0; k < n && i < end; k++) i = skipBlanks(text, skipToken(text, i, end), end);
  return i;
}

/** Does `text` hold `literal` at `i` (within `end`)? */
export function startsAt(text: string, i: number, end: number, literal: string): boolean {
  if (i + literal.length > end) return false;
  for (let k = 0; k < literal.length; k++) if (text.charCodeAt(i + k) !== literal.charCodeAt(k)) return false;
  return true;
}

/** First index of `literal` in `text[i, end)`, or -1; unlike indexOf it never looks past `end`. */
export function findIn(text: string, i: number, end: number, literal: string): number {
  const first = literal.charCodeAt(0);
  for (let k = i; k + literal.length <= end; k++) {
    if (text.charCodeAt(k) === first && startsAt(text, k, end, literal)) return k;
  }
  return -1;
}

/**
 * .NET stack-trace continuation: `at Namespace.Type.Method(`, `--- End of inner exception`,
 * or an elision `...`. Such lines belong to the entry above in every format.
 */
export function isStackContinuation(text: string, start: number, end: number): boolean {
  const i = skipBlanks(text, start, end);
  if (startsAt(text, i, end, 'at ')) {
    const j = i + 3;
    const c = text.charCodeAt(j) | 32;
    return j < end && c >= 97 && c <= 122;
  }
  return startsAt(text, i, end, '--- ') || startsAt(text, i, end, '...');
}

/** End of the line that starts at `start`, never past `end`. */
export function firstLineEnd(text: string, start: number, end: number): number {
  const nl = findIn(text, start, end, '\n');
  return nl < 0 ? end : nl;
}
