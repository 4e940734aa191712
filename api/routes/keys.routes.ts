import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requireRole } from '../auth.ts';
import type { AppEnv } from '../env.ts';
import { problemResponses, validationHook } from '../problem.ts';

const KeyRoleSchema = z.enum(['reader', 'agent', 'editor', 'admin']).describe('reader: public content; agent: also internal; editor: also drafts and writes; admin: also keys');
const KeyInfo = z.object({ id: z.string(), name: z.string(), role: KeyRoleSchema, prefix: z.string(), createdAt: z.string(), revokedAt: z.string().nullable() }).openapi('ApiKey');
const security = [{ bearerAuth: [] }];
const admin = requireRole('admin');

const list = createRoute({
  method: 'get', path: '/v1/keys', tags: ['admin'], summary: 'List API keys (never the keys themselves)', security, middleware: admin,
  responses: { 200: { description: 'Keys', content: { 'application/json': { schema: z.object({ items: z.array(KeyInfo) }) } } }, ...problemResponses(401, 403) },
});
const create = createRoute({
  method: 'post', path: '/v1/keys', tags: ['admin'], summary: 'Create an API key; the key is in this answer only', security, middleware: admin,
  request: { body: { required: true, content: { 'application/json': { schema: z.object({ name: z.string().trim().min(1).max(100), role: KeyRoleSchema }) } } } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: z.object({ id: z.string(), name: z.string(), role: KeyRoleSchema, key: z.string(), createdAt: z.string() }) } } },
    ...problemResponses(400, 401, 403, 503),
  },
});
const revoke = createRoute({
  method: 'delete', path: '/v1/keys/{id}', tags: ['admin'], summary: 'Revoke an API key', security, middleware: admin,
  request: { params: z.object({ id: z.string().max(40) }) },
  responses: { 204: { description: 'Revoked' }, ...problemResponses(401, 403, 404, 503) },
});

export function keysRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(list, async (c) => c.json({ items: await c.get('services').apiKeys.list() }, 200));
  app.openapi(create, async (c) => {
    const { name, role } = c.req.valid('json');
    return c.json(await c.get('services').apiKeys.create(name, role), 201);
  });
  app.openapi(revoke, async (c) => {
    await c.get('services').apiKeys.revoke(c.req.valid('param').id);
    return c.body(null, 204);
  });
  return app;
}
