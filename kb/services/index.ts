import { createApiKeysService } from '../access/api-keys.service.ts';
import { createAssistant } from '../assistant/assistant.service.ts';
import type { KbDatabase } from '../db/database.ts';
import { createSearchService } from '../search/search.service.ts';
import { createTriageService } from '../triage/triage.service.ts';
import { createArticleStore } from '../store/article.store.ts';
import { createArticleWritesService } from './article-writes.service.ts';
import { createArticlesService } from './articles.service.ts';
import { createErrorCodesService } from './error-codes.service.ts';
import { createMatchService, DEFAULT_MATCH_LIMITS, type MatchLimits } from './match.service.ts';
import { createProductsService } from './products.service.ts';

export interface ServiceOptions {
  match?: Partial<MatchLimits>;
}

/** Every service the adapters (REST, MCP, CLI) call, built once over one database. */
export function createServices(db: KbDatabase, options: ServiceOptions = {}) {
  const articles = createArticlesService(db);
  const errorCodes = createErrorCodesService(db);
  const search = createSearchService(db);
  const match = createMatchService(db, { ...DEFAULT_MATCH_LIMITS, ...options.match });
  return {
    db,
    store: createArticleStore(db),
    apiKeys: createApiKeysService(db),
    articles,
    articleWrites: createArticleWritesService(db),
    products: createProductsService(db),
    errorCodes,
    search,
    match,
    assistant: createAssistant({ articles, errorCodes, search, match }),
    triage: createTriageService({ articles, errorCodes, search, match }),
  };
}

export type Services = ReturnType<typeof createServices>;
