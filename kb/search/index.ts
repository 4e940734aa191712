/** Article search: the service, its schemas, and the query pieces other features may reuse. */
export { createSearchService, type SearchService } from './search.service.ts';
export { SearchHit, SearchInput, SearchResponse, SearchStrategy, MatchedField } from './search.schema.ts';
export { parseQuery, MAX_QUERY_CHARS, MAX_TERMS } from './query.parse.ts';
export { polishStems } from './stem-pl.ts';
export { englishStems } from './stem-en.ts';
