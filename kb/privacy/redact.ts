import { isIpv4, isIpv6, isPublicHost } from './hosts.ts';
import { isDelimiter, isSlash, PLACEHOLDER, Rewriter } from './scan.ts';
import { redactPlain } from './words.ts';

export { PLACEHOLDER } from './scan.ts';

function hostPlaceholder(host: string): string {
  if (host === '' || host === '?' || host === '.' || isPublicHost(host)) return host;
  return isIpv4(host) ? PLACEHOLDER.ip : PLACEHOLDER.host;
}

/** Rewrites a URL's `user@host:port` starting at `from` (just after `://`); returns where its path starts. */
function authority(t: string, from: number, out: string[]): number {
  let end = from, at = -1;
  for (; end < t.length; end++) {
    const c = t.charCodeAt(end);
    if (c === 47 || c === 92 || c === 63 || c === 35) break;
    if (c === 64) at = end;
  }
  let host = from;
  if (at >= 0) {
    out.push(PLACEHOLDER.user, '@');
    host = at + 1;
  }
  if (t.charCodeAt(host) === 91) {
    const close = t.indexOf(']', host);
    if (close > host && close < end) {
      out.push(isIpv6(t.slice(host + 1, close)) ? PLACEHOLDER.ip : PLACEHOLDER.host, redactPlain(t.slice(close + 1, end)));
      return end;
    }
  }
  let hostEnd = host;
  while (hostEnd < end && t.charCodeAt(hostEnd) !== 58 && t.charCodeAt(hostEnd) !== 93) hostEnd++;
  out.push(hostPlaceholder(t.slice(host, hostEnd)), redactPlain(t.slice(hostEnd, end)));
  return end;
}

/** One token: a UNC host, the hosts of URLs, and everything else word by word. */
function redactToken(t: string): string {
  const out: string[] = [];
  let i = 0;
  if (t.charCodeAt(0) === 92 && t.charCodeAt(1) === 92) {
    let end = 2;
    while (end < t.length && !isSlash(t.charCodeAt(end))) end++;
    out.push('\\\\', hostPlaceholder(t.slice(2, end)));
    i = end;
  }
  while (i < t.length) {
    const scheme = t.indexOf('://', i);
    if (scheme < 0) {
      out.push(redactPlain(t.slice(i)));
      break;
    }
    out.push(redactPlain(t.slice(i, scheme + 3)));
    i = authority(t, scheme + 3, out);
  }
  return out.join('');
}

/**
 * Replaces host names (FQDNs, and any host of a URL or UNC path), IPv4 and IPv6 addresses,
 * `DOMAIN\user`, `user@domain`, e-mail addresses, profile folders (`\Users\name`) and account
 * SIDs with placeholders. One pass over tokens, each read a bounded number of times: linear in
 * the text, with no regular expression run over user input.
 */
export function redact(text: string): string {
  const out = new Rewriter(text);
  let i = 0;
  while (i < text.length) {
    if (isDelimiter(text.charCodeAt(i))) { i++; continue; }
    let j = i, special = false;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (isDelimiter(c)) break;
      if (c === 46 || c === 64 || c === 92 || c === 58 || c === 45 || c === 47) special = true;
    }
    if (special) {
      const token = text.slice(i, j);
      const redacted = redactToken(token);
      if (redacted !== token) out.replace(i, j, redacted);
    }
    i = j;
  }
  return out.done();
}

/** The first `max` characters of `text`, cut before a token so no name is cut in half and let through. */
export function cutAtBoundary(text: string, max: number): string {
  if (text.length <= max) return text;
  let k = max;
  while (k > 0 && !isDelimiter(text.charCodeAt(k))) k--;
  return text.slice(0, k);
}

/** Redacted, blanks collapsed, at most `max` characters: what analytics keeps of a text. */
export function redactSnippet(text: string, max = 300): string {
  const redacted = redact(cutAtBoundary(text, max * 4));
  let out = '', blank = false;
  for (let i = 0; i < redacted.length && out.length < max; i++) {
    const c = redacted.charCodeAt(i);
    if (c <= 32 || c === 0xa0) { blank = out.length > 0; continue; }
    if (blank) out += ' ';
    blank = false;
    out += redacted[i];
  }
  return out;
}
