/**
 * What counts as a host name outside a URL. A dotted word is only a host when its last label is
 * a top-level domain people name machines under, so `WindowsUpdate.log`, `System.Net.WebException`
 * and `7.6.7600.256` stay as they are.
 */
const GENERIC_TLDS = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'name', 'pro', 'eu', 'asia', 'cloud', 'online',
  'site', 'tech', 'app', 'dev', 'arpa',
  // Internal suffixes that are not real TLDs but name most on-premises machines.
  'local', 'lan', 'corp', 'internal', 'intranet', 'intra', 'home', 'localdomain', 'domain', 'ad', 'priv', 'private',
]);

/** Two-letter country codes that are far more often file extensions or namespaces in logs. */
const NOT_COUNTRY = new Set(['cs', 'sh', 'py', 'md', 'rs', 'ps', 'so', 'mo', 'pm', 'io', 'js', 'ts', 'db', 'gz', 'xz', 'bz', 'vb']);

/** .NET namespaces look like host names; their roots never are. */
const NAMESPACE_ROOTS = new Set(['System', 'Microsoft', 'Windows', 'MS', 'Internal']);

/** Public Microsoft endpoints say nothing about the customer, and the gap report needs them. */
const PUBLIC_SUFFIXES = ['microsoft.com', 'windowsupdate.com', 'windows.com', 'msft.net'];

const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number) => isAlpha(c) || (c >= 48 && c <= 57);

function isTld(label: string): boolean {
  const lower = label.toLowerCase();
  for (let i = 0; i < lower.length; i++) if (!isAlpha(lower.charCodeAt(i))) return false;
  return GENERIC_TLDS.has(lower) || (lower.length === 2 && !NOT_COUNTRY.has(lower));
}

/** `a.b.tld`: at least two labels of letters, digits and inner hyphens, ending in a TLD. */
export function isHostName(text: string): boolean {
  if (text.length < 3 || text.length > 253) return false;
  const labels = text.split('.');
  if (labels.length < 2 || NAMESPACE_ROOTS.has(labels[0]!)) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return false;
    if (!isAlnum(label.charCodeAt(0)) || !isAlnum(label.charCodeAt(label.length - 1))) return false;
    for (let i = 1; i < label.length - 1; i++) {
      const c = label.charCodeAt(i);
      if (!isAlnum(c) && c !== 45) return false;
    }
  }
  return isTld(labels.at(-1)!);
}

/** Hosts that are kept as they are: Microsoft's public update endpoints and the local machine. */
export function isPublicHost(host: string): boolean {
  const lower = host.toLowerCase();
  if (lower === 'localhost') return true;
  return PUBLIC_SUFFIXES.some((s) => lower === s || lower.endsWith(`.${s}`));
}

/** `10.0.0.5`: four decimal parts of at most 255. */
export function isIpv4(text: string): boolean {
  let parts = 0, digits = 0, value = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || value > 255) return false;
      parts++;
      digits = 0;
      value = 0;
    } else if (c >= 48 && c <= 57 && digits < 3) {
      digits++;
      value = value * 10 + (c - 48);
    } else {
      return false;
    }
  }
  return parts === 4;
}

const isHex = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

/** Hex groups separated by `:`, with at most one `::` and optionally an IPv4 tail; needs a digit. */
export function isIpv6(text: string): boolean {
  if (text.length < 2 || text.length > 45) return false;
  const double = text.indexOf('::');
  if (double >= 0 && text.indexOf('::', double + 1) >= 0) return false;
  let hasDigit = false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) hasDigit = true;
  if (!hasDigit) return false;
  const sides = double >= 0 ? [text.slice(0, double), text.slice(double + 2)] : [text];
  let groups = 0;
  for (const [s, side] of sides.entries()) {
    if (side === '') continue;
    const parts = side.split(':');
    for (const [k, part] of parts.entries()) {
      const last = s === sides.length - 1 && k === parts.length - 1;
      if (last && part.includes('.')) {
        if (!isIpv4(part)) return false;
        groups += 2;
        continue;
      }
      if (part.length === 0 || part.length > 4) return false;
      for (let i = 0; i < part.length; i++) if (!isHex(part.charCodeAt(i))) return false;
      groups++;
    }
  }
  return double >= 0 ? groups <= 7 : groups === 8;
}
