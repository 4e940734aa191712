import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ArticleView } from '../../kb/model/article-view.schema.ts';
import { ArticleIdParam, ListArticlesQuery, LocaleParam } from '../../kb/model/inputs.schema.ts';
import { articleHtml } from '../../kb/parse/render-article.ts';
import { wantedLocales } from '../locales.ts';
import type { AppEnv } from '../env.ts';
import { audience } from '../auth.ts';
import { problemResponses, validationHook } from '../problem.ts';

const ArticleHead = z.object({
  id: z.string(), number: z.number(), locale: z.string(), title: z.string(), summary: z.string(), locales: z.array(z.string()),
}).openapi('ArticleHead');

const listArticles = createRoute({
  method: 'get',
  path: '/v1/articles',
  tags: ['articles'],
  summary: 'List articles, filtered by product, version, label or locale',
  request: { query: ListArticlesQuery },
  responses: {
    200: { description: 'A page of articles', content: { 'application/json': { schema: z.object({ items: z.array(ArticleHead), nextCursor: z.string().optional() }) } } },
    ...problemResponses(400),
  },
});

const getArticle = createRoute({
  method: 'get',
  path: '/v1/articles/{id}',
  tags: ['articles'],
  summary: 'One article in the best available locale, as JSON, markdown or HTML',
  request: {
    params: z.object({ id: ArticleIdParam.clone().openapi({ example: 'KB954960' }) }),
    query: z.object({
      locale: LocaleParam.optional().openapi({ example: 'pl-PL', description: 'Wins over Accept-Language' }),
      format: z.enum(['json', 'markdown', 'html']).default('json').describe('json (structured), markdown (the source file) or html'),
    }),
  },
  responses: {
    200: {
      description: 'The article; Content-Language names the locale served',
      content: {
        'application/json': { schema: ArticleView.extend({ availableLocales: z.array(z.string()) }).openapi('Article') },
        'text/markdown': { schema: z.string() },
        'text/html': { schema: z.string() },
      },
    },
    ...problemResponses(400, 404),
  },
});

export function articlesRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listArticles, async (c) => c.json(await c.get('services').articles.list({ ...c.req.valid('query'), audience: audience(c) }), 200));
  app.openapi(getArticle, async (c) => {
    const { id } = c.req.valid('param');
    const { locale, format } = c.req.valid('query');
    const { article, availableLocales } = await c.get('services').articles.get(id, wantedLocales(c, locale), audience(c));
    c.header('Content-Language', article.locale);
    c.header('Vary', 'Accept-Language');
    c.header('Link', availableLocales.map((l) => `</v1/articles/${article.id}?locale=${l}>; rel="alternate"; hreflang="${l}"`).join(', '));
    if (format === 'markdown') return c.body(article.source, 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
    if (format === 'html') return c.html(articleHtml(article), 200);
    const { source: _source, ...view } = article;
    return c.json({ ...view, availableLocales }, 200);
  });
  return app;
}

