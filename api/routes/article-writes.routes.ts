import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { KbError } from '../../kb/errors.ts';
import { ArticleIdParam } from '../../kb/model/inputs.schema.ts';
import { requireRole } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { limitBody, problemResponses, validationHook } from '../problem.ts';

export const MAX_ARTICLE_BYTES = 512 * 1024;

const WriteResult = z.object({
  id: z.string(), locale: z.string(), revision: z.number().int(), action: z.enum(['create', 'update', 'unchanged', 'delete']),
}).openapi('WriteResult');

const params = z.object({ id: ArticleIdParam, locale: z.enum(['pl-PL', 'en-US']).describe('The translation to write') });
const security = [{ bearerAuth: [] }];

const putArticle = createRoute({
  method: 'put',
  path: '/v1/articles/{id}/{locale}',
  tags: ['admin'],
  summary: 'Create or replace a translation (markdown with YAML front matter); each change is a new revision',
  security,
  middleware: [requireRole('editor'), limitBody(MAX_ARTICLE_BYTES, `An article may be at most ${MAX_ARTICLE_BYTES} bytes.`)] as const,
  request: {
    params,
    body: { required: true, content: { 'text/markdown': { schema: z.string() }, 'text/plain': { schema: z.string() } } },
  },
  responses: {
    200: { description: 'Updated, or unchanged', content: { 'application/json': { schema: WriteResult } } },
    201: { description: 'Created', content: { 'application/json': { schema: WriteResult } } },
    ...problemResponses(400, 401, 403, 409, 413, 415, 422, 503),
  },
});

const deleteArticle = createRoute({
  method: 'delete',
  path: '/v1/articles/{id}/{locale}',
  tags: ['admin'],
  summary: 'Delete a translation; its history stays and the deletion is a revision',
  security,
  middleware: [requireRole('editor')] as const,
  request: { params },
  responses: {
    200: { description: 'Deleted', content: { 'application/json': { schema: WriteResult } } },
    ...problemResponses(400, 401, 403, 404, 409, 503),
  },
});

export function articleWritesRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(putArticle, async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^text\/(markdown|plain)\b/i.test(type)) throw new KbError('unsupported_media_type', 'Send the article as text/markdown (or text/plain), UTF-8.');
    const { id, locale } = c.req.valid('param');
    const result = await c.get('services').articleWrites.put(id, locale, await c.req.text());
    return c.json(result, result.action === 'create' ? 201 : 200);
  });
  app.openapi(deleteArticle, async (c) => {
    const { id, locale } = c.req.valid('param');
    return c.json(await c.get('services').articleWrites.remove(id, locale), 200);
  });
  return app;
}
