import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { AffectedProduct } from '../../kb/model/front-matter.schema.ts';
import { ArticleIdParam, Limit, ListArticlesQuery, LocaleParam } from '../../kb/model/inputs.schema.ts';
import { DEFAULT_SECTIONS, SECTION_NAMES, approxTokens, fitArticle, pickSections } from '../article-text.ts';
import { clip, registerKbTool, type ToolContext } from '../tool.ts';

/** Most list rows one answer carries: LLM clients pay for every token. */
export const MAX_LIST = 20;

const FittedSection = z.object({ kind: z.string(), anchor: z.string(), title: z.string(), markdown: z.string(), truncated: z.boolean() });

const GetArticleInput = z.object({
  id: ArticleIdParam,
  locale: LocaleParam.optional(),
  sections: z.array(z.enum(SECTION_NAMES)).min(1).max(SECTION_NAMES.length).optional()
    .describe(`Sections to return, in article order (default: ${DEFAULT_SECTIONS.join(', ')})`),
  max_tokens: z.number().int().min(200).max(8000).default(2500)
    .describe('Answer budget in tokens (about 4 characters each); sections past it are cut or left out, and the answer says which'),
});

const GetArticleOutput = z.object({
  id: z.string(), locale: z.string(), availableLocales: z.array(z.string()),
  title: z.string(), summary: z.string(), revision: z.string(), lastReviewed: z.string(), status: z.string().optional(),
  products: z.array(AffectedProduct), errorCodes: z.array(z.string()),
  sections: z.array(FittedSection), omitted: z.array(z.string()), truncated: z.boolean(), approxTokens: z.number().int(),
});

const ListArticlesInput = ListArticlesQuery.extend({ limit: Limit(MAX_LIST, 10) });

const ArticleRow = z.object({ id: z.string(), title: z.string(), locale: z.string(), locales: z.array(z.string()), summary: z.string() });
const ListArticlesOutput = z.object({ items: z.array(ArticleRow), nextCursor: z.string().optional() });

/** get_article and list_articles, over the articles service the REST API uses. */
export function registerArticleTools(server: McpServer, { services, findArticleHint }: ToolContext): void {
  registerKbTool(server, 'get_article', {
    title: 'Get a KB article',
    description: 'One support article (e.g. KB954960) as compact markdown: facts, products, summary and the chosen sections, within a token budget.',
    input: GetArticleInput,
    output: GetArticleOutput,
    hints: { not_found: findArticleHint, bad_request: findArticleHint },
  }, async ({ id, locale, sections, max_tokens }) => {
    const { article, availableLocales } = await services.articles.get(id, locale ? [locale] : []);
    const fitted = fitArticle(article, pickSections(article.sections, sections ?? DEFAULT_SECTIONS), max_tokens);
    const fallback = locale && !article.locale.toLowerCase().startsWith(locale.toLowerCase().split('-')[0]!)
      ? `[${locale} is not available; served ${article.locale}. Available: ${availableLocales.join(', ')}.]\n` : '';
    const text = fallback + fitted.text;
    return {
      text,
      data: {
        id: article.id, locale: article.locale, availableLocales, title: article.title, summary: article.summary,
        revision: article.revision, lastReviewed: article.lastReviewed, status: article.status,
        products: article.products, errorCodes: article.errorCodes,
        sections: fitted.sections, omitted: fitted.omitted, truncated: fitted.truncated, approxTokens: approxTokens(text),
      },
    };
  });

  registerKbTool(server, 'list_articles', {
    title: 'List KB articles',
    description: `Articles filtered by product, version, label or locale, at most ${MAX_LIST} per page; pass nextCursor for the next page.`,
    input: ListArticlesInput,
    output: ListArticlesOutput,
    hints: { bad_request: 'Drop the cursor to start again from the first page.' },
  }, async (input) => {
    const page = await services.articles.list(input);
    const items = page.items.map((h) => ({ id: h.id, title: h.title, locale: h.locale, locales: h.locales, summary: clip(h.summary, 200) }));
    const lines = items.map((h) => `${h.id} [${h.locales.join(', ')}] ${h.title} — ${h.summary}`);
    const more = page.nextCursor ? `\nMore: list_articles with cursor "${page.nextCursor}".` : '';
    return {
      text: items.length ? lines.join('\n') + more : 'No article matches these filters. Try fewer filters; list_products shows valid product slugs and versions.',
      data: { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) },
    };
  });
}
