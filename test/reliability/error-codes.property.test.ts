import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CODE_INPUT_LENGTH, parseErrorCode } from '../../kb/codes/hresult.ts';
import { formatHex, toSigned } from '../../kb/codes/hex.ts';
import { WU_ERRORS } from '../../kb/codes/wu-errors.data.ts';
import { growthRatio } from './support.ts';

const u32 = fc.integer({ min: 0, max: 0xffff_ffff });
const HEX = [...'0123456789abcdefABCDEF'];
const hexDigits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...HEX), minLength: min, maxLength: max });
/** Strings that look like codes, so the interesting branches are hit, not only "unrecognised". */
const codeLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.tuple(fc.constantFrom('', '0x', '0X', '[', '[0x', '-', '+', ' ', '\t', 'WU_E_', '0x-'), hexDigits(0, 12), fc.constantFrom('', ']', ' ', 'h', '\u0000', '\n'))
    .map(([a, b, c]) => a + b + c),
  fc.stringMatching(/^[+-]?\d{1,20}$/),
  fc.stringMatching(/^\[?\s*[0-9A-Za-z_]{0,70}\s*\]?$/),
);

/** Writes a value the way people paste it: 0x with or without padding, any case. */
const hexSpelling = (v: number) => fc.tuple(fc.boolean(), fc.boolean(), fc.constantFrom('0x', '0X')).map(([pad, upper, prefix]) => {
  const digits = pad ? v.toString(16).padStart(8, '0') : v.toString(16);
  return prefix + (upper ? digits.toUpperCase() : digits);
});

describe('parseErrorCode (properties)', () => {
  it('never throws, on any string and any locale, and answers ok or a reason', () => {
    fc.assert(fc.property(codeLike, fc.oneof(fc.constant(undefined), fc.string()), (input, locale) => {
      const r = locale === undefined ? parseErrorCode(input) : parseErrorCode(input, locale);
      if (r.ok) {
        expect(r.code.hex).toMatch(/^0x[0-9A-F]{8}$/);
        expect(r.code.unsigned >>> 0).toBe(r.code.unsigned);
        expect(r.code.signed).toBe(toSigned(r.code.unsigned));
      } else {
        expect(typeof r.reason).toBe('string');
        expect(r.reason.length).toBeGreaterThan(0);
      }
    }), { numRuns: 3000 });
  });

  it('rejects anything longer than the input bound, whatever it holds', () => {
    fc.assert(fc.property(fc.string({ minLength: MAX_CODE_INPUT_LENGTH + 1, maxLength: 500 }).filter((s) => s.trim().length > MAX_CODE_INPUT_LENGTH), (input) => {
      expect(parseErrorCode(input).ok).toBe(false);
    }), { numRuns: 300 });
  });

  it('round-trips every valid hex spelling: 0x…, bare 8 digits, bracketed, padded or not, any case', () => {
    fc.assert(fc.property(u32.chain((v) => fc.tuple(fc.constant(v), hexSpelling(v), fc.constantFrom(' ', '', '\t'))), ([v, spelled, ws]) => {
      const bare = v.toString(16).padStart(8, '0');
      for (const form of [spelled, `${ws}${spelled}${ws}`, bare, bare.toUpperCase(), `[${bare}]`, `[ ${spelled} ]`]) {
        const r = parseErrorCode(form);
        expect(r.ok, form).toBe(true);
        if (!r.ok) return;
        expect(r.code.unsigned).toBe(v);
        expect(r.code.hex).toBe(formatHex(v));
        const again = parseErrorCode(r.code.hex);
        expect(again.ok && again.code.unsigned).toBe(v);
      }
    }), { numRuns: 2000 });
  });

  it('agrees between the signed and unsigned decimal forms of a code', () => {
    // An 8-character all-digit string is read as hex (WindowsUpdate.log prints codes that way), so
    // only the decimal spellings that are not 8 digits long are decimal.
    const decimal = (s: string) => !/^\d{8}$/.test(s);
    fc.assert(fc.property(u32, (v) => {
      const unsigned = String(v), signed = String(toSigned(v));
      const forms = [unsigned, signed, `+${unsigned}`].filter(decimal);
      for (const form of forms) {
        const r = parseErrorCode(form);
        expect(r.ok, form).toBe(true);
        if (r.ok) {
          expect(r.code.unsigned, form).toBe(v);
          expect(r.code.signed, form).toBe(toSigned(v));
        }
      }
    }), { numRuns: 3000 });
    // Failure HRESULTs are the ones people paste in both forms: their signed form is always decimal.
    fc.assert(fc.property(fc.integer({ min: 0x8000_0000, max: 0xffff_ffff }), (v) => {
      const a = parseErrorCode(String(v - 2 ** 32)), b = parseErrorCode(String(v));
      expect(a.ok && b.ok && a.code.hex === b.code.hex).toBe(true);
    }), { numRuns: 2000 });
  });

  it('refuses decimal values outside 32 bits instead of wrapping them', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: 2 ** 32, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -(2 ** 31) - 1 })), (n) => {
      expect(parseErrorCode(String(n)).ok).toBe(false);
    }), { numRuns: 1000 });
  });

  it('resolves every catalog symbol to its code, in any letter case it is written', () => {
    for (const { symbol, hex } of WU_ERRORS) {
      const mixed = [...symbol].map((ch, i) => (i % 2 ? ch.toLowerCase() : ch)).join('');
      for (const form of [symbol, symbol.toLowerCase(), mixed, ` ${symbol} `]) {
        const r = parseErrorCode(form);
        expect(r.ok && r.code.hex, form).toBe(hex);
      }
    }
  });

  it('takes time linear in the input size for garbage of any length', () => {
    const inputs = (n: number) => Array.from({ length: n }, (_, i) => `[${'0x'.repeat(i % 30)}${'a'.repeat(i % 70)}]`);
    const ratio = growthRatio(inputs, (xs) => { for (const x of xs) parseErrorCode(x); }, 2000);
    expect(ratio).toBeLessThan(8);
  });
});
