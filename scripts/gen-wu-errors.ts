/**
 * Generates kb/codes/wu-errors.data.ts from mingw-w64's public-domain wuerror.h.
 *
 *   apt-get install -y mingw-w64-common
 *   npx tsx scripts/gen-wu-errors.ts            # write the data module
 *   npx tsx scripts/gen-wu-errors.ts --check    # exit 1 if the committed module is stale
 *   npx tsx scripts/gen-wu-errors.ts --header path/to/wuerror.h
 *
 * The output carries no timestamp, so regenerating from the same header is a no-op diff.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DEFAULT_HEADER = '/usr/share/mingw-w64/include/wuerror.h';
export const DEBIAN_PACKAGE = 'mingw-w64-common';
const OUT_FILE = fileURLToPath(new URL('../kb/codes/wu-errors.data.ts', import.meta.url));

export interface WuDefine {
  symbol: string;
  hex: string;
}

export interface SourceInfo {
  file: string;
  packageName: string;
  packageVersion: string;
  sha256: string;
}

const DEFINE = /^#define\s+(WU_[ES]_[A-Z0-9_]+)\s+_HRESULT_TYPEDEF_\(\s*0x([0-9A-Fa-f]{1,8})L?\s*\)\s*$/;

/** Extracts every WU_E_* / WU_S_* define, sorted by value then name; throws on conflicting duplicates. */
export function parseWuErrorHeader(text: string): WuDefine[] {
  const bySymbol = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = DEFINE.exec(line.trim());
    if (!m) continue;
    const symbol = m[1]!;
    const hex = '0x' + m[2]!.toUpperCase().padStart(8, '0');
    const seen = bySymbol.get(symbol);
    if (seen !== undefined && seen !== hex) throw new Error(`${symbol} defined twice: ${seen} and ${hex}`);
    bySymbol.set(symbol, hex);
  }
  return [...bySymbol]
    .map(([symbol, hex]) => ({ symbol, hex }))
    .sort((a, b) => parseInt(a.hex, 16) - parseInt(b.hex, 16) || a.symbol.localeCompare(b.symbol));
}

/** Renders the generated TypeScript module; deterministic for a given input. */
export function renderModule(defines: readonly WuDefine[], src: SourceInfo): string {
  const rows = defines.map((d) => `  { symbol: '${d.symbol}', hex: '${d.hex}' },`).join('\n');
  return `// GENERATED FILE - DO NOT EDIT. Regenerate with: npx tsx scripts/gen-wu-errors.ts
// Source: ${src.file}
// Debian package: ${src.packageName} ${src.packageVersion}
// Source SHA-256: ${src.sha256}
// The header is public domain (mingw-w64 runtime); see kb/codes/PROVENANCE.md.

/** One Windows Update result code as defined in wuerror.h. */
export interface WuErrorRecord {
  readonly symbol: string;
  /** '0x' + 8 upper-case hex digits. */
  readonly hex: string;
}

/** Where this table came from, for provenance listings. */
export const WU_ERRORS_SOURCE = {
  file: '${src.file}',
  packageName: '${src.packageName}',
  packageVersion: '${src.packageVersion}',
  sha256: '${src.sha256}',
} as const;

/** ${defines.length} codes, sorted by value. */
export const WU_ERRORS: readonly WuErrorRecord[] = [
${rows}
];
`;
}

function packageVersion(): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', DEBIAN_PACKAGE], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`${DEBIAN_PACKAGE} is not installed (apt-get install -y ${DEBIAN_PACKAGE})`);
  }
}

function main(argv: string[]): number {
  const headerIdx = argv.indexOf('--header');
  const file = headerIdx >= 0 ? argv[headerIdx + 1] : DEFAULT_HEADER;
  if (!file) throw new Error('--header needs a path');
  const text = readFileSync(file, 'utf8');
  const defines = parseWuErrorHeader(text);
  if (defines.length === 0) throw new Error(`no WU_* defines found in ${file}`);
  const src: SourceInfo = {
    file,
    packageName: DEBIAN_PACKAGE,
    packageVersion: packageVersion(),
    sha256: createHash('sha256').update(text).digest('hex'),
  };
  const out = renderModule(defines, src);
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT_FILE, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== out) {
      console.error(`${OUT_FILE} is stale; run: npx tsx scripts/gen-wu-errors.ts`);
      return 1;
    }
    console.log(`${OUT_FILE} is up to date (${defines.length} codes)`);
    return 0;
  }
  writeFileSync(OUT_FILE, out);
  console.log(`wrote ${defines.length} codes to ${OUT_FILE} (${src.packageName} ${src.packageVersion})`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
