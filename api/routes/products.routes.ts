import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ProductDetail as ProductDetailSchema, ProductSummary as ProductSummarySchema } from '../../kb/model/catalog-view.schema.ts';
import { LocaleParam, ProductSlug, ProductVersion } from '../../kb/model/inputs.schema.ts';
import type { AppEnv } from '../env.ts';
import { audience } from '../auth.ts';
import { problemResponses, validationHook } from '../problem.ts';
import { wantedLocales } from '../locales.ts';

const ProductSummary = ProductSummarySchema.clone().openapi('ProductSummary');
const ProductDetail = ProductDetailSchema.clone().openapi('Product');

const listProducts = createRoute({
  method: 'get',
  path: '/v1/products',
  tags: ['products'],
  summary: 'Products, their versions and how many articles affect each',
  responses: { 200: { description: 'Products', content: { 'application/json': { schema: z.object({ items: z.array(ProductSummary) }) } } } },
});

const getProduct = createRoute({
  method: 'get',
  path: '/v1/products/{slug}',
  tags: ['products'],
  summary: 'One product with the articles that affect each version',
  request: {
    params: z.object({ slug: ProductSlug.clone().openapi({ example: 'wsus' }) }),
    query: z.object({ version: ProductVersion.optional(), locale: LocaleParam.optional() }),
  },
  responses: {
    200: { description: 'The product', content: { 'application/json': { schema: ProductDetail } } },
    ...problemResponses(400, 404),
  },
});

export function productsRoutes() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.openapi(listProducts, async (c) => c.json({ items: await c.get('services').products.list(audience(c)) }, 200));
  app.openapi(getProduct, async (c) => {
    const { slug } = c.req.valid('param');
    const { version, locale } = c.req.valid('query');
    return c.json(await c.get('services').products.get(slug, wantedLocales(c, locale), version, audience(c)), 200);
  });
  return app;
}
