import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_ARTICLES_DIR, ROOT } from '../../node/paths.ts';

let dir: string;
let client: Client;
let stderr = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kbdesk-mcp-stdio-'));
  // What Claude Desktop and friends run; any stray stdout line would break the protocol here.
  const transport = new StdioClientTransport({
    command: 'npm',
    args: ['run', '--silent', 'mcp'],
    cwd: ROOT,
    env: { ...getDefaultEnvironment(), KB_DATABASE: join(dir, 'kb.sqlite') },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  client = new Client({ name: 'kbdesk-stdio-test', version: '1.0.0' });
  await client.connect(transport);
});

afterAll(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('kbdesk mcp over stdio', () => {
  it('creates and fills the database on first use, logging to stderr only', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain('get_article');
    const files = readdirSync(BUNDLED_ARTICLES_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(stderr).toContain(`imported ${files.length} article translations`);
  });

  it('answers a tool call', async () => {
    const result = await client.callTool({ name: 'lookup_error_code', arguments: { code: '0x8024400E' } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ symbol: 'WU_E_PT_SOAP_SERVER', articles: expect.arrayContaining([expect.objectContaining({ id: 'KB954960' })]) });
  });
});
