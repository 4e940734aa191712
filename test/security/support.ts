/** Checks for what must never reach HTML that kbdesk serves. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' };

/** Decodes the HTML character references a browser would decode in an attribute value. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const DANGEROUS_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'link', 'meta', 'base', 'form', 'frame',
  'frameset', 'applet', 'template', 'video', 'audio', 'source', 'input', 'button', 'textarea', 'details', 'noscript']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'background', 'lowsrc']);

/** The attributes of one start tag as a browser tokenises them (quoted values may hold anything). */
function attributes(tag: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  const re = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const body = tag.replace(/^<[a-z0-9]+/i, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) out.push({ name: m[1]!.toLowerCase(), value: decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') });
  return out;
}

/** Every way script could run from this HTML; empty when it is safe. */
export function scriptVectors(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<[a-z][a-z0-9]*(?:\s[^>]*)?\/?>/gi) ?? []) {
    const name = /^<([a-z0-9]+)/i.exec(tag)![1]!.toLowerCase();
    if (DANGEROUS_TAGS.has(name)) found.push(`<${name}> tag: ${tag.slice(0, 80)}`);
    for (const { name: attr, value } of attributes(tag)) {
      if (attr.startsWith('on')) found.push(`event handler ${attr}: ${tag.slice(0, 80)}`);
      if (attr === 'style') found.push(`style attribute: ${tag.slice(0, 80)}`);
      const url = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
      if (URL_ATTRIBUTES.has(attr) && /^(javascript|vbscript|data|file|blob):/.test(url)) found.push(`${attr} with a ${url.split(':')[0]} URL: ${tag.slice(0, 80)}`);
    }
  }
  return found;
}
