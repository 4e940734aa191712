/** Error-code normalisation and the Windows Update error catalog (runtime-agnostic). */
export {
  decodeHResult,
  formatHex,
  MAX_CODE_INPUT_LENGTH,
  parseErrorCode,
  type ParseErrorCodeResult,
  type ParsedErrorCode,
} from './hresult.ts';
export {
  CATALOG_SOURCE,
  describe,
  listCatalog,
  lookupByNumber,
  lookupBySymbol,
  normalizeCodeLocale,
  type CatalogEntry,
  type CatalogSource,
} from './catalog.ts';
export { facilityName } from './facilities.ts';
export type { CodeLocale, LocalizedText } from './descriptions.ts';
