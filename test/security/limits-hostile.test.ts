import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.ts';
import { articleSource } from '../helpers/articles.ts';

const TOKEN = 'security-admin-token-0123456789';
type App = Awaited<ReturnType<typeof testApp>>['app'];

async function expect413(res: Response) {
  expect(res.status).toBe(413);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  expect(((await res.json()) as { status: number }).status).toBe(413);
}

/** Any answer but a server error, and a problem+json body for every 4xx. */
async function expectNo5xx(res: Response, what: string) {
  expect(res.status, `${what} → ${res.status}: ${(await res.clone().text()).slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) expect(res.headers.get('Content-Type'), what).toMatch(/^application\/problem\+json/);
}

/** Percent-encodes raw bytes, so invalid UTF-8 and lone surrogates can be sent in a URL. */
const rawBytes = fc.uint8Array({ maxLength: 40 }).map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, '0')}`).join(''));
const encoded = fc.oneof(
  fc.string({ maxLength: 80 }).map((s) => encodeURIComponent(s)),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => encodeURIComponent(s)),
  rawBytes,
  fc.constantFrom('%', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%00', '..%2F..%2Fetc%2Fpasswd', '%252e%252e', '%F4%90%80%80', '%FF%FE', '%u0041'),
);

describe('oversized bodies: 413 problem+json', () => {
  it('an article over 512 KiB, with and without Content-Length', async () => {
    const { app } = await testApp({ adminToken: TOKEN });
    const body = articleSource(954960, 'en-US') + 'x'.repeat(600 * 1024);
    const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/markdown' };
    await expect413(await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers, body }));
    await expect413(await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }, body }));
  });

  it('logs over KB_MATCH_MAX_BYTES, in every body form', async () => {
    const { app } = await testApp({}, undefined, { match: { maxBytes: 64 * 1024 } });
    const big = 'WARNING: SyncUpdates failure, error = 0x8024400E\n'.repeat(4000); // ~200 KB
    await expect413(await app.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: big }));
    await expect413(await app.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: new TextEncoder().encode(big) }));
    await expect413(await app.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ logs: [{ name: 'a.log', content: big }] }) }));
    const form = new FormData();
    form.append('client', new File([big], 'WindowsUpdate.log'));
    await expect413(await app.request('/v1/match', { method: 'POST', body: form }));
    // Under the HTTP limit but over the service's exact count (JSON framing allowance): still 413, not 500.
    const justOver = 'x'.repeat(64 * 1024 + 10);
    await expect413(await app.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ logs: [{ name: 'a.log', content: justOver }] }) }));
  });

  it('a chat request over its limit', async () => {
    const { app } = await testApp({});
    const body = JSON.stringify({ messages: [{ role: 'user', content: 'x'.repeat(3 * 1024 * 1024) }] });
    await expect413(await app.request('/v1/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));
  });
});

