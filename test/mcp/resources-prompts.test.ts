import { describe, expect, it } from 'vitest';
import { kbClient } from './connect.ts';

const PL_TITLE = 'Niektóre komputery nie odbierają aktualizacji z serwera WSUS';
const TEMPLATE = 'kb://articles/{id}/{locale}';

describe('MCP resources', () => {
  it('lists every article in every locale and the error-code catalog', async () => {
    const client = await kbClient();
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(['kb://articles/KB954960/en-US', 'kb://articles/KB954960/pl-PL', 'kb://error-codes']);
    expect(resources.find((r) => r.uri.endsWith('/pl-PL'))).toMatchObject({ name: 'KB954960 pl-PL', title: PL_TITLE, mimeType: 'text/markdown' });
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual([TEMPLATE]);
  });

  it('reads an article translation as markdown', async () => {
    const client = await kbClient();
    const { contents } = await client.readResource({ uri: 'kb://articles/KB954960/pl-PL' });
    const text = (contents[0] as { text: string }).text;
    expect(contents[0]).toMatchObject({ uri: 'kb://articles/KB954960/pl-PL', mimeType: 'text/markdown' });
    expect(text.startsWith(`# KB954960 · pl-PL · ${PL_TITLE}`)).toBe(true);
    for (const heading of ['## Symptomy', '## Przyczyna', '## Rozwiązanie', '## Obejście problemu', '## Więcej informacji', '## Stan']) expect(text).toContain(heading);
    expect(text.match(/### Znane problemy/g)).toHaveLength(1);
    expect(text).not.toContain('[Cut to');
  });

  it('refuses a locale the article lacks, pointing at the ones it has', async () => {
    const client = await kbClient();
    await expect(client.readResource({ uri: 'kb://articles/KB954960/de-DE' })).rejects.toThrow(/no de-DE translation; available: kb:\/\/articles\/KB954960\/en-US/);
    await expect(client.readResource({ uri: 'kb://articles/KB1/en-US' })).rejects.toThrow(/Article KB1 does not exist/);
  });

  it('reads the error-code catalog as compact markdown', async () => {
    const client = await kbClient();
    const { contents } = await client.readResource({ uri: 'kb://error-codes' });
    const text = (contents[0] as { text: string }).text;
    expect(text).toMatch(/^# Windows Update error codes/);
    expect(text).toContain('\n0x8024400E WU_E_PT_SOAP_SERVER: The server web service failed');
    expect(text.split('\n').length).toBeGreaterThan(400);
  });

  it('completes article ids by prefix and locales by article', async () => {
    const client = await kbClient();
    const ref = { type: 'ref/resource' as const, uri: TEMPLATE };
    for (const value of ['95', 'KB9549', 'kb', '']) {
      const { completion } = await client.complete({ ref, argument: { name: 'id', value } });
      expect(completion.values, value).toEqual(['KB954960']);
    }
    expect((await client.complete({ ref, argument: { name: 'id', value: '1' } })).completion.values).toEqual([]);
    const locales = await client.complete({ ref, argument: { name: 'locale', value: 'p' }, context: { arguments: { id: 'KB954960' } } });
    expect(locales.completion.values).toEqual(['pl-PL']);
  });
});

describe('MCP prompts', () => {
  it('lists both prompts with their arguments', async () => {
    const client = await kbClient();
    const { prompts } = await client.listPrompts();
    const byName = Object.fromEntries(prompts.map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(['draft_ticket_reply', 'troubleshoot_from_log']);
    expect(byName.troubleshoot_from_log?.arguments?.map((a) => [a.name, a.required])).toEqual([['log', true], ['product', false], ['version', false]]);
    expect(byName.draft_ticket_reply?.arguments?.map((a) => [a.name, a.required])).toEqual([['id', true], ['locale', false], ['context', true]]);
  });

  it('troubleshoot_from_log embeds the log and tells the assistant which tools to call and to cite', async () => {
    const client = await kbClient();
    const log = 'PT WARNING: SyncUpdates failure, error = 0x8024400E, soap client error = 7';
    const { messages } = await client.getPrompt({ name: 'troubleshoot_from_log', arguments: { log, product: 'wsus', version: '3.0 SP1' } });
    const text = (messages[0]?.content as { text: string }).text;
    expect(messages[0]?.role).toBe('user');
    expect(text).toContain(`\`\`\`\`log\n${log}\n\`\`\`\``);
    expect(text).toContain('The user runs wsus 3.0 SP1.');
    expect(text).toContain('lookup_error_code');
    expect(text).toContain('get_resolution_path');
    expect(text).toMatch(/Cite each claim with its article id/);
  });

  it('troubleshoot_from_log keeps only the end of a huge log and says so', async () => {
    const client = await kbClient();
    const log = `${'x'.repeat(70_000)}\nEND 0x8024400E`;
    const { messages } = await client.getPrompt({ name: 'troubleshoot_from_log', arguments: { log } });
    const text = (messages[0]?.content as { text: string }).text;
    expect(text).toContain('END 0x8024400E');
    expect(text).toMatch(/The first 10,015 characters of the log were left out/);
    expect(text.length).toBeLessThan(62_000);
  });

  it('draft_ticket_reply embeds the article in the wanted language within its budget', async () => {
    const client = await kbClient();
    const { messages } = await client.getPrompt({
      name: 'draft_ticket_reply', arguments: { id: '954960', locale: 'pl-PL', context: 'Klient: WSUS 3.0 SP1, klienci nie widzą aktualizacji, błąd 0x8024400E.' },
    });
    const text = (messages[0]?.content as { text: string }).text;
    expect(text).toContain('in Polish');
    expect(text).toContain('Klient: WSUS 3.0 SP1');
    expect(text).toContain(`# KB954960 · pl-PL · ${PL_TITLE}`);
    expect(text).toContain('## Rozwiązanie');
    expect(text.length).toBeLessThan(3000 * 4 + 1500);
  });

  it('completes the article id of draft_ticket_reply and fails clearly for an unknown one', async () => {
    const client = await kbClient();
    const { completion } = await client.complete({ ref: { type: 'ref/prompt', name: 'draft_ticket_reply' }, argument: { name: 'id', value: 'KB95' } });
    expect(completion.values).toEqual(['KB954960']);
    await expect(client.getPrompt({ name: 'draft_ticket_reply', arguments: { id: 'KB1', context: 'x' } })).rejects.toThrow(/Article KB1 does not exist/);
  });
});
