/** Character classes and an output buffer shared by the redaction scanners (no regular expressions). */

/** What each kind of personal data is replaced with. */
export const PLACEHOLDER = { host: '[host]', ip: '[ip]', user: '[user]', email: '[email]', sid: '[sid]' } as const;

/** Where tokens end: blanks, quotes, brackets and the punctuation that separates fields. */
export function isDelimiter(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 40 || c === 41 || c === 123
    || c === 125 || c === 44 || c === 59 || c === 61 || c === 124 || c === 0x85 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b)
    || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff;
}

/** Characters of host names, user names and e-mail local parts (non-ASCII letters too). */
export function isAtom(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    || c === 46 || c === 45 || c === 95 || c === 37 || c === 43 || c === 36 || (c >= 128 && !isDelimiter(c));
}

export const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
export const isHex = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
export const isSlash = (c: number) => c === 92 || c === 47;

export function atomEnd(s: string, i: number): number {
  while (i < s.length && isAtom(s.charCodeAt(i))) i++;
  return i;
}

/** `to` without trailing dots (the full stop after a name is not part of it). */
export function trimDots(s: string, from: number, to: number): number {
  while (to > from && s.charCodeAt(to - 1) === 46) to--;
  return to;
}

/** Collects the output: untouched stretches are copied once, at the next replacement. */
export class Rewriter {
  private readonly parts: string[] = [];
  private copied = 0;
  constructor(private readonly s: string) {}
  replace(from: number, to: number, text: string): void {
    this.parts.push(this.s.slice(this.copied, from), text);
    this.copied = to;
  }
  done(): string {
    if (this.copied === 0) return this.s;
    this.parts.push(this.s.slice(this.copied));
    return this.parts.join('');
  }
}
