import type { KbDatabase } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { createArticleStore } from '../store/article.store.ts';
import { parseArticleId } from './article-id.ts';
import { negotiateLocale } from './locale.ts';

/** Article lookups shared by the REST API, MCP and the assistant. */
export function createArticlesService(db: KbDatabase) {
  const store = createArticleStore(db);
  return {
    /** One translation by any id form, in the best locale of `wanted`. */
    async get(idInput: string, wanted: string[]) {
      const number = parseArticleId(idInput);
      const available = await store.localesOf(number);
      const locale = negotiateLocale(wanted, available);
      const article = locale && (await store.getTranslation(number, locale));
      if (!article) throw new NotFoundError(`Article KB${number} does not exist.`);
      return { article, availableLocales: available };
    },
  };
}

export type ArticlesService = ReturnType<typeof createArticlesService>;
