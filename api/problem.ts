import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';
import { asDatabaseError } from '../kb/db/database-errors.ts';
import { KbError, type ErrorCode } from '../kb/errors.ts';
import type { AppEnv } from './env.ts';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400, invalid_article: 422, unauthorized: 401, forbidden: 403, not_found: 404,
  conflict: 409, payload_too_large: 413, unsupported_media_type: 415, rate_limited: 429, unavailable: 503, internal: 500,
};

const TITLE: Record<ErrorCode, string> = {
  bad_request: 'Bad request', invalid_article: 'Invalid article', unauthorized: 'Unauthorized',
  forbidden: 'Forbidden', not_found: 'Not found', conflict: 'Conflict', payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type', rate_limited: 'Too many requests', unavailable: 'Service unavailable', internal: 'Internal server error',
};

/** RFC 9457 problem details, as every error of the API is rendered. */
export const Problem = z.object({
  type: z.string().openapi({ example: 'https://kbdesk.dev/problems/not_found' }),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  requestId: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  issues: z.array(z.object({ file: z.string().optional(), line: z.number(), field: z.string().optional(), message: z.string() })).optional(),
}).openapi('Problem');

export function problemResponse(c: Context<AppEnv>, code: ErrorCode, detail: string, extra: Record<string, unknown> = {}) {
  const status = STATUS[code];
  const body = { type: `https://kbdesk.dev/problems/${code}`, title: TITLE[code], status, detail, requestId: c.get('requestId') ?? '', ...extra };
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json' });
}

/**
 * A request body cut off by the client hanging up: Node's incoming request fails with ECONNRESET
 * "aborted" (an upstream's reset says "socket hang up" or "fetch failed"); fetch aborts the signal.
 */
function clientLeft(err: Error, c: Context<AppEnv>): boolean {
  return ((err as { code?: unknown }).code === 'ECONNRESET' && err.message === 'aborted') || c.req.raw.signal?.aborted === true;
}

/** The single place errors become responses. */
export function renderError(thrown: Error, c: Context<AppEnv>) {
  const err = asDatabaseError(thrown) as Error;
  if (err instanceof KbError) {
    if (err.details?.retryAfter) c.header('Retry-After', String(err.details.retryAfter));
    return problemResponse(c, err.code, err.message, err.details?.issues ? { issues: err.details.issues } : {});
  }
  if (err instanceof HTTPException) {
    const code = (Object.entries(STATUS).find(([, s]) => s === err.status)?.[0] ?? 'bad_request') as ErrorCode;
    return problemResponse(c, code, err.message || TITLE[code]);
  }
  if (clientLeft(err, c)) {
    // Nobody will read this answer: the client's problem, not ours, so no error-level alarm.
    console.error(JSON.stringify({ level: 'info', requestId: c.get('requestId'), message: 'the client closed the connection before its request arrived' }));
    return problemResponse(c, 'bad_request', 'The connection closed before the whole request arrived.');
  }
  console.error(JSON.stringify({ level: 'error', requestId: c.get('requestId'), message: err.message, stack: err.stack }));
  return problemResponse(c, 'internal', 'Something went wrong on our side; the request id identifies it in our logs.');
}

/** zod-openapi's validation hook: a failed schema becomes a 400 problem naming each field. */
export function validationHook(result: { success: boolean; error?: z.ZodError }, c: Context<AppEnv>) {
  if (result.success || !result.error) return;
  const errors = result.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  return problemResponse(c, 'bad_request', detail, { errors });
}

/** Declares the error responses of a route for the OpenAPI document. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, {
    description: Object.entries(STATUS).find(([, v]) => v === s)?.[0] ?? 'error',
    content: { 'application/problem+json': { schema: Problem } },
  }]));
}

/** A body-size limit answered like every other error: 413 problem+json saying `message`. */
export function limitBody(maxSize: number, message: string) {
  return bodyLimit({ maxSize, onError: () => { throw new KbError('payload_too_large', message); } });
}
