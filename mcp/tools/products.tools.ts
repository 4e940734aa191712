import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { Services } from '../../kb/services/index.ts';
import { ProductDetail, ProductSummary } from '../../kb/model/catalog-view.schema.ts';
import { LocaleParam, ProductSlug, ProductVersion } from '../../kb/model/inputs.schema.ts';
import { registerKbTool, type ToolContext } from '../tool.ts';

const ListProductsOutput = z.object({ items: z.array(ProductSummary) });
const GetProductInput = z.object({ slug: ProductSlug, version: ProductVersion.optional(), locale: LocaleParam.optional() });

/** The valid slugs, or the valid versions of `slug`, for an error message. */
async function knownProducts(services: Services, slug: string): Promise<string> {
  const products = await services.products.list();
  const product = products.find((p) => p.slug === slug);
  if (product) return `Versions of ${slug} with articles: ${product.versions.map((v) => `"${v.version}"`).join(', ')}.`;
  return `Known products: ${products.map((p) => `${p.slug} (${p.name})`).join(', ')}.`;
}

/** list_products and get_product, over the products service the REST API uses. */
export function registerProductTools(server: McpServer, { services }: ToolContext): void {
  registerKbTool(server, 'list_products', {
    title: 'List products',
    description: 'Products the knowledge base covers (slug, name), their versions and how many articles affect each.',
    input: z.object({}),
    output: ListProductsOutput,
  }, async () => {
    const items = await services.products.list();
    const lines = items.map((p) => `${p.slug} — ${p.name}: ${p.versions.map((v) => `${v.version} (${v.articleCount})`).join(', ')}`);
    return { text: lines.join('\n') || 'No products yet: the knowledge base is empty.', data: { items } };
  });

  registerKbTool(server, 'get_product', {
    title: 'Get a product',
    description: 'One product (e.g. wsus) with the articles affecting each version; pass version to narrow to one.',
    input: GetProductInput,
    output: ProductDetail,
    hints: { not_found: ({ slug }) => knownProducts(services, slug) },
  }, async ({ slug, version, locale }) => {
    const product = await services.products.get(slug, locale ? [locale] : [], version);
    const lines = [`${product.slug} — ${product.name}`, ...product.versions.map((v) =>
      `${v.version}: ${v.articles.map((a) => `${a.id} ${a.title} [${a.relation}${a.note ? `: ${a.note}` : ''}]`).join('; ')}`)];
    return { text: lines.join('\n'), data: product };
  });
}
