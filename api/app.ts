import { OpenAPIHono } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import type { Services } from '../kb/services/index.ts';
import type { AppConfig, AppEnv } from './env.ts';
import { problemResponse, renderError, validationHook } from './problem.ts';
import { articlesRoutes } from './routes/articles.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';

/** Builds the whole HTTP app over injected services; Node and Workers entries both call this. */
export function createApp(services: Services, config: AppConfig) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use(requestId({ headerName: 'X-Request-Id' }));
  app.use(async (c, next) => {
    c.set('services', services);
    c.set('config', config);
    await next();
  });
  app.onError(renderError);
  app.notFound((c) => problemResponse(c, 'not_found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`));
  app.route('/', healthRoutes());
  app.route('/', articlesRoutes());
  return app;
}

export type App = ReturnType<typeof createApp>;
