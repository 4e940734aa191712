import { describe, lookupByNumber, lookupBySymbol } from './catalog.ts';
import { facilityName } from './facilities.ts';
import { formatHex, toSigned, toUnsigned } from './hex.ts';

export { formatHex } from './hex.ts';

/** A decoded HRESULT, enriched from the catalog when the code is known. */
export interface ParsedErrorCode {
  /** '0x' + 8 upper-case hex digits. */
  hex: string;
  signed: number;
  unsigned: number;
  severity: 'failure' | 'success';
  facility: { number: number; name?: string };
  /** Low 16 bits; for FACILITY_WIN32 this is the Win32 error number. */
  code: number;
  symbol?: string;
  description?: string;
}

export type ParseErrorCodeResult = { ok: true; code: ParsedErrorCode } | { ok: false; reason: string };

export const MAX_CODE_INPUT_LENGTH = 64;

const EXAMPLES = 'expected e.g. 0x8024400E, 8024400E, [8024400E], -2145107954, 2149859342 or WU_E_PT_SOAP_SERVER';

/**
 * Splits a 32-bit value into its HRESULT fields (MS-ERREF 2.1: S bit 31, 11-bit facility in bits 16-26,
 * code in bits 0-15) and adds symbol and description from the catalog.
 */
export function decodeHResult(value: number, locale = 'en'): ParsedErrorCode {
  const hex = formatHex(value);
  const unsigned = toUnsigned(value);
  const facility = (unsigned >>> 16) & 0x7ff;
  const name = facilityName(facility);
  const entry = lookupByNumber(unsigned);
  const description = describe(unsigned, locale);
  return {
    hex,
    signed: toSigned(unsigned),
    unsigned,
    severity: unsigned >>> 31 === 1 ? 'failure' : 'success',
    facility: name === undefined ? { number: facility } : { number: facility, name },
    code: unsigned & 0xffff,
    ...(entry ? { symbol: entry.symbol } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

/**
 * Normalises an error code the way people paste it: 0x8024400E (any case, 1-8 digits after 0x),
 * bare 8-digit hex 8024400E, bracketed [8024400E], signed or unsigned decimal, or a symbolic name.
 * An 8-character all-digit string is read as hex, since that is how WindowsUpdate.log prints codes;
 * other all-digit strings are decimal.
 */
export function parseErrorCode(input: string, locale = 'en'): ParseErrorCodeResult {
  if (typeof input !== 'string') return fail('input must be a string');
  const s = input.trim();
  if (s === '') return fail(`empty input; ${EXAMPLES}`);
  if (s.length > MAX_CODE_INPUT_LENGTH) return fail(`input is longer than ${MAX_CODE_INPUT_LENGTH} characters`);
  const parsed = parseValue(s);
  return 'reason' in parsed ? parsed : { ok: true, code: decodeHResult(parsed.value, locale) };
}

type ValueOrReason = { value: number } | { ok: false; reason: string };

function parseValue(s: string): ValueOrReason {
  const bracketed = /^\[\s*([^\]]*?)\s*\]$/.exec(s);
  if (bracketed) {
    const inner = bracketed[1]!;
    if (/^0x/i.test(inner)) return parseHex(inner);
    if (/^[0-9a-f]{8}$/i.test(inner)) return { value: parseInt(inner, 16) };
    return fail('brackets must hold a hex code such as [8024400E] or [0x8024400E]');
  }
  if (/^0x/i.test(s)) return parseHex(s);
  if (/^[0-9a-f]{8}$/i.test(s)) return { value: parseInt(s, 16) };
  if (/^[+-]?\d+$/.test(s)) return parseDecimal(s);
  const isName = /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
  const entry = isName ? lookupBySymbol(s) : undefined;
  if (entry) return { value: entry.value };
  if (/^[0-9a-f]+$/i.test(s)) {
    return fail(`bare hex needs exactly 8 digits (got ${s.length}); write 0x${s} for a shorter code`);
  }
  if (isName) return fail(`unknown code name '${s}': not in the Windows Update catalog or the well-known codes table`);
  return fail(`unrecognised format; ${EXAMPLES}`);
}

function parseHex(s: string): ValueOrReason {
  const digits = s.slice(2);
  if (digits === '') return fail("'0x' is not followed by any hex digits");
  if (!/^[0-9a-f]+$/i.test(digits)) return fail("'0x' must be followed only by hex digits 0-9 and A-F");
  if (digits.length > 8) return fail(`hex code has ${digits.length} digits; a 32-bit code has at most 8`);
  return { value: parseInt(digits, 16) };
}

function parseDecimal(s: string): ValueOrReason {
  const n = Number(s);
  if (n < -0x8000_0000 || n > 0xffff_ffff) {
    return fail('decimal value is outside the 32-bit range -2147483648 to 4294967295');
  }
  return { value: toUnsigned(n) };
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
