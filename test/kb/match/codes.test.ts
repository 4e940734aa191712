import { describe, expect, it } from 'vitest';
import { errorCodeForms, normalizeErrorCode, scanErrorCodes } from '../../../kb/match/index.ts';

describe('error codes', () => {
  it.each(['0x8024400E', '0x8024400e', '8024400E', '8024400e', '-2145107954', ' 0X8024400E '])('normalises %s', (token) => {
    expect(normalizeErrorCode(token)).toBe('0x8024400E');
  });

  it.each(['0x000190', '0x8024400E1', '12345678', 'c0a7445f-b989', '-123', 'error', '0x8024400Eh'])('rejects %s', (token) => {
    expect(normalizeErrorCode(token)).toBeUndefined();
  });

  it('finds every spelling in running text, in order', () => {
    const text = 'error 0x8024400E; [8024400E] hr=0x80072ee2, code -2145107954 and -2147012894.';
    expect(scanErrorCodes(text).map((h) => h.code)).toEqual(['0x8024400E', '0x8024400E', '0x80072EE2', '0x8024400E', '0x80072EE2']);
    const [first] = scanErrorCodes(text);
    expect(text.slice(first!.start, first!.end)).toBe('0x8024400E');
  });

  it('does not take GUID groups, counters or longer numbers for codes', () => {
    const text = 'ID:c0a7445f-b989-43fa-ac20-11f8ca65fa8c SOAP Fault: 0x000190 size 8024400123 id 98765432a';
    expect(scanErrorCodes(text)).toEqual([]);
  });

  it('gives the literal spellings of a code', () => {
    expect(errorCodeForms('0x8024400E')).toEqual({ hex: '8024400e', signed: '-2145107954', unsigned: '2149859342' });
    expect(normalizeErrorCode(errorCodeForms('0x80072EE2').signed)).toBe('0x80072EE2');
  });
});
