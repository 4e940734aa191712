import { PUBLIC, type Audience } from '../access/roles.ts';
import { listable } from '../access/visibility.ts';
import type { KbDatabase } from '../db/database.ts';
import { BadRequestError, KbError } from '../errors.ts';
import { createMatcher } from '../match/matcher.ts';
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

/**
 * Log matching over the stored articles. The matcher (one automaton over every signature) is
 * built once and rebuilt only when the database generation shows that articles changed.
 */
export function createMatchService(db: KbDatabase, limits: MatchLimits = DEFAULT_MATCH_LIMITS) {
  const store = createArticleStore(db);
  let cached: { generation: number; matcher: Promise<Matcher> } | undefined;

  async function load(): Promise<Matcher> {
    const rows = await db.orm.select({ document: translations.document }).from(translations);
    const articles = rows.map((r) => {
      const a = JSON.parse(r.document) as Article;
      return { id: a.id, locale: a.locale, title: a.title, logs: a.logs, signatures: a.signatures, errorCodes: a.errorCodes } satisfies MatchableArticle;
    });
    return createMatcher(articles);
  }

  async function matcher(): Promise<Matcher> {
    const generation = await store.generation();
    if (!cached || cached.generation !== generation) cached = { generation, matcher: load() };
    return cached.matcher;
  }

  return {
    limits,
    async match(logs: LogInput[], opts: MatchOptions = {}, audience: Audience = PUBLIC): Promise<MatchResult> {
      if (logs.length === 0) throw new BadRequestError('Send at least one log.');
      if (logs.length > limits.maxLogs) throw new BadRequestError(`At most ${limits.maxLogs} logs per request.`);
      const bytes = logs.reduce((n, l) => n + (typeof l.content === 'string' ? l.content.length : l.content.byteLength), 0);
      if (bytes > limits.maxBytes) {
        throw new KbError('payload_too_large', `The logs are ${bytes} bytes; at most ${limits.maxBytes} bytes per request. Send the part around the failure.`);
      }
      const result = (await matcher()).match(logs, { ...opts, limit: 50 });
      // One automaton serves every audience; what it may show is filtered afterwards.
      const rows = await db.orm.selectDistinct({ number: translations.number }).from(translations).where(listable(audience));
      const visible = new Set(rows.map((r) => `KB${r.number}`));
      return { ...result, matches: result.matches.filter((m) => visible.has(m.article.id)).slice(0, opts.limit ?? 10) };
    },
    async signatureCount(): Promise<number> {
      return (await matcher()).signatureCount;
    },
  };
}

export type MatchService = ReturnType<typeof createMatchService>;
