import { describe as suite, expect, it } from 'vitest';
import {
  CATALOG_SOURCE,
  describe,
  listCatalog,
  lookupByNumber,
  lookupBySymbol,
  normalizeCodeLocale,
} from '../../../kb/codes/catalog.ts';
import { WU_DESCRIPTIONS } from '../../../kb/codes/descriptions.ts';
import { parseErrorCode } from '../../../kb/codes/hresult.ts';
import { WELL_KNOWN_CODES } from '../../../kb/codes/win32-codes.ts';
import { WU_ERRORS } from '../../../kb/codes/wu-errors.data.ts';

suite('generated wuerror.h data', () => {
  it('has at least 400 WU_E entries and some WU_S entries', () => {
    expect(WU_ERRORS.filter((e) => e.symbol.startsWith('WU_E_')).length).toBeGreaterThanOrEqual(400);
    expect(WU_ERRORS.filter((e) => e.symbol.startsWith('WU_S_')).length).toBeGreaterThan(0);
  });

  it('is well formed, unique and sorted by value', () => {
    const symbols = new Set(WU_ERRORS.map((e) => e.symbol));
    const values = WU_ERRORS.map((e) => parseInt(e.hex, 16));
    expect(symbols.size).toBe(WU_ERRORS.length);
    expect(new Set(values).size).toBe(WU_ERRORS.length);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    for (const e of WU_ERRORS) {
      expect(e.hex).toMatch(/^0x[0-9A-F]{8}$/);
      // Every WU code sits in FACILITY_WINDOWSUPDATE; severity matches the E/S in the name.
      expect((parseInt(e.hex, 16) >>> 16) & 0x7ff).toBe(36);
      expect(parseInt(e.hex, 16) >>> 31).toBe(e.symbol.startsWith('WU_E_') ? 1 : 0);
    }
  });

  it('records its source package', () => {
    expect(CATALOG_SOURCE.packageName).toBe('mingw-w64-common');
    expect(CATALOG_SOURCE.packageVersion).toMatch(/^\d/);
    expect(CATALOG_SOURCE.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

suite('catalog lookups', () => {
  it('round-trips every entry symbol -> hex -> symbol through the parser', () => {
    for (const e of WU_ERRORS) {
      const bySymbol = parseErrorCode(e.symbol);
      expect(bySymbol.ok && bySymbol.code.hex, e.symbol).toBe(e.hex);
      const byHex = parseErrorCode(e.hex);
      expect(byHex.ok && byHex.code.symbol, e.hex).toBe(e.symbol);
    }
  });

  it('finds codes by signed or unsigned number and by symbol or alias', () => {
    expect(lookupByNumber(0x8024402c)?.symbol).toBe('WU_E_PT_WINHTTP_NAME_NOT_RESOLVED');
    expect(lookupByNumber(0x8024402c | 0)?.symbol).toBe('WU_E_PT_WINHTTP_NAME_NOT_RESOLVED');
    expect(lookupBySymbol(' wu_e_no_update ')?.hex).toBe('0x80240024');
    expect(lookupBySymbol('ERROR_WINHTTP_CANNOT_CONNECT')?.symbol).toBe('ERROR_INTERNET_CANNOT_CONNECT');
    expect(lookupByNumber(0x12345678)).toBeUndefined();
    expect(lookupByNumber(2 ** 32)).toBeUndefined();
    expect(lookupBySymbol('WU_E_NOT_A_CODE')).toBeUndefined();
  });

  it('lists WU and well-known codes together, sorted, with the described flag set', () => {
    const list = listCatalog();
    expect(list.length).toBe(WU_ERRORS.length + WELL_KNOWN_CODES.length);
    const values = list.map((e) => e.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(list.find((e) => e.symbol === 'WU_E_PT_SOAP_SERVER')).toMatchObject({ source: 'wuerror.h', described: true });
    expect(list.find((e) => e.symbol === 'CERT_E_UNTRUSTEDROOT')).toMatchObject({ source: 'well-known', described: true });
    expect(list.filter((e) => e.described).length).toBe(WU_DESCRIPTIONS.length + WELL_KNOWN_CODES.length);
  });
});

suite('descriptions', () => {
  it('cover at least 40 Windows Update codes, each once', () => {
    expect(WU_DESCRIPTIONS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(WU_DESCRIPTIONS.map((d) => d.symbol)).size).toBe(WU_DESCRIPTIONS.length);
  });

  it('name codes that exist in the generated catalog with the same value', () => {
    for (const d of WU_DESCRIPTIONS) {
      const entry = lookupBySymbol(d.symbol);
      expect(entry?.source, d.symbol).toBe('wuerror.h');
      expect(entry?.hex, d.symbol).toBe(d.hex);
    }
  });

  it('well-known codes have consistent facilities', () => {
    for (const w of WELL_KNOWN_CODES) {
      const v = parseInt(w.hex, 16);
      const facility = (v >>> 16) & 0x7ff;
      const names = [w.symbol, ...(w.aliases ?? [])];
      if (names.some((n) => /^ERROR_(INTERNET|WINHTTP)_/.test(n))) {
        expect(facility, w.symbol).toBe(7);
        expect(v & 0xffff, w.symbol).toBeGreaterThanOrEqual(12000);
        expect(v & 0xffff, w.symbol).toBeLessThan(13000);
      }
      if (w.symbol.startsWith('CERT_E_')) expect(facility, w.symbol).toBe(11);
      expect(facility === 36, w.symbol).toBe(false);
    }
  });

  it('are single sentences in both languages', () => {
    for (const { symbol, text } of [...WU_DESCRIPTIONS, ...WELL_KNOWN_CODES]) {
      for (const s of [text.en, text.pl]) {
        expect(s, symbol).toMatch(/^[A-Z\u0104-\u017B].*\.$/);
        expect(s.length, symbol).toBeLessThan(200);
        expect(s.slice(0, -1), symbol).not.toMatch(/[.!?]\s+[A-Z]/);
      }
      expect(text.pl, symbol).not.toBe(text.en);
    }
  });

  it('describe() picks the locale and falls back to English', () => {
    expect(describe('WU_E_PT_HTTP_STATUS_PROXY_AUTH_REQ', 'en')).toMatch(/407/);
    expect(describe(0x8024401b, 'pl')).toMatch(/407.*proxy|proxy.*407/i);
    expect(describe(0x8024401b, 'pl')).not.toBe(describe(0x8024401b, 'en'));
    expect(describe(0x8024401b, 'de')).toBe(describe(0x8024401b, 'en'));
    expect(describe('WU_E_CYCLE_DETECTED')).toBeUndefined();
    expect(describe('NOPE')).toBeUndefined();
    expect(normalizeCodeLocale('pl_PL')).toBe('pl');
    expect(normalizeCodeLocale(undefined)).toBe('en');
  });
});
