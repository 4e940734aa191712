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

/**
 * Log matching over the stored articles. The matcher (one automaton over every signature) is
 * built once and rebuilt only when the database generation shows that articles changed.
 */
export function createMatchService(db: KbDatabase, limits: MatchLimits = DEFAULT_MATCH_LIMITS) {
  const store = createArticleStore(db);
  let cached: { generation: number; matcher: Promise<Loaded> } | undefined;

  /** The automaton, and who may see each article: one automaton serves every audience. */
  interface Loaded {
    matcher: Matcher;
    access: Map<string, Pick<Article, 'state' | 'visibility'>[]>;
  }

  async function load(): Promise<Loaded> {
    const rows = await db.orm.select({ document: translations.document, state: translations.state, visibility: translations.visibility }).from(translations);
    const access = new Map<string, Pick<Article, 'state' | 'visibility'>[]>();
    const articles = rows.map((r) => {
      const a = JSON.parse(r.document) as Article;
      access.set(a.id, [...(access.get(a.id) ?? []), { state: r.state, visibility: r.visibility }]);
      return { id: a.id, locale: a.locale, title: a.title, logs: a.logs, signatures: a.signatures, errorCodes: a.errorCodes } satisfies MatchableArticle;
    });
    return { matcher: createMatcher(articles), access };
  }

  async function loaded(): Promise<Loaded> {
    const generation = await store.generation();
    if (!cached || cached.generation !== generation) cached = { generation, matcher: load() };
    return cached.matcher;
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
      const { matcher, access } = await loaded();
      const result = matcher.match(logs, { ...opts, limit: 50 });
      const visible = (id: string) => (access.get(id) ?? []).some((t) => isListable(audience, t));
      return { ...result, matches: result.matches.filter((m) => visible(m.article.id)).slice(0, opts.limit ?? 10) };
    },
    async signatureCount(): Promise<number> {
      return (await loaded()).matcher.signatureCount;
    },
  };
}

export type MatchService = ReturnType<typeof createMatchService>;
