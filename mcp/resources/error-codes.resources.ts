import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CATALOG_SOURCE, describe, listCatalog } from '../../kb/codes/index.ts';

export const ERROR_CODES_URI = 'kb://error-codes';

/** One line per code, `0x8024400E WU_E_PT_SOAP_SERVER: description`, built once per process. */
let catalogText: string | undefined;

function renderCatalog(): string {
  const lines = listCatalog().map((e) => {
    const text = e.described ? describe(e.value, 'en') : undefined;
    return `${e.hex} ${e.symbol}${e.aliases?.length ? ` (${e.aliases.join(', ')})` : ''}${text ? `: ${text}` : ''}`;
  });
  return [
    '# Windows Update error codes',
    `${lines.length} codes: wuerror.h from ${CATALOG_SOURCE.packageName} ${CATALOG_SOURCE.packageVersion}, plus common Win32/COM codes.`,
    'Descriptions in English where we wrote one; lookup_error_code decodes any form, in Polish too, and lists the articles.',
    '',
    ...lines,
  ].join('\n');
}

/** The error-code catalog as one compact markdown resource. */
export function registerErrorCodeResources(server: McpServer): void {
  server.registerResource('error-codes', ERROR_CODES_URI, {
    title: 'Windows Update error-code catalog',
    description: 'Every known Windows Update / Win32 error code: hex, symbol and a one-line description where available.',
    mimeType: 'text/markdown',
  }, async (uri) => {
    catalogText ??= renderCatalog();
    return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: catalogText }] };
  });
}