describe('hostile input: 4xx or 200, never 5xx', () => {
  it('search with any q, limit, offset, locale and product', async () => {
    const { app } = await testApp({});
    const param = fc.oneof(encoded, fc.constantFrom('-1', '0', '1e309', 'NaN', '51', '1.5', '99999999999999999999', '', '%20'));
    await fc.assert(fc.asyncProperty(encoded, param, param, fc.oneof(encoded, fc.constantFrom('pl', 'en-US', 'de', '*')), encoded, async (q, limit, offset, locale, product) => {
      const url = `/v1/search?q=${q}&limit=${limit}&offset=${offset}&locale=${locale}&product=${product}`;
      await expectNo5xx(await app.request(url), url);
    }), { numRuns: 250 });
  });

  it('search with FTS syntax, SQL and oversized queries', async () => {
    const { app } = await testApp({});
    const QS = ['"', 'NEAR(a b, 2)', 'a AND OR NOT b', '*', 'title:x', "'; DROP TABLE translations; --", '\u0000', 'x'.repeat(2000), 'x'.repeat(2001), `${'wsus '.repeat(400)}`, '0x8024400E*', '((((((', '^a', 'a:b:c'];
    for (const q of QS) await expectNo5xx(await app.request(`/v1/search?q=${encodeURIComponent(q)}`), q.slice(0, 40));
    expect((await app.request(`/v1/search?q=${'x'.repeat(2001)}`)).status).toBe(400);
    const ok = await app.request(`/v1/search?q=${encodeURIComponent("'; DROP TABLE translations; --")}`);
    expect(ok.status).toBe(200);
    expect((await app.request('/v1/articles/KB954960')).status).toBe(200); // still there
  });

  it('error codes in any form, including bytes that are not UTF-8', async () => {
    const { app } = await testApp({});
    await fc.assert(fc.asyncProperty(encoded, async (code) => {
      await expectNo5xx(await app.request(`/v1/errors/${code}`), code);
    }), { numRuns: 300 });
    for (const code of ['0x8024400E', '8024400e', '[8024400E]', '-2145107954', '2149859342', 'WU_E_PT_SOAP_SERVER']) {
      expect((await app.request(`/v1/errors/${encodeURIComponent(code)}`)).status, code).toBe(200);
    }
    for (const code of ['0x', '0x123456789', 'x'.repeat(65), '4294967296', 'ZZZ', '%00']) {
      expect((await app.request(`/v1/errors/${code}`)).status, code).toBe(400);
    }
  });

  it('article ids, locales and headers of any shape', async () => {
    const { app } = await testApp({});
    await fc.assert(fc.asyncProperty(encoded, encoded, fc.string({ maxLength: 200 }).filter((s) => /^[\t\x20-\x7e]*$/.test(s)), async (id, locale, acceptLanguage) => {
      const url = `/v1/articles/${id}?locale=${locale}`;
      await expectNo5xx(await app.request(url, { headers: { 'Accept-Language': acceptLanguage, 'If-None-Match': acceptLanguage } }), `${url} [${acceptLanguage}]`);
    }), { numRuns: 250 });
    for (const id of ['KB99999999999999999999', '0', '-1', '1e5', 'KB', 'kb954960', '954960.0', '%00']) {
      await expectNo5xx(await app.request(`/v1/articles/${id}`), id);
    }
  });

  it('chat with any messages and state', async () => {
    const { app } = await testApp({});
    const message = fc.record({ role: fc.constantFrom('user', 'assistant'), content: fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('0x8024400E', 'WSUS 3.0 SP1', 'tak', 'yes', '<script>', '\u0000')) });
    await fc.assert(fc.asyncProperty(fc.array(message, { minLength: 0, maxLength: 4 }), fc.option(fc.string({ maxLength: 100 })), fc.option(fc.string({ maxLength: 12 })), async (messages, state, locale) => {
      const body = JSON.stringify({ messages, ...(state !== null ? { state } : {}), ...(locale !== null ? { locale } : {}) });
      await expectNo5xx(await app.request('/v1/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }), body.slice(0, 200));
    }), { numRuns: 120 });
    for (const body of ['', '{', 'null', '[]', '{"messages":"x"}', '{"messages":[{"role":"user","content":null}]}']) {
      await expectNo5xx(await app.request('/v1/chat', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }), body);
    }
  });

  it('match with malformed bodies of every type', async () => {
    const { app } = await testApp({});
    const cases: [string, BodyInit][] = [['application/json', '{'], ['application/json', '{"logs":[]}'], ['application/json', '{"logs":[{"name":1}]}'],
      ['application/json', JSON.stringify({ logs: Array.from({ length: 50 }, () => ({ name: 'a', content: 'b' })) })], ['text/plain', ''],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nno file\r\n--x--\r\n'], ['multipart/form-data', 'garbage'],
      ['application/xml', '<logs/>'], ['application/octet-stream', new Uint8Array([0xff, 0xfe, 0x00])]];
    for (const [type, body] of cases) await expectNo5xx(await app.request('/v1/match', { method: 'POST', headers: { 'Content-Type': type }, body }), `${type} ${String(body).slice(0, 40)}`);
  });

  async function putArticle(app: App, body: string) {
    return app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/markdown' }, body });
  }

  it('an invalid article is a 422 naming the line, whatever is wrong with it', async () => {
    const { app } = await testApp({ adminToken: TOKEN });
    for (const body of ['', 'no front matter', '---\n---\n', '---\n: [\n---\n', `---\n${'a: 1\n'.repeat(3)}---\n`, '\uFEFF---\r\nnumber: x\r\n---\r\n']) {
      const res = await putArticle(app, body);
      await expectNo5xx(res, JSON.stringify(body));
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
  });

  it('kb/parse/front-matter.ts: a YAML alias bomb in a PUT article is a 422', async () => {
    const { app } = await testApp({ adminToken: TOKEN });
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...['b', 'c', 'd', 'e'].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcd'[i]}`).join(',')}]`)].join('\n');
    const res = await putArticle(app, `---\n${bomb}\n---\n\n## Symptoms\n\nx\n`);
    expect(res.status).toBe(422);
  });
});

describe('a pathological log through POST /v1/match', () => {
  it('5 MB of one repeated near-match completes with an answer', async () => {
    const { app } = await testApp({});
    const near = 'WARNING: SyncUpdates failureSyncUpdates failure, error = 0x8024400';
    for (const body of [`${near}\n`.repeat(Math.ceil((5 << 20) / (near.length + 1))), near.repeat(Math.ceil((5 << 20) / near.length))]) {
      const res = await app.request('/v1/match?name=WindowsUpdate.log', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body });
      expect(res.status).toBe(200);
      const result = await res.json() as { matches: { article: { id: string } }[]; stats: { bytes: number } };
      expect(result.stats.bytes).toBeGreaterThanOrEqual(5 << 20);
      expect(Array.isArray(result.matches)).toBe(true);
    }
  }, 60_000);
});
