import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.ts';
import { DOCS_PAGE } from '../pages/docs.page.ts';

/** `/openapi.json` (generated from the route definitions) and `/docs`, the page that reads it. */
export function mountDocs(app: OpenAPIHono<AppEnv>) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', description: 'KB_ADMIN_TOKEN' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'kbdesk API',
      version: '1.0.0',
      description: 'Knowledge base for IT support desks: articles, products, error codes, search and log matching. Errors are RFC 9457 problem+json.',
    },
  });
  app.get('/docs', (c) => c.html(DOCS_PAGE));
}
