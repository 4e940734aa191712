import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/logs/${name}`, import.meta.url), 'utf8');
const client = fixture('windowsupdate-legacy-kb954960.log');
const server = fixture('softwaredistribution-kb954960.log');

type MatchBody = { matches: { article: { id: string; locale: string }; confidence: string; score: number; evidence: { log: string; line: number; text: string }[]; correlations: unknown[] }[]; stats: { bytes: number; lines: number } };

describe('POST /v1/match', () => {
  it('takes JSON logs, correlates client and server, and shows the evidence lines', async () => {
    const { app } = await testApp();
    const res = await app.request('/v1/match', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ logs: [{ name: 'WindowsUpdate.log', content: client }, { name: 'SoftwareDistribution.log', content: server }] }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as MatchBody;
    expect(body.matches[0]).toMatchObject({ article: { id: 'KB954960' }, confidence: 'high' });
    expect(body.matches[0]!.correlations.length).toBeGreaterThan(0);
    const lines = client.split('\n');
    for (const e of body.matches[0]!.evidence.filter((x) => x.log === 'WindowsUpdate.log')) expect(lines[e.line - 1]).toBe(e.text);
    expect(body.stats.lines).toBe(client.split('\n').length + server.split('\n').length - 2);
  });

  it('takes multipart files and raw bodies, UTF-16 included', async () => {
    const { app } = await testApp();
    const form = new FormData();
    form.append('client', new Blob([client]), 'WindowsUpdate.log');
    form.append('server', new Blob([server]), 'SoftwareDistribution.log');
    const multipart = (await (await app.request('/v1/match', { method: 'POST', body: form })).json()) as MatchBody;
    expect(multipart.matches[0]!.article.id).toBe('KB954960');

    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(client, (ch) => ch.charCodeAt(0)).buffer)]);
    const raw = await app.request('/v1/match?name=WindowsUpdate.log&locale=pl', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: utf16 });
    const rawBody = (await raw.json()) as MatchBody;
    expect(rawBody.matches[0]).toMatchObject({ article: { id: 'KB954960', locale: 'pl-PL' } });
    const text = (await (await app.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: client.replace(/\n/g, '\r\n') })).json()) as MatchBody;
    expect(text.matches[0]!.article.id).toBe('KB954960');
  });

  it('answers an empty list when nothing matches', async () => {
    const { app } = await testApp();
    const body = (await (await app.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: fixture('unrelated-iis.log') })).json()) as MatchBody;
    expect(body.matches).toEqual([]);
  });

  it('answers 413 problem+json over the configured size, and bounds the number of logs', async () => {
    const { app } = await testApp({}, undefined, { match: { maxBytes: 10_000 } });
    const big = await app.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x'.repeat(50_000) });
    expect(big.status).toBe(413);
    expect(big.headers.get('Content-Type')).toBe('application/problem+json');
    const justOver = await app.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ logs: [{ name: 'a', content: 'y'.repeat(10_001) }] }) });
    expect(justOver.status).toBe(413);
    const many = await app.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ logs: Array.from({ length: 21 }, (_, i) => ({ name: `${i}.log`, content: 'z' })) }) });
    expect(many.status).toBe(400);
  });

  it('rejects malformed bodies with a clear 4xx', async () => {
    const { app } = await testApp();
    const cases: [RequestInit, number, RegExp][] = [
      [{ headers: { 'Content-Type': 'application/json' }, body: '{"logs": [' }, 400, /JSON/],
      [{ headers: { 'Content-Type': 'application/json' }, body: '{"logs":[{"name":"","content":"x"}]}' }, 400, /name/],
      [{ headers: { 'Content-Type': 'text/plain' }, body: '' }, 400, /empty/],
      [{ headers: { 'Content-Type': 'image/png' }, body: 'x' }, 415, /multipart/],
      [{ body: new FormData() }, 400, /files/],
    ];
    for (const [init, status, detail] of cases) {
      const res = await app.request('/v1/match', { method: 'POST', ...init });
      expect(res.status).toBe(status);
      expect(((await res.json()) as { detail: string }).detail).toMatch(detail);
    }
  });
});

describe('rate limits', () => {
  it('answer 429 problem+json with Retry-After past the limit, per client', async () => {
    const { app } = await testApp({ rateLimits: { match: { requests: 2, windowSeconds: 60 } } });
    const send = (ip: string) => app.request('/v1/match', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'cf-connecting-ip': ip }, body: 'hello' });
    expect((await send('10.0.0.1')).status).toBe(200);
    expect((await send('10.0.0.1')).status).toBe(200);
    const third = await send('10.0.0.1');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(third.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await third.json()).detail).toMatch(/at most 2 per 60 s/);
    expect((await send('10.0.0.2')).status).toBe(200);
    expect((await app.request('/v1/articles/KB954960', { headers: { 'cf-connecting-ip': '10.0.0.1' } })).status).toBe(200);
  });
});
