import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ArticleView } from '../../kb/model/article-view.schema.ts';
import { parseAcceptLanguage } from '../../kb/services/locale.ts';
import type { AppEnv } from '../env.ts';
import { problemResponses, validationHook } from '../problem.ts';

const getArticle = createRoute({
  method: 'get',
  path: '/v1/articles/{id}',
  tags: ['articles'],
  summary: 'One article in the best available locale',
  request: {
    params: z.object({ id: z.string().max(20).openapi({ example: 'KB954960', description: 'KB954960, kb954960 or 954960' }) }),
    query: z.object({ locale: z.string().max(20).optional().openapi({ example: 'pl-PL', description: 'Wins over Accept-Language' }) }),
  },
  responses: {
    200: { description: 'The article', content: { 'application/json': { schema: ArticleView.openapi('Article') } } },
    ...problemResponses(400, 404),
  },
});

export function articlesRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(getArticle, async (c) => {
    const { id } = c.req.valid('param');
    const { locale } = c.req.valid('query');
    const wanted = [...(locale ? [locale] : []), ...parseAcceptLanguage(c.req.header('Accept-Language'))];
    const { article, availableLocales } = await c.get('services').articles.get(id, wanted);
    const { source: _source, ...view } = article;
    c.header('Content-Language', article.locale);
    c.header('Vary', 'Accept-Language');
    return c.json({ ...view, availableLocales }, 200);
  });
  return app;
}
