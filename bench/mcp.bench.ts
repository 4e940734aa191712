/**
 * MCP tool-call latency over stdio (`node bin/kbdesk.js mcp`, the SDK's StdioClientTransport) and over
 * Streamable HTTP (`/mcp` on `node bin/kbdesk.js serve`), both as separate processes on a fresh database.
 * Run: npx tsx bench/mcp.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport, getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ROOT } from '../node/paths.ts';
import { startServeChild } from './serve-child.ts';
import { quantile, round, since } from './stats.ts';

export interface McpRow {
  transport: 'stdio' | 'http';
  tool: string;
  calls: number;
  p50: number;
  p95: number;
  errors: number;
  /** Spawn (stdio) or HTTP session set-up to the initialize answer. */
  connectMs: number;
}

const CALLS: { tool: string; args: Record<string, unknown> }[] = [
  { tool: 'lookup_error_code', args: { code: '8024400e', locale: 'pl-PL' } },
  { tool: 'search_articles', args: { q: 'office 2003 sp1 wsus not detecting', locale: 'en-US', limit: 5 } },
  { tool: 'get_article', args: { id: 'KB954960', locale: 'en-US', sections: ['cause', 'resolution'], max_tokens: 1500 } },
];

async function measure(client: Client, transport: McpRow['transport'], connectMs: number, calls: number): Promise<McpRow[]> {
  const rows: McpRow[] = [];
  for (const { tool, args } of CALLS) {
    for (let i = 0; i < 5; i++) await client.callTool({ name: tool, arguments: args }); // warm-up
    const times: number[] = [];
    let errors = 0;
    for (let i = 0; i < calls; i++) {
      const started = performance.now();
      const r = await client.callTool({ name: tool, arguments: args });
      times.push(since(started));
      if (r.isError) errors++;
    }
    rows.push({ transport, tool, calls, p50: round(quantile(times, 0.5), 2), p95: round(quantile(times, 0.95), 2), errors, connectMs: Math.round(connectMs) });
  }
  return rows;
}

export async function runMcpBench(calls = 200): Promise<McpRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-bench-mcp-'));
  try {
    const stdio = new Client({ name: 'kbdesk-bench', version: '1.0.0' });
    const started = performance.now();
    await stdio.connect(new StdioClientTransport({
      command: process.execPath, args: [join(ROOT, 'bin/kbdesk.js'), 'mcp'], cwd: ROOT,
      env: { ...getDefaultEnvironment(), KB_DATABASE: join(dir, 'stdio.sqlite') }, stderr: 'ignore',
    }));
    const rows = await measure(stdio, 'stdio', since(started), calls);
    await stdio.close();

    const server = await startServeChild({ KB_DATABASE: join(dir, 'http.sqlite') });
    try {
      const http = new Client({ name: 'kbdesk-bench', version: '1.0.0' });
      const connected = performance.now();
      await http.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)));
      rows.push(...await measure(http, 'http', since(connected), calls));
      await http.close();
    } finally {
      await server.stop();
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function mcpTable(rows: McpRow[]): string {
  return ['| transport | tool | calls | p50 ms | p95 ms | errors | connect ms |', '|---|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.transport} | ${r.tool} | ${r.calls} | ${r.p50} | ${r.p95} | ${r.errors} | ${r.connectMs} |`)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(mcpTable(await runMcpBench()));
}
