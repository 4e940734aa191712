// The app first: @hono/zod-openapi must extend zod before the shared input schemas are built.
import { testApp } from '../helpers/app.ts';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterEach } from 'vitest';
import type { Services } from '../../kb/services/index.ts';
import { createMcpServer } from '../../mcp/server.ts';

const open: Client[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
});

/** An SDK client talking to createMcpServer(services) over the in-memory linked pair. */
export async function connect(services: Services): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createMcpServer(services).connect(serverSide);
  const client = new Client({ name: 'kbdesk-test', version: '1.0.0' });
  await client.connect(clientSide);
  open.push(client);
  return client;
}

/** A client over the test app's services: a fresh database holding the bundled KB954960. */
export async function kbClient(): Promise<Client> {
  return connect((await testApp()).services);
}

/** The text of a tool result's single text block. */
export function textOf(result: unknown): string {
  const content = (result as CallToolResult).content;
  return content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
}
