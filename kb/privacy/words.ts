import { isHostName, isIpv4, isIpv6, isPublicHost } from './hosts.ts';
import { atomEnd, isAtom, isHex, isSlash, isWordChar, PLACEHOLDER, Rewriter, trimDots } from './scan.ts';

/* Redaction inside one token, outside URL hosts: words, and what joins them (`@`, `\`, `:`). */

// Built-in principals and registry hives look like DOMAIN\user but name nobody.
const NOT_DOMAINS = new Set(['AUTHORITY', 'BUILTIN', 'SERVICE', 'APPPOOL', 'HKLM', 'HKCU', 'HKU', 'HKCR', 'HKCC']);
const SID_PREFIXES = ['S-1-5-21-', 'S-1-12-1-'];

/** The replacement of a lone word: a SID (the tail after it is kept), an IPv4 address or a host name. */
function classify(word: string): string | undefined {
  const upper = word.slice(0, 9).toUpperCase();
  if (SID_PREFIXES.some((p) => upper === p)) {
    let k = 9;
    while (k < word.length && ((word.charCodeAt(k) >= 48 && word.charCodeAt(k) <= 57) || word.charCodeAt(k) === 45)) k++;
    return PLACEHOLDER.sid + word.slice(k);
  }
  if (word.indexOf('.') < 0) return undefined;
  if (isIpv4(word)) return PLACEHOLDER.ip;
  return isHostName(word) && !isPublicHost(word) ? PLACEHOLDER.host : undefined;
}

/** `DOMAIN\user` (not a path segment: nothing path-like before the domain or after the user). */
function isAccount(s: string, start: number, end: number, userStart: number, userEnd: number): boolean {
  const domain = s.slice(start, end);
  let letters = 0;
  for (let k = 0; k < domain.length; k++) if (((domain.charCodeAt(k) | 32) >= 97 && (domain.charCodeAt(k) | 32) <= 122)) letters++;
  if (domain.length > 15 || letters === 0) return false;
  if (NOT_DOMAINS.has(domain.toUpperCase()) || domain.toUpperCase().startsWith('HKEY_')) return false;
  if (start > 0 && (isSlash(s.charCodeAt(start - 1)) || s.charCodeAt(start - 1) === 58)) return false;
  if (userEnd - userStart > 64 || isSlash(s.charCodeAt(userEnd))) return false;
  return classify(s.slice(userStart, userEnd))?.startsWith(PLACEHOLDER.sid) !== true;
}

/** Words of a token outside URLs: e-mail addresses, accounts, profile folders, SIDs, IPv4, hosts. */
function redactWords(s: string): string {
  const out = new Rewriter(s);
  let i = 0;
  while (i < s.length) {
    if (!isAtom(s.charCodeAt(i))) { i++; continue; }
    const end = atomEnd(s, i);
    const sep = s.charCodeAt(end);
    if (sep === 64 && isAtom(s.charCodeAt(end + 1))) {
      const domainEnd = atomEnd(s, end + 1);
      const core = trimDots(s, end + 1, domainEnd);
      out.replace(i, core, s.slice(end + 1, core).includes('.') ? PLACEHOLDER.email : PLACEHOLDER.user);
      i = domainEnd;
      continue;
    }
    if (isSlash(sep)) {
      // One extra backslash: the same account as written inside a JSON or C string.
      const userStart = sep === 92 && s.charCodeAt(end + 1) === 92 ? end + 2 : end + 1;
      const userEnd = atomEnd(s, userStart);
      if (userEnd > userStart && sep === 92 && isAccount(s, i, end, userStart, userEnd)) {
        out.replace(i, trimDots(s, userStart, userEnd), PLACEHOLDER.user);
        i = userEnd;
        continue;
      }
      const profile = s.slice(i, end).toLowerCase() === 'users' && i > 0 && isSlash(s.charCodeAt(i - 1));
      if (profile && userEnd > userStart) {
        out.replace(userStart, userEnd, PLACEHOLDER.user);
        i = userEnd;
        continue;
      }
    }
    const core = trimDots(s, i, end);
    const replacement = classify(s.slice(i, core));
    if (replacement !== undefined) out.replace(i, core, replacement);
    i = end;
  }
  return out.done();
}

/** IPv6 addresses (runs of hex digits and colons), then the words in between. */
export function redactPlain(s: string): string {
  if (s.indexOf(':') < 0) return redactWords(s);
  const parts: string[] = [];
  let copied = 0, i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (!isHex(c) && c !== 58) { i++; continue; }
    let j = i, colons = 0;
    for (; j < s.length; j++) {
      const d = s.charCodeAt(j);
      if (d === 58) colons++;
      else if (!isHex(d) && d !== 46) break;
    }
    const end = trimDots(s, i, j);
    if (colons >= 2 && !isWordChar(s.charCodeAt(i - 1)) && !isWordChar(s.charCodeAt(j)) && isIpv6(s.slice(i, end))) {
      parts.push(redactWords(s.slice(copied, i)), PLACEHOLDER.ip);
      copied = end;
    }
    i = j;
  }
  parts.push(redactWords(s.slice(copied)));
  return parts.join('');
}
