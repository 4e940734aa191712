import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { TriageRequest, TriageResponse } from '../../kb/triage/triage.schema.ts';
import { registerKbTool, type ToolContext } from '../tool.ts';

/** triage_ticket: the same triage as POST /v1/triage, for assistants working a ticket queue. */
export function registerTriageTools(server: McpServer, { services }: ToolContext): void {
  registerKbTool(server, 'triage_ticket', {
    title: 'Triage a support ticket',
    description: 'Ranks the KB articles that fit a ticket (its logs, error codes and words), with the reasons, and drafts an internal note for the agent.',
    input: TriageRequest,
    output: TriageResponse,
  }, async (ticket) => {
    const result = await services.triage.triage(ticket);
    return { data: result, text: result.note.markdown };
  });
}
