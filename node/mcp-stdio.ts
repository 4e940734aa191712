import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpServer } from '../mcp/server.ts';
import { bootstrap } from './bootstrap.ts';
import { SERVING_BUSY_TIMEOUT_MS } from './database.ts';

/**
 * Serves MCP over stdin/stdout until the client closes stdin. stdout carries the protocol
 * only: anything that would print there (console.log/info/debug) goes to stderr instead.
 */
export async function runMcpStdio(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  console.log = console.info = console.debug = console.error;
  const { services, file, close } = await bootstrap(env, console.error, { busyTimeoutMs: SERVING_BUSY_TIMEOUT_MS });
  const server = createMcpServer(services);
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
  });
  await server.connect(new StdioServerTransport());
  console.error(`kbdesk: MCP over stdio on ${file}`);
  process.stdin.once('end', () => void server.close());
  const stop = () => void server.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await closed;
  await close();
  return 0;
}
