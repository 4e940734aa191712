import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.ts';
import { articleSource } from '../helpers/articles.ts';

const TOKEN = 'security-admin-token-0123456789';
const EVIL = 'https://evil.example';
const edited = () => articleSource(954960, 'en-US').replace('## Status\n', '## Status\n\nEdited.\n');

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  const body = await res.json() as { status: number; requestId: string; title: string };
  expect(body.status).toBe(status);
  expect(body.requestId).toBeTruthy();
}

async function revisionCount(app: Awaited<ReturnType<typeof testApp>>['app']): Promise<number> {
  const res = await app.request('/v1/articles/KB954960/revisions', { headers: { Authorization: `Bearer ${TOKEN}` } });
  return ((await res.json()) as { revisions: unknown[] }).revisions.length;
}

describe('writes need the admin token', () => {
  const BAD = [
    ['no Authorization header', undefined],
    ['a wrong token', `Bearer not-${TOKEN}`],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token and more', `Bearer ${TOKEN}x`],
    ['the token in another case', `Bearer ${TOKEN.toUpperCase()}`],
    ['Basic instead of Bearer', `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`],
    ['the token without a scheme', TOKEN],
    ['an empty bearer', 'Bearer '],
    ['two tokens', `Bearer ${TOKEN} ${TOKEN}`],
  ] as const;

  it.each(BAD)('PUT and DELETE with %s: 401 problem+json, WWW-Authenticate, nothing written', async (_name, header) => {
    const { app } = await testApp({ adminToken: TOKEN });
    const headers: Record<string, string> = { 'Content-Type': 'text/markdown', ...(header ? { Authorization: header } : {}) };
    const put = await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers, body: edited() });
    expect(put.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    await expectProblem(put, 401);
    await expectProblem(await app.request('/v1/articles/KB954960/en-US', { method: 'DELETE', headers }), 401);
    expect(await revisionCount(app)).toBe(2); // the import's en-US and pl-PL
    expect((await app.request('/v1/articles/KB954960?locale=en-US')).status).toBe(200);
  });

  it('with no admin token configured, writes are off (403) whatever the caller sends', async () => {
    const { app } = await testApp({});
    for (const headers of [{}, { Authorization: `Bearer ${TOKEN}` }, { Authorization: 'Bearer anything' }] as Record<string, string>[]) {
      await expectProblem(await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: { ...headers, 'Content-Type': 'text/markdown' }, body: edited() }), 403);
      await expectProblem(await app.request('/v1/articles/KB954960/en-US', { method: 'DELETE', headers }), 403);
    }
  });

  it('the right token writes (control: the refusals above are about the token)', async () => {
    const { app } = await testApp({ adminToken: TOKEN });
    const put = await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/markdown' }, body: edited() });
    expect(put.status).toBe(200);
  });

  it('the key administration routes refuse anonymous callers', async () => {
    const { app } = await testApp({ adminToken: TOKEN });
    const list = await app.request('/v1/keys');
    expect([401, 403]).toContain(list.status);
    const create = await app.request('/v1/keys', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'x', role: 'admin' }) });
    expect([401, 403]).toContain(create.status);
  });

  it('/mcp needs its own token when one is set', async () => {
    const { app } = await testApp({ mcpToken: 'mcp-secret-0123456789', adminToken: TOKEN });
    const call = (auth?: string) => app.request('/mcp', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...(auth ? { Authorization: auth } : {}) },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }),
    });
    await expectProblem(await call(), 401);
    await expectProblem(await call(`Bearer ${TOKEN}`), 401); // the admin token is not the MCP token
    expect((await call('Bearer mcp-secret-0123456789')).status).toBe(200);
  });
});

describe('CORS: another origin may read, never write', () => {
  for (const origins of [['*'], ['https://helpdesk.example']]) {
    it.each(['PUT', 'DELETE', 'PATCH'])(`a preflight for %s from another origin is not allowed (KB_CORS_ORIGINS=${origins.join(',')})`, async (method) => {
      const { app } = await testApp({ adminToken: TOKEN, corsOrigins: origins });
      const res = await app.request('/v1/articles/KB954960/en-US', {
        method: 'OPTIONS',
        headers: { Origin: EVIL, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'authorization, content-type' },
      });
      expect(res.status).toBeLessThan(500);
      const methods = (res.headers.get('Access-Control-Allow-Methods') ?? '').toUpperCase().split(/\s*,\s*/);
      expect(methods).not.toContain(method);
      const headers = (res.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
      expect(headers).not.toContain('authorization');
      expect(res.headers.get('Access-Control-Allow-Credentials')).not.toBe('true');
      if (!origins.includes('*')) expect(res.headers.get('Access-Control-Allow-Origin')).not.toBe(EVIL);
    });
  }

  it('reads are allowed cross-origin without credentials, and a listed origin is echoed only for itself', async () => {
    const open = await testApp({ corsOrigins: ['*'] });
    const res = await open.app.request('/v1/articles/KB954960', { headers: { Origin: EVIL } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Credentials')).not.toBe('true');
    const listed = await testApp({ corsOrigins: ['https://helpdesk.example'] });
    const mine = await listed.app.request('/v1/articles/KB954960', { headers: { Origin: 'https://helpdesk.example' } });
    expect(mine.headers.get('Access-Control-Allow-Origin')).toBe('https://helpdesk.example');
    const theirs = await listed.app.request('/v1/articles/KB954960', { headers: { Origin: EVIL } });
    expect(theirs.headers.get('Access-Control-Allow-Origin')).not.toBe(EVIL);
  });

  it('/mcp is not open to browsers on other origins: no CORS grant, and a form-style POST is refused', async () => {
    const { app } = await testApp({});
    const preflight = await app.request('/mcp', { method: 'OPTIONS', headers: { Origin: EVIL, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
    // A page can send text/plain without a preflight; the tool must not run.
    const simple = await app.request('/mcp', {
      method: 'POST', headers: { Origin: EVIL, 'Content-Type': 'text/plain', Accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'lookup_error_code', arguments: { code: '0x8024400E' } } }),
    });
    expect(simple.status).toBeGreaterThanOrEqual(400);
    expect(simple.status).toBeLessThan(500);
  });
});
