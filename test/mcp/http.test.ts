import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../node/server.ts';

type Server = Awaited<ReturnType<typeof startServer>>;
const dirs: string[] = [];
const clients: Client[] = [];

async function start(env: Record<string, string> = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-mcp-http-'));
  dirs.push(dir);
  return startServer({ port: 0, hostname: '127.0.0.1', env: { ...process.env, KB_DATABASE: join(dir, 'kb.sqlite'), KB_ACCESS_LOG: 'off', ...env } });
}

async function connect(server: Server, token?: string): Promise<Client> {
  const headers = token ? { Authorization: `Bearer ${token}` } : undefined;
  const client = new Client({ name: 'kbdesk-http-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), { requestInit: { headers } }));
  clients.push(client);
  return client;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

describe('MCP over Streamable HTTP at /mcp (open)', () => {
  let server: Server;
  beforeAll(async () => { server = await start({ KB_MCP_TOKEN: '' }); });
  afterAll(async () => { await server.close(); });

  it('lists tools and calls one, a fresh server per request', async () => {
    const client = await connect(server);
    expect((await client.listTools()).tools.map((t) => t.name)).toContain('get_resolution_path');
    const result = await client.callTool({ name: 'get_resolution_path', arguments: { id: 'KB954960', product: 'wsus', version: '3.0 SP1' } });
    expect(result.structuredContent).toMatchObject({ path: { id: 'wsus-3-sp1' } });
    const error = await client.callTool({ name: 'get_article', arguments: { id: 'KB1' } });
    expect(error.isError).toBe(true);
  });

  it('has no SSE stream or session: GET and DELETE are 405, and /v1 caching stays off /mcp', async () => {
    const get = await fetch(`${server.url}/mcp`, { headers: { Accept: 'text/event-stream' } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await fetch(`${server.url}/mcp`, { method: 'DELETE' })).status).toBe(405);
    const post = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '1' } } }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('etag')).toBeNull();
    expect(post.headers.get('mcp-session-id')).toBeNull();
    expect((await post.json()).result.serverInfo.name).toBe('kbdesk');
  });
});

describe('MCP over HTTP with KB_MCP_TOKEN', () => {
  let server: Server;
  beforeAll(async () => { server = await start({ KB_MCP_TOKEN: 'mcp-secret' }); });
  afterAll(async () => { await server.close(); });

  it('answers 401 problem+json without the token or with a wrong one', async () => {
    for (const authorization of [undefined, 'Bearer wrong', 'mcp-secret']) {
      const res = await fetch(`${server.url}/mcp`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...(authorization ? { Authorization: authorization } : {}) },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });
      expect(res.status, String(authorization)).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.json()).toMatchObject({ status: 401, detail: 'Send Authorization: Bearer <KB_MCP_TOKEN> to use the MCP endpoint.' });
    }
    await expect(connect(server)).rejects.toThrow();
  });

  it('works with the token', async () => {
    const client = await connect(server, 'mcp-secret');
    const result = await client.callTool({ name: 'list_products', arguments: {} });
    expect((result.structuredContent as { items: { slug: string }[] }).items.map((p) => p.slug)).toContain('wsus');
  });
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
