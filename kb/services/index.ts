import type { KbDatabase } from '../db/database.ts';
import { createArticleStore } from '../store/article.store.ts';
import { createArticleWritesService } from './article-writes.service.ts';
import { createArticlesService } from './articles.service.ts';
import { createErrorCodesService } from './error-codes.service.ts';
import { createProductsService } from './products.service.ts';

/** Every service the adapters (REST, MCP, CLI) call, built once over one database. */
export function createServices(db: KbDatabase) {
  return {
    db,
    store: createArticleStore(db),
    articles: createArticlesService(db),
    articleWrites: createArticleWritesService(db),
    products: createProductsService(db),
    errorCodes: createErrorCodesService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
