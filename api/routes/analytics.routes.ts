import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ArticleFeedback, ChatReport, FeedbackReport, GapReport, SearchReport } from '../../kb/analytics/analytics.schema.ts';
import { requireRole } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { problemResponses, validationHook } from '../problem.ts';

const Window = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Rows per list, 1-100'),
  days: z.coerce.number().int().min(1).max(3650).optional().describe('Only the last N days; omitted: everything retention kept'),
});
const security = [{ bearerAuth: [] }];
const agent = requireRole('agent');

function report<S extends z.ZodType>(path: string, summary: string, name: string, schema: S) {
  return createRoute({
    method: 'get', path, tags: ['analytics'], summary, security, middleware: agent, request: { query: Window },
    responses: { 200: { description: summary, content: { 'application/json': { schema: schema.openapi(name) } } }, ...problemResponses(400, 401, 403) },
  });
}

const searches = report('/v1/analytics/searches', 'Top searches and searches that found nothing', 'SearchReport', SearchReport.clone());
const chat = report('/v1/analytics/chat', 'Questions the knowledge base could not answer, and deflection', 'ChatReport', ChatReport.clone());
const gaps = report('/v1/analytics/gaps', 'Failure lines of unmatched logs, grouped by template', 'GapReport', GapReport.clone());
const feedback = report('/v1/analytics/feedback', 'Feedback per article and per kind of answer', 'FeedbackReport', FeedbackReport.clone());
const articleFeedback = createRoute({
  method: 'get', path: '/v1/analytics/articles/{id}/feedback', tags: ['analytics'], summary: 'Feedback about one article, with recent comments',
  security, middleware: agent,
  request: { params: z.object({ id: z.string().max(20).describe('KB954960, kb954960 or 954960') }), query: Window },
  responses: {
    200: { description: 'Counts and recent comments', content: { 'application/json': { schema: ArticleFeedback.clone().openapi('ArticleFeedback') } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

export function analyticsRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // Reports change with every request, not with the articles: no ETag revalidation, no caches.
  app.use('/v1/analytics/*', async (c, next) => {
    c.header('Cache-Control', 'private, no-store');
    await next();
  });
  app.openapi(searches, async (c) => c.json(await c.get('services').analytics.searches(c.req.valid('query')), 200));
  app.openapi(chat, async (c) => c.json(await c.get('services').analytics.chat(c.req.valid('query')), 200));
  app.openapi(gaps, async (c) => c.json(await c.get('services').analytics.gaps(c.req.valid('query')), 200));
  app.openapi(feedback, async (c) => c.json(await c.get('services').analytics.feedback(c.req.valid('query')), 200));
  app.openapi(articleFeedback, async (c) =>
    c.json(await c.get('services').analytics.articleFeedback(c.req.valid('param').id, c.req.valid('query')), 200));
  return app;
}
