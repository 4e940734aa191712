import { createApiKeysService } from '../access/api-keys.service.ts';
import { createAnalyticsService } from '../analytics/analytics.service.ts';
import { withAnalytics } from '../analytics/with-analytics.ts';
import { createAssistant } from '../assistant/assistant.service.ts';
import type { KbDatabase } from '../db/database.ts';
import { createSearchService, type SearchService } from '../search/search.service.ts';
import { createTriageService } from '../triage/triage.service.ts';
import { createArticleStore } from '../store/article.store.ts';
import { createArticleWritesService } from './article-writes.service.ts';
import { createArticlesService } from './articles.service.ts';
import { createErrorCodesService } from './error-codes.service.ts';
import { createMatchService, DEFAULT_MATCH_LIMITS, type MatchLimits } from './match.service.ts';
import { createProductsService } from './products.service.ts';

export interface ServiceOptions {
  match?: Partial<MatchLimits>;
  /** Keep (redacted) logs that matched nothing, for editors; off by default (KB_STORE_RAW_LOGS=on). */
  storeRawLogs?: boolean;
  /** Days analytics, feedback and raw logs are kept (KB_ANALYTICS_RETENTION_DAYS, default 90). */
  retentionDays?: number;
  /** Analytics are written by `analytics.flush()` only (the Worker calls it after each answer). */
  writeAnalyticsOnFlush?: boolean;
  /** Search answered elsewhere over the same database (the Node server's search threads); default in process. */
  search?: SearchService;
}

/** Every service the adapters (REST, MCP, CLI) call, built once over one database. */
export function createServices(db: KbDatabase, options: ServiceOptions = {}) {
  const articles = createArticlesService(db);
  const errorCodes = createErrorCodesService(db);
  const search = options.search ?? createSearchService(db);
  const match = createMatchService(db, { ...DEFAULT_MATCH_LIMITS, ...options.match });
  const analytics = createAnalyticsService(db, { storeRawLogs: options.storeRawLogs, retentionDays: options.retentionDays, writeOnFlush: options.writeAnalyticsOnFlush });
  return {
    db,
    store: createArticleStore(db),
    apiKeys: createApiKeysService(db),
    articles,
    articleWrites: createArticleWritesService(db),
    products: createProductsService(db),
    errorCodes,
    analytics,
    // What adapters call is recorded; the assistant and triage use the unrecorded search and match inside.
    ...withAnalytics(analytics, {
      search,
      match,
      assistant: createAssistant({ articles, errorCodes, search, match }),
      triage: createTriageService({ articles, errorCodes, search, match }),
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
