import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { SearchInput, SearchResponse } from '../../kb/search/search.schema.ts';
import type { AppEnv } from '../env.ts';
import { audience } from '../auth.ts';
import { problemResponses, validationHook } from '../problem.ts';

// The service's own input schema; query strings arrive as text, so numbers are coerced here.
const SearchQuery = SearchInput.extend({
  q: SearchInput.shape.q.max(2000),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe(SearchInput.shape.limit.description ?? ''),
  offset: z.coerce.number().int().min(0).max(1000).default(0).describe(SearchInput.shape.offset.description ?? ''),
});

const search = createRoute({
  method: 'get',
  path: '/v1/search',
  tags: ['search'],
  summary: 'Full-text search in Polish and English, with highlighted snippets',
  request: { query: SearchQuery },
  responses: {
    200: { description: 'One page of results, best first', content: { 'application/json': { schema: SearchResponse.clone().openapi('SearchResponse') } } },
    ...problemResponses(400),
  },
});

export function searchRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(search, async (c) => {
    const answer = await c.get('services').search.search(c.req.valid('query'), audience(c));
    // Each search is its own answer: it carries a searchId for feedback and is counted in
    // analytics, so a stored copy must not stand in for it (the response cache skips no-store).
    c.header('Cache-Control', 'no-store');
    return c.json(answer, 200);
  });
  return app;
}
