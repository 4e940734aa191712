/**
 * D1 read replication through the Sessions API. Each request reads through its own session, so
 * a read may be served by a replica near the Worker, and every answer carries the session's
 * bookmark: a client that sends it back reads at least what it saw before, its own writes
 * included. PUT, PATCH and DELETE start at the primary (they read, then write).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { D1Binding } from '../kb/db/d1.ts';
import { BadRequestError } from '../kb/errors.ts';

const BOOKMARK_HEADER = 'X-D1-Bookmark';
// Hex groups joined by hyphens, as D1 writes them (e.g. 0000000b-00000001-00004f5b-8c2a…); bounded in size.
const BOOKMARK = /^[0-9a-f]{1,64}(?:-[0-9a-f]{1,64}){1,7}$/i;
const STARTS_AT_PRIMARY = new Set(['PUT', 'PATCH', 'DELETE']);

type Session = D1Binding & { getBookmark(): string | null };
export type D1WithSessions = D1Binding & { withSession(constraintOrBookmark: string): Session };

// The request being answered: one isolate answers many at once, so this cannot be a variable.
const current = new AsyncLocalStorage<{ session: Session } | { error: Error }>();

/** A binding that sends each query through the session of the request being answered. */
export function sessionBinding(db: D1WithSessions): D1Binding {
  const target = (): D1Binding => {
    const store = current.getStore();
    if (!store) return db;
    // A bad bookmark fails the first query, so the app renders it like every other bad request.
    if ('error' in store) throw store.error;
    return store.session;
  };
  return { prepare: (sql: string) => target().prepare(sql), batch: (statements: unknown[]) => target().batch(statements as never) } as unknown as D1Binding;
}

/** Answers `request` with its queries in a fresh D1 session, and adds the session's bookmark to the answer. */
export async function inSession(db: D1WithSessions, request: Request, answer: () => Promise<Response>): Promise<Response> {
  const bookmark = request.headers.get(BOOKMARK_HEADER);
  const store = bookmark !== null && !BOOKMARK.test(bookmark)
    ? { error: new BadRequestError(`${BOOKMARK_HEADER} is not a D1 bookmark: send back the value an earlier answer carried, or no header`) }
    : { session: db.withSession(STARTS_AT_PRIMARY.has(request.method) ? 'first-primary' : bookmark ?? 'first-unconstrained') };
  const response = await current.run(store, answer);
  const seen = 'session' in store ? store.session.getBookmark() : null;
  if (!seen) return response;
  const withBookmark = new Response(response.body, response);
  withBookmark.headers.set(BOOKMARK_HEADER, seen);
  return withBookmark;
}
