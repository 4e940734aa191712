import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ArticleIdParam, LocaleParam } from '../../kb/model/inputs.schema.ts';
import type { AppEnv } from '../env.ts';
import { audience } from '../auth.ts';
import { problemResponses, validationHook } from '../problem.ts';
import { wantedLocales } from '../locales.ts';

const RevisionMeta = z.object({
  locale: z.string(), n: z.number().int(), action: z.enum(['create', 'update', 'delete']), origin: z.enum(['import', 'api']),
  contentHash: z.string().nullable(), createdAt: z.string(),
}).openapi('Revision');

const listRevisions = createRoute({
  method: 'get',
  path: '/v1/articles/{id}/revisions',
  tags: ['articles'],
  summary: 'Every revision of an article, per locale, newest first',
  request: { params: z.object({ id: ArticleIdParam }), query: z.object({ locale: LocaleParam.optional() }) },
  responses: {
    200: { description: 'Revisions', content: { 'application/json': { schema: z.object({ id: z.string(), revisions: z.array(RevisionMeta) }) } } },
    ...problemResponses(400, 404),
  },
});

const getRevision = createRoute({
  method: 'get',
  path: '/v1/articles/{id}/revisions/{n}',
  tags: ['articles'],
  summary: 'One revision with its markdown source (null for a deletion)',
  request: {
    params: z.object({ id: ArticleIdParam, n: z.coerce.number().int().min(1).max(1_000_000).describe('Revision number') }),
    query: z.object({ locale: LocaleParam.optional() }),
  },
  responses: {
    200: { description: 'The revision', content: { 'application/json': { schema: RevisionMeta.extend({ id: z.string(), source: z.string().nullable() }) } } },
    ...problemResponses(400, 404),
  },
});

export function revisionsRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listRevisions, async (c) => {
    const { id } = c.req.valid('param');
    const revisions = await c.get('services').articles.revisions(id, c.req.valid('query').locale, audience(c));
    return c.json({ id: `KB${id.replace(/^kb/i, '')}`, revisions }, 200);
  });
  app.openapi(getRevision, async (c) => {
    const { id, n } = c.req.valid('param');
    const wanted = wantedLocales(c, c.req.valid('query').locale);
    return c.json(await c.get('services').articles.revision(id, n, wanted, audience(c)), 200);
  });
  return app;
}
