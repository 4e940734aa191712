import { describe, expect, it } from 'vitest';
import { ids, seededSearch } from './fixtures.ts';

describe('ranking and snippets', () => {
  it('ranks a title hit above a body hit (Polish)', async () => {
    const search = await seededSearch();
    // KB800007 has "Defragmentacja" in its title, KB800008 only in its symptoms.
    const r = await search.search({ q: 'defragmentacja' });
    expect(ids(r)).toEqual(['KB800007', 'KB800008']);
    expect(r.results[0]!.score).toBeGreaterThan(r.results[1]!.score);
    expect(r.results[0]!.matchedIn).toEqual(['title']);
    expect(r.results[1]!.matchedIn).toEqual(['symptoms']);
  });

  it('ranks a title hit above a body hit (English, inflected query)', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'deduplicating' });
    expect(ids(r)).toEqual(['KB800009', 'KB800010']);
  });

  it('returns the fields a client shows', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: '0x8024400E', locale: 'pl-PL' });
    expect(r.results[0]).toMatchObject({
      id: 'KB954960', number: 954960, locale: 'pl-PL',
      title: 'Niektóre komputery nie odbierają aktualizacji z serwera WSUS',
      summary: expect.stringContaining('0x8024400E'),
    });
  });

  it('highlights hits and escapes the article text in snippets', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'spooler crashes' });
    expect(ids(r)).toEqual(['KB800003']);
    const { snippet } = r.results[0]!;
    expect(snippet).toContain('<mark>spooler</mark>');
    expect(snippet).toContain('&lt;script&gt;');
    expect(snippet).toContain('&lt;Error code=&quot;5&quot;&gt; &amp;');
    // The only tags are the highlights.
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('shows plain text, not markdown, in snippets', async () => {
    const search = await seededSearch();
    const r = await search.search({ q: 'Declined', locale: 'en-US' });
    expect(r.results[0]!.snippet).toContain('<mark>Declined</mark>');
    expect(r.results[0]!.snippet).not.toMatch(/\*\*|`|\{#/);
  });
});
