import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Variables } from '@modelcontextprotocol/sdk/shared/uriTemplate.js';
import { PUBLIC } from '../../kb/access/roles.ts';
import { NotFoundError } from '../../kb/errors.ts';
import { LOCALES } from '../../kb/model/front-matter.schema.ts';
import { parseArticleId } from '../../kb/services/article-id.ts';
import type { Services } from '../../kb/services/index.ts';
import { translationHeads } from '../../kb/store/catalog.queries.ts';
import { SECTION_NAMES, fitArticle, pickSections } from '../article-text.ts';
import { protocolError } from '../errors.ts';

export const articleUri = (id: string, locale: string) => `kb://articles/${id}/${locale}`;

const one = (v: Variables[string] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const startsWith = (value: string, prefix: string) => value.toLowerCase().startsWith(prefix.toLowerCase());

/** Every translation as `kb://articles/{id}/{locale}`, listed, completed and read as markdown. */
export function registerArticleResources(server: McpServer, services: Services): void {
  const template = new ResourceTemplate('kb://articles/{id}/{locale}', {
    list: async () => {
      const stored = await services.store.listStored();
      // MCP clients see what anonymous REST callers see: published, public translations.
      const heads = await translationHeads(services.db, [...new Set(stored.map((s) => s.number))], PUBLIC);
      return {
        resources: heads.map((h) => ({
          uri: articleUri(`KB${h.number}`, h.locale), name: `KB${h.number} ${h.locale}`, title: h.title, mimeType: 'text/markdown',
        })),
      };
    },
    complete: {
      // "95", "KB95" and "kb95" all complete to KB954960.
      id: async (value) => {
        const digits = value.trim().replace(/^kb/i, '');
        const stored = await services.store.listStored();
        const numbers = [...new Set((await translationHeads(services.db, [...new Set(stored.map((s) => s.number))], PUBLIC)).map((h) => h.number))];
        return numbers.filter((n) => String(n).startsWith(digits)).map((n) => `KB${n}`);
      },
      locale: async (value, context) => {
        const id = context?.arguments?.id;
        const locales = id ? await localesOf(services, id) : [...LOCALES];
        return locales.filter((l) => startsWith(l, value));
      },
    },
  });

  server.registerResource('article', template, {
    title: 'KB article (markdown)',
    description: 'One translation of a support article as markdown: facts, products, summary and every section.',
    mimeType: 'text/markdown',
  }, async (uri, variables) => {
    try {
      const id = one(variables.id);
      const locale = one(variables.locale);
      const { article, availableLocales } = await services.articles.get(id, [locale]);
      if (article.locale.toLowerCase() !== locale.toLowerCase()) {
        throw new NotFoundError(`Article ${article.id} has no ${locale} translation; available: ${availableLocales.map((l) => articleUri(article.id, l)).join(', ')}.`);
      }
      const { text } = fitArticle(article, pickSections(article.sections, SECTION_NAMES));
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text }] };
    } catch (err) {
      return protocolError(err, 'List the resources, or use the list_articles tool, to find valid article ids.');
    }
  });
}

async function localesOf(services: Services, id: string): Promise<string[]> {
  try {
    return await services.store.localesOf(parseArticleId(id), PUBLIC);
  } catch {
    return [...LOCALES]; // a half-typed id: offer every locale
  }
}
