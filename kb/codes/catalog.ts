import { WU_DESCRIPTIONS, type CodeLocale, type LocalizedText } from './descriptions.ts';
import { toUnsigned } from './hex.ts';
import { WELL_KNOWN_CODES } from './win32-codes.ts';
import { WU_ERRORS, WU_ERRORS_SOURCE } from './wu-errors.data.ts';

/** 'wuerror.h' = generated from mingw-w64's header; 'well-known' = our hand-kept Win32/COM/CryptoAPI table. */
export type CatalogSource = 'wuerror.h' | 'well-known';

/** One named code in the catalog. */
export interface CatalogEntry {
  readonly symbol: string;
  readonly hex: string;
  /** Unsigned 32-bit value. */
  readonly value: number;
  readonly source: CatalogSource;
  readonly aliases?: readonly string[];
  /** Whether describe() has text for this code. */
  readonly described: boolean;
}

/** Provenance of the generated part of the catalog (file, Debian package and version, SHA-256). */
export const CATALOG_SOURCE = WU_ERRORS_SOURCE;

interface CatalogIndex {
  readonly entries: readonly CatalogEntry[];
  readonly byValue: ReadonlyMap<number, CatalogEntry>;
  readonly bySymbol: ReadonlyMap<string, CatalogEntry>;
  readonly texts: ReadonlyMap<number, LocalizedText>;
}

let index: CatalogIndex | undefined;

// Built on first use so importing kb/codes costs nothing for callers that never look a code up.
function getIndex(): CatalogIndex {
  if (index) return index;
  const texts = new Map<number, LocalizedText>();
  for (const d of WU_DESCRIPTIONS) texts.set(parseInt(d.hex, 16), d.text);
  for (const w of WELL_KNOWN_CODES) texts.set(parseInt(w.hex, 16), w.text);

  const make = (symbol: string, hex: string, source: CatalogSource, aliases?: readonly string[]): CatalogEntry => {
    const value = parseInt(hex, 16);
    return { symbol, hex, value, source, ...(aliases ? { aliases } : {}), described: texts.has(value) };
  };
  const entries = [
    ...WU_ERRORS.map((r) => make(r.symbol, r.hex, 'wuerror.h')),
    ...WELL_KNOWN_CODES.map((w) => make(w.symbol, w.hex, 'well-known', w.aliases)),
  ].sort((a, b) => a.value - b.value || a.symbol.localeCompare(b.symbol));

  const byValue = new Map<number, CatalogEntry>();
  const bySymbol = new Map<string, CatalogEntry>();
  for (const e of entries) {
    if (byValue.has(e.value)) throw new Error(`catalog: ${e.hex} listed twice`);
    byValue.set(e.value, e);
    for (const name of [e.symbol, ...(e.aliases ?? [])]) {
      if (bySymbol.has(name)) throw new Error(`catalog: ${name} listed twice`);
      bySymbol.set(name, e);
    }
  }
  index = { entries, byValue, bySymbol, texts };
  return index;
}

/** Every catalog entry, sorted by value; for listings (REST, MCP resources). */
export function listCatalog(): readonly CatalogEntry[] {
  return getIndex().entries;
}

/** Looks a code up by value; accepts the signed or unsigned 32-bit form. */
export function lookupByNumber(value: number): CatalogEntry | undefined {
  if (!Number.isInteger(value) || value < -0x8000_0000 || value > 0xffff_ffff) return undefined;
  return getIndex().byValue.get(toUnsigned(value));
}

/** Looks a code up by its symbolic name (or alias), case-insensitively. */
export function lookupBySymbol(name: string): CatalogEntry | undefined {
  return getIndex().bySymbol.get(name.trim().toUpperCase());
}

/** Maps 'pl', 'pl-PL', 'PL' to 'pl'; anything else to 'en'. */
export function normalizeCodeLocale(locale: string | undefined): CodeLocale {
  return locale?.toLowerCase().split(/[-_]/)[0] === 'pl' ? 'pl' : 'en';
}

/**
 * Our one-sentence description of a code, or undefined when we have none.
 * `code` is a number (signed or unsigned) or a symbolic name; for free-form user input use parseErrorCode().
 */
export function describe(code: number | string, locale: string = 'en'): string | undefined {
  const entry = typeof code === 'number' ? lookupByNumber(code) : lookupBySymbol(code);
  return entry && getIndex().texts.get(entry.value)?.[normalizeCodeLocale(locale)];
}
