import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kbClient, textOf } from './connect.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/logs/${name}`, import.meta.url), 'utf8');
const EN_TITLE = 'Some computers do not receive updates from the WSUS server';

describe('search_articles and match_logs over the real services', () => {
  it('search_articles finds KB954960 in Polish without diacritics, compact and capped', async () => {
    const client = await kbClient();
    const result = await client.callTool({ name: 'search_articles', arguments: { q: 'komputery nie odbieraja aktualizacji', limit: 3 } });
    expect(result.isError).toBeFalsy();
    const data = result.structuredContent as { items: { id: string; locale: string; snippet: string }[] };
    expect(data.items[0]).toMatchObject({ id: 'KB954960', locale: 'pl-PL' });
    expect(data.items[0]!.snippet).toContain('**');
    expect(data.items[0]!.snippet).not.toContain('<mark>');
    expect(textOf(result)).toMatch(/^KB954960 \[pl-PL\]/);
    const missing = await client.callTool({ name: 'get_article', arguments: { id: 'KB1' } });
    expect(textOf(missing)).toBe('Article KB1 does not exist. Use search_articles to find the right id.');
    const tooMany = await client.callTool({ name: 'search_articles', arguments: { q: 'wsus', limit: 21 } });
    expect(tooMany.isError).toBe(true);
    const empty = await client.callTool({ name: 'search_articles', arguments: { q: '   ' } });
    expect(empty.isError).toBe(true);
    expect(textOf(empty)).toMatch(/empty/);
  });

  it('match_logs correlates client and server logs and returns a few evidence lines', async () => {
    const client = await kbClient();
    const result = await client.callTool({
      name: 'match_logs',
      arguments: { logs: [{ name: 'WindowsUpdate.log', content: fixture('windowsupdate-legacy-kb954960.log') }, { name: 'SoftwareDistribution.log', content: fixture('softwaredistribution-kb954960.log') }] },
    });
    expect(result.isError).toBeFalsy();
    const data = result.structuredContent as { matches: { id: string; title: string; confidence: string; evidence: { log: string; line: number; text: string }[] }[]; logs: { name: string; source?: string }[] };
    expect(data.matches[0]).toMatchObject({ id: 'KB954960', title: EN_TITLE, confidence: 'high' });
    expect(data.matches[0]!.evidence.length).toBeGreaterThan(0);
    expect(data.matches[0]!.evidence.length).toBeLessThanOrEqual(3);
    expect(data.logs.map((l) => l.source)).toEqual(['client', 'wsus-server']);
    expect(textOf(result)).toContain('KB954960 (high');
    const nothing = await client.callTool({ name: 'match_logs', arguments: { logs: [{ name: 'iis.log', content: fixture('unrelated-iis.log') }] } });
    expect((nothing.structuredContent as { matches: unknown[] }).matches).toEqual([]);
    expect(textOf(nothing)).toContain('No article matches these logs');
  });

  it('match_logs refuses oversized logs with advice, as a tool error', async () => {
    const client = await kbClient();
    const result = await client.callTool({ name: 'match_logs', arguments: { logs: [{ name: 'a.log', content: 'x'.repeat(600_000) }, { name: 'b.log', content: 'y'.repeat(500_000) }] } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('The logs hold 1,100,000 characters; match_logs takes at most 1,000,000.');
    expect(textOf(result)).toContain('Send only the part around the failure');
  });

  it('troubleshoot_from_log tells the assistant to call match_logs', async () => {
    const client = await kbClient();
    const { messages } = await client.getPrompt({ name: 'troubleshoot_from_log', arguments: { log: '0x8024400E' } });
    expect((messages[0]?.content as { text: string }).text).toContain('1. Call match_logs with logs');
  });
});

describe('triage_ticket', () => {
  it('ranks KB954960 for a ticket with its log and returns the note as text', async () => {
    const client = await kbClient();
    const result = await client.callTool({
      name: 'triage_ticket',
      arguments: { subject: 'Updates fail with 0x8024400E', description: 'WSUS clients stopped getting updates', attachments: [{ name: 'WindowsUpdate.log', content: fixture('windowsupdate-legacy-kb954960.log') }] },
    });
    expect(result.isError).toBeFalsy();
    const data = result.structuredContent as { suggestions: { id: string; confidence: string }[]; codes: string[] };
    expect(data.suggestions[0]).toMatchObject({ id: 'KB954960', confidence: 'high' });
    expect(data.codes).toEqual(['0x8024400E']);
    expect(textOf(result)).toContain('1. **KB954960**');
    const empty = await client.callTool({ name: 'triage_ticket', arguments: {} });
    expect(empty.isError).toBe(true);
    expect(textOf(empty)).toMatch(/subject, a description or an attachment/);
  });
});
