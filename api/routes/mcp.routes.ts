import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { KbError } from '../../kb/errors.ts';
import { createMcpServer } from '../../mcp/server.ts';
import { bearerToken, secretsEqual } from '../auth.ts';
import type { AppEnv } from '../env.ts';

/** With KB_MCP_TOKEN set, /mcp needs `Authorization: Bearer <token>`; without it, /mcp is open. */
const requireMcpToken = createMiddleware<AppEnv>(async (c, next) => {
  const token = c.get('config').mcpToken;
  if (token) {
    const given = bearerToken(c.req.header('Authorization'));
    if (!given || !(await secretsEqual(given, token))) {
      c.header('WWW-Authenticate', 'Bearer realm="kbdesk-mcp"');
      throw new KbError('unauthorized', 'Send Authorization: Bearer <KB_MCP_TOKEN> to use the MCP endpoint.');
    }
  }
  await next();
});

/** JSON-RPC error for the methods a stateless server has no use for (no SSE stream, no session to delete). */
const methodNotAllowed = () => new Response(
  JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: this stateless MCP endpoint takes POST only.' }, id: null }),
  { status: 405, headers: { Allow: 'POST', 'Content-Type': 'application/json' } },
);

/**
 * MCP over Streamable HTTP at /mcp, stateless: every POST gets a fresh server and transport
 * over the request's services, so nothing is shared between requests (and it runs on Workers).
 */
export function mcpRoutes() {
  const app = new Hono<AppEnv>();
  app.use('/mcp', requireMcpToken);
  app.post('/mcp', async (c) => {
    const server = createMcpServer(c.get('services'));
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    await server.connect(transport);
    try {
      // In JSON mode the response is complete once this resolves, so the server can go with the request.
      return await transport.handleRequest(c.req.raw);
    } finally {
      await server.close();
    }
  });
  app.on(['GET', 'DELETE'], '/mcp', methodNotAllowed);
  return app;
}
