/** Where in an article file a problem is, and what it is. */
export interface ValidationIssue {
  file?: string;
  line: number;
  field?: string;
  message: string;
}

export type ErrorCode =
  | 'bad_request' | 'invalid_article' | 'unauthorized' | 'forbidden' | 'not_found'
  | 'conflict' | 'payload_too_large' | 'unsupported_media_type' | 'rate_limited' | 'unavailable' | 'internal';

/**
 * The one error type of kbdesk. Adapters map `code` to an HTTP status (problem+json)
 * or to an MCP tool error; the message is written for the person or agent who sent the request.
 */
export class KbError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { issues?: ValidationIssue[]; retryAfter?: number; [key: string]: unknown },
  ) {
    super(message);
    this.name = 'KbError';
  }
}

export class NotFoundError extends KbError {
  constructor(message: string) {
    super('not_found', message);
  }
}

export class BadRequestError extends KbError {
  constructor(message: string, details?: KbError['details']) {
    super('bad_request', message, details);
  }
}

/** Seconds a client is asked to wait when the database cannot answer for a moment (busy, overloaded, restarting). */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/** The database cannot answer for a moment (a lock, an overload, a restart); the same request may succeed later. */
export class DatabaseUnavailableError extends KbError {
  constructor(message = 'The knowledge base\'s database is overloaded or restarting; try again in a few seconds.') {
    super('unavailable', message, { retryAfter: BUSY_RETRY_AFTER_SECONDS });
  }
}

/** Another connection (an import in another process, say) holds the database's write lock. */
export class DatabaseBusyError extends DatabaseUnavailableError {
  constructor() {
    super('The knowledge base is busy with another write, such as an import; try again in a few seconds.');
  }
}

/** The database cannot grow: its disk (or its configured size limit) is full. */
export class DatabaseFullError extends KbError {
  constructor() {
    super('unavailable', 'The knowledge base cannot store more: its disk is full. Nothing was written; an administrator must free space.');
  }
}

/** An article file (or several) that does not validate; every issue has a line. */
export class InvalidArticleError extends KbError {
  constructor(readonly issues: ValidationIssue[]) {
    super('invalid_article', summarizeIssues(issues), { issues });
  }
}

export function formatIssue(issue: ValidationIssue): string {
  const where = `${issue.file ?? '<input>'}:${issue.line}`;
  return `${where}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`;
}

function summarizeIssues(issues: ValidationIssue[]): string {
  const first = issues[0];
  if (!first) return 'The article is invalid.';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${formatIssue(first)}${more}`;
}
