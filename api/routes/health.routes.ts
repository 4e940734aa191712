import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';

const health = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['meta'],
  summary: 'Liveness and database check',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: z.object({ status: z.literal('ok'), articles: z.boolean(), driver: z.string() }) } } },
  },
});

export function healthRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(health, async (c) => {
    const { db } = c.get('services');
    const empty = await c.get('services').store.isEmpty();
    return c.json({ status: 'ok' as const, articles: !empty, driver: db.driver }, 200);
  });
  return app;
}
