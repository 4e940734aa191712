import { runMcpStdio } from '../mcp-stdio.ts';

/** `kbdesk mcp`: the MCP server over stdio, for Claude Desktop, VS Code, Cursor and the inspector. */
export async function mcpCommand(): Promise<number> {
  return runMcpStdio();
}
