import { PUBLIC, type Audience } from '../access/roles.ts';
import { publicSource, publicView } from '../access/public-source.ts';
import type { KbDatabase } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { createArticleStore } from '../store/article.store.ts';
import { findArticleNumbers } from '../store/catalog.queries.ts';
import { parseArticleId } from './article-id.ts';
import { articleHeads } from './article-heads.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { negotiateLocale } from './locale.ts';
import { LOCALES } from '../model/front-matter.schema.ts';

export interface ListInput {
  product?: string;
  version?: string;
  label?: string;
  locale?: string;
  cursor?: string;
  limit: number;
  audience?: Audience;
}

/** Article lookups shared by the REST API, MCP and the assistant. */
export function createArticlesService(db: KbDatabase) {
  const store = createArticleStore(db);

  /** The history of an article the audience may reach (editors also that of drafts); else none. */
  async function historyFor(number: number, audience: Audience, locale?: string) {
    return audience.drafts || (await store.localesOf(number, audience)).length > 0 ? store.history(number, locale) : [];
  }

  return {
    /** One translation by any id form, in the best locale of `wanted`. */
    async get(idInput: string, wanted: string[], audience: Audience = PUBLIC) {
      const number = parseArticleId(idInput);
      // Guess the locale as if the article had every known one: right for most requests, and then
      // the locales and the translation come in one read.
      const guess = negotiateLocale(wanted, LOCALES)!;
      const { locales: available, guessed } = await store.localesWithOne(number, guess, audience);
      const locale = negotiateLocale(wanted, available);
      if (!locale) throw new NotFoundError(`Article KB${number} does not exist.`);
      const article = guessed && locale === guess ? guessed : await store.getTranslation(number, locale);
      if (!article) throw new NotFoundError(`Article KB${number} does not exist.`);
      if (audience.internal) return { article, availableLocales: available };
      // Internal sections also live inside their parents' text: serve the article re-read without them.
      return { article: { ...publicView(article), storedRevision: article.storedRevision, updatedAt: article.updatedAt }, availableLocales: available };
    },

    /** A page of articles, filtered; `nextCursor` is absent on the last page. */
    async list(input: ListInput) {
      const numbers = await findArticleNumbers(db, {
        product: input.product, version: input.version, label: input.label,
        locale: input.locale, after: decodeCursor(input.cursor), limit: input.limit + 1, audience: input.audience ?? PUBLIC,
      });
      const page = numbers.slice(0, input.limit);
      const items = await articleHeads(db, page, input.locale ? [input.locale] : [], input.audience ?? PUBLIC);
      const last = page.at(-1);
      return { items, nextCursor: numbers.length > input.limit && last !== undefined ? encodeCursor(last) : undefined };
    },

    /** Every revision of the article's translations, newest first. */
    async revisions(idInput: string, locale?: string, audience: Audience = PUBLIC) {
      const number = parseArticleId(idInput);
      const rows = await historyFor(number, audience, locale);
      if (rows.length === 0) throw new NotFoundError(`Article KB${number} has no revisions${locale ? ` in ${locale}` : ''}.`);
      return rows.map(({ source: _s, key: _k, number: _n, ...meta }) => meta);
    },

    /** One revision with its markdown source (null for a deletion). */
    async revision(idInput: string, n: number, wanted: string[], audience: Audience = PUBLIC) {
      const number = parseArticleId(idInput);
      const rows = await historyFor(number, audience);
      const locales = [...new Set(rows.map((r) => r.locale))];
      const locale = negotiateLocale(wanted, locales);
      const row = rows.find((r) => r.n === n && r.locale === locale);
      if (!row) throw new NotFoundError(`Article KB${number} has no revision ${n}${locale ? ` in ${locale}` : ''}.`);
      const { key: _k, number: _n, ...rest } = row;
      const source = rest.source && !audience.internal ? publicSource(rest.source) : rest.source;
      return { id: `KB${number}`, ...rest, source };
    },
  };
}

export type ArticlesService = ReturnType<typeof createArticlesService>;
