import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Services } from '../kb/services/index.ts';
import { registerHelpdeskPrompts } from './prompts/helpdesk.prompts.ts';
import { registerArticleResources } from './resources/articles.resources.ts';
import { registerErrorCodeResources } from './resources/error-codes.resources.ts';
import { registerArticleTools } from './tools/articles.tools.ts';
import { registerErrorCodeTools } from './tools/errors.tools.ts';
import { registerProductTools } from './tools/products.tools.ts';
import { registerResolutionTools } from './tools/resolutions.tools.ts';
import { registerSearchTools } from './tools/search.tools.ts';
import { registerTriageTools } from './tools/triage.tools.ts';

export const SERVER_INFO = { name: 'kbdesk', title: 'kbdesk — WSUS / Windows Update knowledge base', version: '0.1.0' };

const INSTRUCTIONS = 'Knowledge base of IT support articles about WSUS and Windows Update (e.g. KB954960), in en-US and pl-PL. '
  + 'Start from an error code (lookup_error_code), logs (match_logs), or a product (get_product); '
  + 'then get_resolution_path for the user\'s product version, or get_article with only the sections you need. '
  + 'Cite article ids in answers.';

/**
 * A fresh MCP server over the same kb/ services the REST API uses. Call it once per
 * connection (stdio) or per request (stateless HTTP); instances are never shared.
 */
export function createMcpServer(services: Services): McpServer {
  const server = new McpServer(SERVER_INFO, {
    instructions: INSTRUCTIONS,
    // Bounds the work one tools/call can ask for before any handler runs.
    maxToolInputElements: 2000,
  });
  const findArticleHint = 'Use search_articles to find the right id.';
  const context = { services, findArticleHint };
  registerArticleTools(server, context);
  registerResolutionTools(server, context);
  registerErrorCodeTools(server, context);
  registerProductTools(server, context);
  registerSearchTools(server, services);
  registerTriageTools(server, context);
  registerArticleResources(server, services);
  registerErrorCodeResources(server);
  registerHelpdeskPrompts(server, services);
  return server;
}
