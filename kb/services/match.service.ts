import { PUBLIC, type Audience } from '../access/roles.ts';
import { isListable } from '../access/visibility.ts';
import type { KbDatabase } from '../db/database.ts';
import { BadRequestError, KbError } from '../errors.ts';
import { createMatcher, sizeOf } from '../match/matcher.ts';
import type { LogInput, MatchableArticle, Matcher, MatchOptions, MatchResult } from '../match/types.ts';
import type { Article } from '../model/article.ts';
import { translations } from '../db/schema.ts';
import { createArticleStore } from '../store/article.store.ts';

export interface MatchLimits {
  /** Total bytes of all logs in one request. */
  maxBytes: number;
  maxLogs: number;
}

export const DEFAULT_MATCH_LIMITS: MatchLimits = { maxBytes: 64 * 1024 * 1024, maxLogs: 20 };

/** A stored translation as the matcher needs it, with who may see it. */
interface Stored {
  article: MatchableArticle;
  state: string;
  visibility: string;
}

/**
 * Log matching over the stored articles. Each audience gets its own matcher (one automaton over
 * the signatures of the translations it may see), built on its first request and rebuilt only
 * when the database generation shows that articles changed. Building from the visible
 * translations only means a hidden translation's signatures, title or log excerpts never
 * decide or show up in a match, even when another translation of the same article is public.
 */
export function createMatchService(db: KbDatabase, limits: MatchLimits = DEFAULT_MATCH_LIMITS) {
  const store = createArticleStore(db);
  let cached: { generation: number; stored: Promise<Stored[]>; matchers: Map<string, Matcher> } | undefined;

  async function readStored(): Promise<Stored[]> {
    const rows = await db.orm.select({ document: translations.document, state: translations.state, visibility: translations.visibility }).from(translations);
    return rows.map((r) => {
      const a = JSON.parse(r.document) as Article;
      const article = { id: a.id, locale: a.locale, title: a.title, logs: a.logs, signatures: a.signatures, errorCodes: a.errorCodes } satisfies MatchableArticle;
      return { article, state: r.state, visibility: r.visibility };
    });
  }

  async function matcherFor(audience: Audience): Promise<Matcher> {
    const generation = await store.generation();
    if (!cached || cached.generation !== generation) cached = { generation, stored: readStored(), matchers: new Map() };
    const { stored, matchers } = cached;
    // Only these two flags decide what isListable lets through, so they are the matcher's key.
    const key = `${audience.drafts}/${audience.internal}`;
    let matcher = matchers.get(key);
    if (!matcher) {
      matcher = createMatcher((await stored).filter((t) => isListable(audience, t)).map((t) => t.article));
      matchers.set(key, matcher);
    }
    return matcher;
  }

  return {
    limits,
    async match(logs: LogInput[], opts: MatchOptions = {}, audience: Audience = PUBLIC): Promise<MatchResult> {
      if (logs.length === 0) throw new BadRequestError('Send at least one log.');
      if (logs.length > limits.maxLogs) throw new BadRequestError(`At most ${limits.maxLogs} logs per request.`);
      const bytes = logs.reduce((n, l) => n + sizeOf(l), 0);
      if (bytes > limits.maxBytes) {
        throw new KbError('payload_too_large', `The logs are ${bytes} bytes; at most ${limits.maxBytes} bytes per request. Send the part around the failure.`);
      }
      return (await matcherFor(audience)).match(logs, opts);
    },
  };
}

export type MatchService = ReturnType<typeof createMatchService>;
