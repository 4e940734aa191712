import { McpError } from '@modelcontextprotocol/sdk/types.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { asDatabaseError } from '../kb/db/database-errors.ts';
import { KbError, formatIssue, type ErrorCode } from '../kb/errors.ts';

/** Recovery advice per error code: text, or a function of the tool's arguments (and the error) that may look things up. */
export type Hints<A> = Partial<Record<ErrorCode, string | ((args: A, err: unknown) => string | Promise<string>)>>;

const withHint = (message: string, hint: string | undefined) => (hint ? `${message}${/[.!?)]$/.test(message) ? '' : '.'} ${hint}` : message);

/** MCP's "resource not found" (not in the SDK's ErrorCode enum). */
const RESOURCE_NOT_FOUND = -32002;

function describeZod(err: z.core.$ZodError): string {
  const fields = err.issues.map((i) => `${i.path.join('.') || '(arguments)'}: ${i.message}`);
  return `Invalid arguments: ${fields.join('; ')}.`;
}

function kbMessage(err: KbError): string {
  const issues = err.details?.issues;
  if (!issues?.length) return err.message;
  return [err.message, ...issues.slice(1, 5).map(formatIssue)].join('\n');
}

/** The message an expected failure shows the assistant, or undefined for a bug. */
function expectedMessage(err: unknown): string | undefined {
  if (err instanceof KbError && err.code !== 'internal') return kbMessage(err);
  if (err instanceof z.core.$ZodError) return describeZod(err);
  return undefined;
}

async function hintFor<A>(err: unknown, hints: Hints<A> | undefined, args: A): Promise<string | undefined> {
  const code: ErrorCode | undefined = err instanceof KbError ? err.code : err instanceof z.core.$ZodError ? 'bad_request' : undefined;
  const hint = code ? hints?.[code] : undefined;
  if (hint === undefined) return undefined;
  // A failing hint lookup must not hide the original error.
  return typeof hint === 'string' ? hint : Promise.resolve().then(() => hint(args, err)).catch(() => undefined);
}

/**
 * The one place a tool failure becomes a result: KbError and zod failures come back as
 * `isError: true` with the service's message plus recovery advice; anything else is logged
 * (to stderr, which stdio clients keep apart from the protocol) and reported without internals.
 */
export async function toolError<A>(thrown: unknown, tool: string, hints?: Hints<A>, args?: A): Promise<CallToolResult> {
  const err = asDatabaseError(thrown);
  const message = expectedMessage(err);
  if (message === undefined) {
    console.error(JSON.stringify({ level: 'error', tool, message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack : undefined }));
    return { isError: true, content: [{ type: 'text', text: `${tool} failed unexpectedly inside kbdesk. Retry once; if it fails again, answer without it and tell the user the knowledge base is unavailable.` }] };
  }
  const hint = await hintFor(err, hints, args as A);
  return { isError: true, content: [{ type: 'text', text: withHint(message, hint) }] };
}

/**
 * Resources and prompts have no `isError` result: expected failures become JSON-RPC errors
 * whose message still tells the assistant what to do next.
 */
export function protocolError(thrown: unknown, hint?: string): never {
  if (thrown instanceof McpError) throw thrown;
  const err = asDatabaseError(thrown);
  const message = expectedMessage(err);
  if (message === undefined) throw err;
  const code = err instanceof KbError && err.code === 'not_found' ? RESOURCE_NOT_FOUND : -32602;
  throw new McpError(code, withHint(message, hint));
}
