import type { KbDatabase } from '../db/database.ts';
import { createArticleStore } from '../store/article.store.ts';
import { createArticlesService } from './articles.service.ts';

/** Every service the adapters (REST, MCP, CLI) call, built once over one database. */
export function createServices(db: KbDatabase) {
  return {
    db,
    store: createArticleStore(db),
    articles: createArticlesService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
