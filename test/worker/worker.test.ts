import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('the Worker over D1', () => {
  it('has the migrated schema and the imported articles', async () => {
    const { results } = await env.DB.prepare('SELECT key FROM translations ORDER BY key').all<{ key: string }>();
    expect(results).toHaveLength(env.ARTICLE_FILES.length);
    expect(results.map((r: { key: string }) => r.key)).toEqual(expect.arrayContaining(['954960:en-US', '954960:pl-PL']));
  });

  it('serves an article in both locales', async () => {
    const pl = await SELF.fetch('https://kb.test/v1/articles/kb954960?locale=pl');
    expect(pl.status).toBe(200);
    expect(pl.headers.get('Content-Language')).toBe('pl-PL');
    expect(((await pl.json()) as { title: string }).title).toBe('Niektóre komputery nie odbierają aktualizacji z serwera WSUS');
    const en = await SELF.fetch('https://kb.test/v1/articles/954960', { headers: { 'Accept-Language': 'en' } });
    expect(((await en.json()) as { locale: string }).locale).toBe('en-US');
  });

  it('decodes error codes and lists products', async () => {
    const code = (await (await SELF.fetch("https://kb.test/v1/errors/-2145107954")).json()) as { hex: string; articles: { id: string }[] };
    expect(code.hex).toBe('0x8024400E');
    expect(code.articles.map((a) => a.id)).toContain('KB954960');
    const products = (await (await SELF.fetch("https://kb.test/v1/products")).json()) as { items: { slug: string }[] };
    expect(products.items.map((p) => p.slug)).toContain('wsus');
  });

  it('writes atomically through D1 batches, as a new revision', async () => {
    const source = env.ARTICLE_FILES.find((f) => f.path === '954960/en-US.md')!.content.replace('## Status\n', '## Status\n\nEdited on the edge.\n');
    const put = await SELF.fetch('https://kb.test/v1/articles/KB954960/en-US', {
      method: 'PUT', body: source, headers: { Authorization: 'Bearer worker-test-token', 'Content-Type': 'text/markdown' },
    });
    expect(await put.json()).toEqual({ id: 'KB954960', locale: 'en-US', revision: 2, action: 'update' });
    const bad = await SELF.fetch('https://kb.test/v1/articles/KB954960/en-US', {
      method: 'PUT', body: source.replace('relation: affected', 'relation: nope'), headers: { Authorization: 'Bearer worker-test-token', 'Content-Type': 'text/markdown' },
    });
    expect(bad.status).toBe(422);
    const { results } = await env.DB.prepare("SELECT n FROM revisions WHERE key = '954960:en-US' ORDER BY n").all();
    expect(results).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('answers errors as problem+json', async () => {
    const res = await SELF.fetch('https://kb.test/v1/articles/nope');
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  });
});

describe('MCP on the Worker', () => {
  it('answers a tools/call over Streamable HTTP at /mcp', async () => {
    const res = await SELF.fetch('https://kb.test/mcp', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'lookup_error_code', arguments: { code: '8024400e' } } }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { structuredContent: { hex: string; articles: { id: string }[] } } };
    expect(body.result.structuredContent.hex).toBe('0x8024400E');
    expect(body.result.structuredContent.articles.map((a) => a.id)).toContain('KB954960');
  });

  it('searches and matches in workerd as on Node', async () => {
    const search = (await (await SELF.fetch('https://kb.test/v1/search?q=komputery%20nie%20odbieraja%20aktualizacji&locale=pl')).json()) as { results: { id: string }[] };
    expect(search.results[0]!.id).toBe('KB954960');
    const match = await SELF.fetch('https://kb.test/v1/match', {
      method: 'POST', headers: { 'Content-Type': 'text/plain' },
      body: 'PT\tWARNING: SyncUpdates failure, error = 0x8024400E, soap client error = 7, soap error code = 400, HTTP status code = 200\nPT\tWARNING: ErrorCode:InternalServerError(5)\n',
    });
    expect(((await match.json()) as { matches: { article: { id: string } }[] }).matches.map((m) => m.article.id)).toContain('KB954960');
  });
});

describe('D1 sessions (read replication)', () => {
  const BOOKMARK = /^[0-9a-f]+(?:-[0-9a-f]+)+$/;

  it('hands every database answer the session bookmark, which moves on with a write', async () => {
    const read = await SELF.fetch('https://kb.test/v1/search?q=proxy', { headers: { Origin: 'https://helpdesk.example' } });
    expect(read.status).toBe(200);
    const before = read.headers.get('X-D1-Bookmark');
    expect(before).toMatch(BOOKMARK);
    expect(read.headers.get('Access-Control-Expose-Headers')).toContain('X-D1-Bookmark'); // a page on another origin can read it

    const source = env.ARTICLE_FILES.find((f) => f.path === '900001/en-US.md')!.content.replace(/\n$/, '\nSaved through a session.\n');
    const put = await SELF.fetch('https://kb.test/v1/articles/KB900001/en-US', {
      method: 'PUT', body: source, headers: { Authorization: 'Bearer worker-test-token', 'Content-Type': 'text/markdown', 'X-D1-Bookmark': before! },
    });
    expect(put.status).toBe(200);
    const written = put.headers.get('X-D1-Bookmark');
    expect(written).toMatch(BOOKMARK);
    expect(written! > before!).toBe(true); // bookmarks order as strings, and a write moves them on

    // A read that sends the write's bookmark back sees the write.
    const after = await SELF.fetch('https://kb.test/v1/articles/KB900001/revisions?locale=en-US', { headers: { 'X-D1-Bookmark': written! } });
    expect(after.status).toBe(200);
    expect(JSON.stringify(await after.json())).toContain('"n":2');
    expect(after.headers.get('X-D1-Bookmark')! >= written!).toBe(true);
  });

  it('answers a header that is not a bookmark with a 400 naming it', async () => {
    const res = await SELF.fetch('https://kb.test/v1/search?q=wsus', { headers: { 'X-D1-Bookmark': "1'; DROP TABLE translations; --" } });
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toContain('X-D1-Bookmark');
    const stillThere = await env.DB.prepare('SELECT count(*) AS n FROM translations').all<{ n: number }>();
    expect(stillThere.results[0]!.n).toBe(env.ARTICLE_FILES.length);
  });
});

describe('analytics on the Worker', () => {
  it('are written after the answer, not before it', async () => {
    const q = 'analytics after the answer';
    const res = await SELF.fetch(`https://kb.test/v1/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    // The write runs in waitUntil once the answer is out: wait for it, within bounds.
    let n = 0;
    for (let i = 0; i < 100 && n === 0; i++) {
      n = (await env.DB.prepare(`SELECT count(*) AS n FROM analytics_events WHERE kind = 'search' AND text = '${q}'`).all<{ n: number }>()).results[0]!.n;
      if (n === 0) await new Promise((r) => setTimeout(r, 20));
    }
    expect(n).toBe(1);
  });
});
