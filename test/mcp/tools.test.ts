import { describe, expect, it } from 'vitest';
import { kbClient, textOf } from './connect.ts';

const PL_TITLE = 'Niektóre komputery nie odbierają aktualizacji z serwera WSUS';
const EN_TITLE = 'Some computers do not receive updates from the WSUS server';

describe('MCP tools over the in-memory transport', () => {
  it('lists the tools with titles, described inputs, output schemas and readOnlyHint', async () => {
    const client = await kbClient();
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'get_article', 'get_product', 'get_resolution_path', 'list_articles', 'list_products', 'lookup_error_code', 'match_logs', 'search_articles', 'triage_ticket',
    ]);
    for (const tool of tools) {
      expect(tool.title, tool.name).toBeTruthy();
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      for (const [field, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
        expect((schema as { description?: string }).description, `${tool.name}.${field}`).toBeTruthy();
      }
    }
  });

  it('get_article returns the chosen sections as markdown and structure', async () => {
    const client = await kbClient();
    const result = await client.callTool({ name: 'get_article', arguments: { id: 'kb954960', locale: 'pl-PL', sections: ['cause', 'status'] } });
    expect(result.isError).toBeFalsy();
    const text = textOf(result);
    expect(text).toContain(`# KB954960 · pl-PL · ${PL_TITLE}`);
    expect(text).toContain('## Przyczyna');
    expect(text).not.toContain('## Symptomy');
    const data = result.structuredContent as Record<string, any>;
    expect(data).toMatchObject({ id: 'KB954960', locale: 'pl-PL', availableLocales: ['en-US', 'pl-PL'], title: PL_TITLE, truncated: false, omitted: [] });
    expect(data.sections.map((s: { kind: string }) => s.kind)).toEqual(['cause', 'status']);
    expect(data.errorCodes).toEqual(['0x8024400E']);
    expect(data.approxTokens).toBe(Math.ceil(text.length / 4));
  });

  it('get_article keeps to max_tokens, cutting section by section and saying so', async () => {
    const client = await kbClient();
    const result = await client.callTool({ name: 'get_article', arguments: { id: 'KB954960', max_tokens: 600 } });
    const text = textOf(result);
    const data = result.structuredContent as Record<string, any>;
    expect(text.length).toBeLessThanOrEqual(600 * 4 + 400); // the budget plus the note saying what was cut
    expect(data.truncated).toBe(true);
    expect(data.sections.at(-1).truncated).toBe(true);
    expect(data.omitted).toContain('Status');
    expect(text).toMatch(/\[Cut to ~600 tokens: .*not shown: .*Status/);
  });

  it('get_article does not repeat a level-3 section inside a chosen level-2 one', async () => {
    const client = await kbClient();
    const result = await client.callTool({ name: 'get_article', arguments: { id: 'KB954960', sections: ['more-information', 'known-issues'], max_tokens: 8000 } });
    const kinds = (result.structuredContent as { sections: { kind: string }[] }).sections.map((s) => s.kind);
    expect(kinds).toEqual(['more-information']);
    expect(textOf(result).match(/### Known issues/g)).toHaveLength(1);
  });

  it('lookup_error_code decodes any pasted form and lists the articles', async () => {
    const client = await kbClient();
    for (const code of ['0x8024400E', '8024400e', '-2145107954', 'WU_E_PT_SOAP_SERVER']) {
      const result = await client.callTool({ name: 'lookup_error_code', arguments: { code, locale: 'pl-PL' } });
      expect(result.structuredContent, code).toMatchObject({
        input: code, hex: '0x8024400E', signed: -2145107954, unsigned: 2149859342, severity: 'failure',
        symbol: 'WU_E_PT_SOAP_SERVER', articles: [{ id: 'KB954960', title: PL_TITLE, locale: 'pl-PL' }],
      });
      expect(textOf(result)).toContain(`Articles: KB954960 ${PL_TITLE}`);
    }
  });

  it('lookup_error_code says when no article names a valid code', async () => {
    const client = await kbClient();
    const result = await client.callTool({ name: 'lookup_error_code', arguments: { code: '0x80240001' } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ symbol: 'WU_E_NO_SERVICE', articles: [] });
    expect(textOf(result)).toContain('No article in this knowledge base names this code.');
  });

  it('list_products and get_product show versions and the articles affecting them', async () => {
    const client = await kbClient();
    const list = await client.callTool({ name: 'list_products', arguments: {} });
    const items = (list.structuredContent as { items: { slug: string; versions: unknown[] }[] }).items;
    expect(items.map((p) => p.slug)).toEqual(['sbs', 'sccm', 'sce', 'wsus']);
    expect(items.find((p) => p.slug === 'wsus')?.versions).toEqual([{ version: '3.0', articleCount: 1 }, { version: '3.0 SP1', articleCount: 1 }]);
    expect(textOf(list)).toContain('wsus — Windows Server Update Services: 3.0 (1), 3.0 SP1 (1)');

    const sbs = await client.callTool({ name: 'get_product', arguments: { slug: 'sbs', locale: 'pl-PL' } });
    expect(sbs.structuredContent).toEqual({
      slug: 'sbs', name: 'Windows Small Business Server',
      versions: [{ version: '2003', articles: [{ id: 'KB954960', title: PL_TITLE, locale: 'pl-PL', relation: 'may-be-affected', note: 'Tylko gdy składnik WSUS uaktualniono z wersji 2.0 do 3.0.' }] }],
    });
    const sp1 = await client.callTool({ name: 'get_product', arguments: { slug: 'wsus', version: '3.0 SP1' } });
    expect((sp1.structuredContent as { versions: unknown[] }).versions).toEqual([
      { version: '3.0 SP1', articles: [{ id: 'KB954960', title: EN_TITLE, locale: 'en-US', relation: 'affected' }] },
    ]);
    expect(textOf(sp1)).toContain(`3.0 SP1: KB954960 ${EN_TITLE} [affected]`);
  });

  it('get_resolution_path picks the path whose appliesTo names the version, with its alternatives', async () => {
    const client = await kbClient();
    const sp1 = await client.callTool({ name: 'get_resolution_path', arguments: { id: '954960', product: 'wsus', version: '3.0 sp1', locale: 'en-US' } });
    const sp1Data = sp1.structuredContent as Record<string, any>;
    expect(sp1Data.path).toMatchObject({ id: 'wsus-3-sp1', appliesTo: { product: 'wsus', versions: ['3.0 SP1'] } });
    expect(sp1Data.path.steps).toHaveLength(3);
    expect(sp1Data.alternatives).toEqual([]);
    expect(textOf(sp1)).toContain('1. Make sure that the current regional and language setting');

    const rtm = await client.callTool({ name: 'get_resolution_path', arguments: { id: 'KB954960', product: 'wsus', version: '3.0', locale: 'pl-PL' } });
    const rtmData = rtm.structuredContent as Record<string, any>;
    expect(rtmData.article).toEqual({ id: 'KB954960', title: PL_TITLE, locale: 'pl-PL' });
    expect(rtmData.path.id).toBe('wsus-3-rtm');
    expect(rtmData.alternatives.map((a: { id: string; kind: string }) => [a.id, a.kind])).toEqual([
      ['wsus-3-sp1', 'resolution-path'], ['manual-reset', 'workaround'],
    ]);
    expect(rtmData.alternatives[1].steps.length).toBeGreaterThan(3);
    expect(textOf(rtm)).toContain('### Alternative: Obejście problemu (manual-reset)');
  });

  it('list_articles filters like the REST list and caps the page', async () => {
    const client = await kbClient();
    const wsus = await client.callTool({ name: 'list_articles', arguments: { product: 'wsus', version: '3.0 SP1' } });
    expect(wsus.structuredContent).toMatchObject({ items: [{ id: 'KB954960', title: EN_TITLE, locale: 'en-US', locales: ['en-US', 'pl-PL'] }] });
    expect(textOf(wsus)).toContain(`KB954960 [en-US, pl-PL] ${EN_TITLE} — `);
    const none = await client.callTool({ name: 'list_articles', arguments: { label: 'no-such-label' } });
    expect(none.structuredContent).toEqual({ items: [] });
    expect(textOf(none)).toContain('No article matches');
    const tooMany = await client.callTool({ name: 'list_articles', arguments: { limit: 500 } });
    expect(tooMany.isError).toBe(true);
    expect(textOf(tooMany)).toContain('limit');
  });
});
