import { describe, expect, it } from 'vitest';
import { decodeHResult, formatHex, parseErrorCode } from '../../../kb/codes/hresult.ts';

function ok(input: string, locale?: string) {
  const r = parseErrorCode(input, locale);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(input)} to parse, got: ${r.reason}`);
  return r.code;
}

describe('parseErrorCode: every pasted form of 0x8024400E', () => {
  const forms = [
    '0x8024400E',
    '0x8024400e',
    '0X8024400E',
    '8024400e',
    '8024400E',
    '[8024400E]',
    '[0x8024400e]',
    '-2145107954',
    '2149859342',
    'WU_E_PT_SOAP_SERVER',
    'wu_e_pt_soap_server',
    '  0x8024400E\n',
    '\t[ 8024400E ] ',
  ];
  const expected = {
    hex: '0x8024400E',
    signed: -2145107954,
    unsigned: 2149859342,
    severity: 'failure',
    facility: { number: 36, name: 'WINDOWSUPDATE' },
    code: 0x400e,
    symbol: 'WU_E_PT_SOAP_SERVER',
  };

  it.each(forms)('%j decodes to WU_E_PT_SOAP_SERVER', (input) => {
    const code = ok(input);
    expect(code).toMatchObject(expected);
    expect(code.description).toMatch(/SOAP/);
  });

  it('gives identical results for all forms', () => {
    const results = forms.map((f) => JSON.stringify(ok(f)));
    expect(new Set(results).size).toBe(1);
  });

  it('left-pads short 0x forms', () => {
    expect(ok('0x5')).toMatchObject({ hex: '0x00000005', unsigned: 5, signed: 5, severity: 'success' });
    expect(ok('0x240005').hex).toBe('0x00240005');
  });

  it('reads an 8-digit all-numeric string as hex, like WindowsUpdate.log prints it', () => {
    expect(ok('80244022')).toMatchObject({ hex: '0x80244022', symbol: 'WU_E_PT_HTTP_STATUS_SERVICE_UNAVAIL' });
  });

  it('reads other all-digit strings as decimal', () => {
    expect(ok('8024400')).toMatchObject({ hex: '0x007A7150', unsigned: 8024400 });
    expect(ok('+5').hex).toBe('0x00000005');
  });

  it('localises the description', () => {
    const en = ok('0x80244022', 'en').description;
    const pl = ok('0x80244022', 'pl-PL').description;
    expect(en).toMatch(/503/);
    expect(pl).toMatch(/503/);
    expect(pl).not.toBe(en);
  });
});

describe('decodeHResult', () => {
  it('splits severity, facility and code', () => {
    expect(decodeHResult(0x80072ee2)).toMatchObject({
      severity: 'failure',
      facility: { number: 7, name: 'WIN32' },
      code: 12002,
      symbol: 'ERROR_INTERNET_TIMEOUT',
    });
    expect(decodeHResult(0x800b0109)).toMatchObject({ facility: { number: 11, name: 'CERT' }, code: 0x109 });
    expect(decodeHResult(0x00240005)).toMatchObject({
      severity: 'success',
      facility: { number: 36, name: 'WINDOWSUPDATE' },
      code: 5,
      symbol: 'WU_S_REBOOT_REQUIRED',
    });
  });

  it('accepts the signed and unsigned spelling of the same value', () => {
    expect(decodeHResult(-2147024891)).toEqual(decodeHResult(0x80070005));
    expect(decodeHResult(-2147024891).hex).toBe('0x80070005');
  });

  it('ignores the N and X bits when taking the 11-bit facility', () => {
    const c = decodeHResult(0x98070005);
    expect(c.facility.number).toBe(7);
    expect(c.symbol).toBeUndefined();
  });

  it('leaves name, symbol and description out when unknown', () => {
    const c = decodeHResult(0x87ff1234);
    expect(c).toEqual({
      hex: '0x87FF1234',
      signed: 0x87ff1234 | 0,
      unsigned: 0x87ff1234,
      severity: 'failure',
      facility: { number: 0x7ff },
      code: 0x1234,
    });
  });
});

describe('parseErrorCode: rejections', () => {
  const cases: [string, RegExp][] = [
    ['', /empty/],
    ['   ', /empty/],
    ['0x', /not followed by any hex digits/],
    ['0x123456789', /9 digits.*at most 8/],
    ['0xZZ', /only by hex digits/],
    ['12345678901', /outside the 32-bit range/],
    ['-2147483649', /outside the 32-bit range/],
    ['4294967296', /outside the 32-bit range/],
    ['hello', /unknown code name 'hello'/],
    ['WU_E_NOT_A_CODE', /unknown code name 'WU_E_NOT_A_CODE'/],
    ['0x8024400E; DROP TABLE', /hex digits/],
    ['8024400E; DROP TABLE', /unrecognised format/],
    ['cafe', /exactly 8 digits \(got 4\)/],
    ['8024400E1', /exactly 8 digits \(got 9\)/],
    ['[WU_E_PT_SOAP_SERVER]', /brackets must hold a hex code/],
    ['0x 8024400E', /hex digits/],
    ['1.5', /unrecognised format/],
    ['x'.repeat(65), /longer than 64/],
  ];

  it.each(cases)('rejects %j', (input, reason) => {
    const r = parseErrorCode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('accepts the boundaries of the 32-bit range', () => {
    expect(ok('-2147483648').hex).toBe('0x80000000');
    expect(ok('4294967295').hex).toBe('0xFFFFFFFF');
    expect(ok('0').hex).toBe('0x00000000');
  });

  it('does not echo arbitrary input back in the reason', () => {
    const r = parseErrorCode('<script>alert(1)</script>');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).not.toContain('<script>');
  });
});

describe('formatHex', () => {
  it('formats signed and unsigned values the same way', () => {
    expect(formatHex(-2145107954)).toBe('0x8024400E');
    expect(formatHex(2149859342)).toBe('0x8024400E');
    expect(formatHex(0)).toBe('0x00000000');
  });

  it('throws outside 32 bits and on fractions', () => {
    expect(() => formatHex(2 ** 32)).toThrow(RangeError);
    expect(() => formatHex(-(2 ** 31) - 1)).toThrow(RangeError);
    expect(() => formatHex(1.5)).toThrow(RangeError);
  });
});
