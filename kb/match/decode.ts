/**
 * Bytes or text of a log → one string with `\n` line ends and no BOM.
 * Windows writes logs in UTF-8 or UTF-16 (with or without BOM); pasted text may carry CRLF.
 */
export function decodeLog(content: string | Uint8Array): string {
  const text = typeof content === 'string' ? content : decodeBytes(content);
  return normalizeNewlines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** How a log's bytes are encoded, and how many bytes its byte-order mark takes (0 without one). */
export interface Encoding {
  charset: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: number;
}

/** By byte-order mark, else by the NULs of ASCII text in UTF-16, else UTF-8. */
export function encodingOf(bytes: Uint8Array): Encoding {
  const b0 = bytes[0], b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', bom: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { charset: 'utf-16le', bom: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { charset: 'utf-16be', bom: 2 };
  const sniffed = sniffUtf16(bytes);
  return { charset: sniffed === 'le' ? 'utf-16le' : sniffed === 'be' ? 'utf-16be' : 'utf-8', bom: 0 };
}

function decodeBytes(bytes: Uint8Array): string {
  const { charset, bom } = encodingOf(bytes);
  const body = bytes.subarray(bom);
  if (charset === 'utf-8') return utf8(body);
  return utf16le(charset === 'utf-16be' ? swapPairs(body) : body);
}

/**
 * ASCII text in UTF-16 has a NUL in every other byte: odd bytes for LE, even for BE.
 * UTF-8 text has no NULs at all, so a third of the pairs is plenty to decide.
 */
function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 2) return undefined;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs / 3 && even < pairs / 10) return 'le';
  if (even >= pairs / 3 && odd < pairs / 10) return 'be';
  return undefined;
}

const utf8 = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);
const utf16le = (b: Uint8Array) => new TextDecoder('utf-16le').decode(b);

/** UTF-16BE → UTF-16LE by swapping byte pairs: not every runtime's TextDecoder knows utf-16be. */
function swapPairs(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length & ~1);
  for (let i = 0; i + 1 < b.length; i += 2) {
    out[i] = b[i + 1]!;
    out[i + 1] = b[i]!;
  }
  return out;
}

/** String replaceAll (no regular expression), skipped entirely when there is no CR. */
function normalizeNewlines(text: string): string {
  if (text.indexOf('\r') < 0) return text;
  return text.replaceAll('\r\n', '\n').replaceAll('\r', '\n');
}
