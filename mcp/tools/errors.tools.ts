import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { ErrorCodeView } from '../../kb/model/catalog-view.schema.ts';
import { ErrorCodeInput, LocaleParam } from '../../kb/model/inputs.schema.ts';
import { registerKbTool, type ToolContext } from '../tool.ts';

const LookupInput = z.object({ code: ErrorCodeInput, locale: LocaleParam.optional() });

/** lookup_error_code: any pasted form of an HRESULT → decoded code and the articles naming it. */
export function registerErrorCodeTools(server: McpServer, { services }: ToolContext): void {
  registerKbTool(server, 'lookup_error_code', {
    title: 'Look up a Windows Update error code',
    description: 'Decodes an error code as pasted from a log or dialog (0x8024400E, 8024400E, -2145107954, WU_E_PT_SOAP_SERVER): symbol, facility, meaning, and the KB articles that name it.',
    input: LookupInput,
    output: ErrorCodeView,
    hints: { bad_request: 'Pass only the code itself, e.g. 0x8024400E, 8024400E, -2145107954 or WU_E_PT_SOAP_SERVER.' },
  }, async ({ code, locale }) => {
    const found = await services.errorCodes.lookup(code, locale ? [locale] : []);
    const facility = found.facility.name ? `${found.facility.name} (${found.facility.number})` : `facility ${found.facility.number}`;
    const lines = [
      `${found.hex}${found.symbol ? ` ${found.symbol}` : ''} = ${found.signed} · ${found.severity} · ${facility} · code ${found.code}`,
      found.description ?? 'No description in the catalog.',
      found.articles.length
        ? `Articles: ${found.articles.map((a) => `${a.id} ${a.title}`).join('; ')}`
        : 'No article in this knowledge base names this code.',
    ];
    return { text: lines.join('\n'), data: found };
  });
}
