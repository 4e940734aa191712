import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HEADER, parseWuErrorHeader, renderModule } from '../../../scripts/gen-wu-errors.ts';
import { WU_ERRORS, WU_ERRORS_SOURCE } from '../../../kb/codes/wu-errors.data.ts';

const FIXTURE = `
#define _HRESULT_TYPEDEF_(_sc) ((HRESULT)_sc)
#define WU_E_PT_SOAP_SERVER _HRESULT_TYPEDEF_(0x8024400E)
#define WU_S_REBOOT_REQUIRED _HRESULT_TYPEDEF_(0x00240005L)
#define WU_E_NO_SERVICE      _HRESULT_TYPEDEF_(0x80240001)
#define NOT_WU_E_THING _HRESULT_TYPEDEF_(0x80240002)
#define WU_E_LOWER _HRESULT_TYPEDEF_(0x8024abcd)
// #define WU_E_COMMENTED _HRESULT_TYPEDEF_(0x80249999)
`;

describe('gen-wu-errors', () => {
  it('parses WU_* defines only, normalises hex and sorts by value', () => {
    expect(parseWuErrorHeader(FIXTURE)).toEqual([
      { symbol: 'WU_S_REBOOT_REQUIRED', hex: '0x00240005' },
      { symbol: 'WU_E_NO_SERVICE', hex: '0x80240001' },
      { symbol: 'WU_E_PT_SOAP_SERVER', hex: '0x8024400E' },
      { symbol: 'WU_E_LOWER', hex: '0x8024ABCD' },
    ]);
  });

  it('refuses a symbol defined with two values', () => {
    const twice = `${FIXTURE}\n#define WU_E_NO_SERVICE _HRESULT_TYPEDEF_(0x80240002)`;
    expect(() => parseWuErrorHeader(twice)).toThrow(/WU_E_NO_SERVICE defined twice/);
  });

  it('renders a module with provenance and no timestamp', () => {
    const src = { file: 'x/wuerror.h', packageName: 'pkg', packageVersion: '1.2-3', sha256: 'ab' };
    const out = renderModule(parseWuErrorHeader(FIXTURE), src);
    expect(out).toMatch(/^\/\/ GENERATED FILE - DO NOT EDIT/);
    expect(out).toContain('// Debian package: pkg 1.2-3');
    expect(out).toContain("{ symbol: 'WU_E_LOWER', hex: '0x8024ABCD' },");
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(renderModule(parseWuErrorHeader(FIXTURE), src)).toBe(out);
  });

  it.skipIf(!existsSync(DEFAULT_HEADER))('committed data matches the installed header', () => {
    const text = readFileSync(DEFAULT_HEADER, 'utf8');
    expect(parseWuErrorHeader(text)).toEqual(WU_ERRORS);
    expect(WU_ERRORS_SOURCE.file).toBe(DEFAULT_HEADER);
  });
});
