import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import type { Services } from '../kb/services/index.ts';
import { toolError, type Hints } from './errors.ts';

/** What every tool group is registered with. */
export interface ToolContext {
  services: Services;
  /** Advice on finding the right article id; names search_articles once search exists. */
  findArticleHint: string;
}

/** Cuts text to `max` characters at a word boundary, marking the cut. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const part = t.slice(0, max - 1);
  const space = part.lastIndexOf(' ');
  return `${space > max / 2 ? part.slice(0, space) : part}…`;
}

/** What a tool body returns: the structured answer and a compact text rendering of it. */
export interface ToolAnswer<T> {
  data: T;
  text: string;
}

export interface KbToolSpec<I extends z.ZodObject, O extends z.ZodObject> {
  title: string;
  description: string;
  input: I;
  output: O;
  /** Recovery advice appended to an error of that code. */
  hints?: Hints<z.output<I>>;
}

/**
 * Registers a read-only kbdesk tool: inputs validated by `input`, the answer sent as
 * `structuredContent` (checked against `output`) plus compact text, and every failure
 * routed through the one error adapter instead of a try/catch per tool.
 */
export function registerKbTool<I extends z.ZodObject, O extends z.ZodObject>(
  server: McpServer,
  name: string,
  spec: KbToolSpec<I, O>,
  run: (args: z.output<I>) => Promise<ToolAnswer<z.output<O>>>,
): void {
  const handler = async (args: z.output<I>): Promise<CallToolResult> => {
    try {
      const { data, text } = await run(args);
      return { content: [{ type: 'text', text }], structuredContent: data as Record<string, unknown> };
    } catch (err) {
      return toolError(err, name, spec.hints, args);
    }
  };
  server.registerTool(name, {
    title: spec.title,
    description: spec.description,
    inputSchema: spec.input,
    outputSchema: spec.output,
    annotations: { title: spec.title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }, handler as never);
}
