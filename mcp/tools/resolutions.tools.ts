import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { KbError } from '../../kb/errors.ts';
import { ArticleIdParam, LocaleParam, ProductSlug, ProductVersion } from '../../kb/model/inputs.schema.ts';
import { resolutionFor, stepsText, type Alternative } from '../resolution.ts';
import { registerKbTool, type ToolContext } from '../tool.ts';

const Step = z.object({ text: z.string(), substeps: z.array(z.string()) });

const GetResolutionInput = z.object({
  id: ArticleIdParam,
  product: ProductSlug,
  version: ProductVersion,
  locale: LocaleParam.optional(),
});

const GetResolutionOutput = z.object({
  article: z.object({ id: z.string(), title: z.string(), locale: z.string() }),
  path: z.object({
    id: z.string(), title: z.string(),
    appliesTo: z.object({ product: z.string(), versions: z.array(z.string()) }),
    intro: z.string(), steps: z.array(Step),
  }),
  alternatives: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string(), intro: z.string(), steps: z.array(Step) })),
});

function alternativeText(a: Alternative): string {
  return [`### Alternative: ${a.title} (${a.id})`, a.intro, stepsText(a.steps)].filter(Boolean).join('\n');
}

/** get_resolution_path: the steps an article gives for one product version. */
export function registerResolutionTools(server: McpServer, { services, findArticleHint }: ToolContext): void {
  registerKbTool(server, 'get_resolution_path', {
    title: 'Get the resolution path for a product version',
    description: 'The numbered resolution steps an article gives for one product and version (e.g. KB954960, wsus, "3.0 SP1"), with the alternatives it offers.',
    input: GetResolutionInput,
    output: GetResolutionOutput,
    hints: {
      bad_request: findArticleHint,
      // A missing path already lists the valid versions; a missing article needs the way to find one.
      not_found: (_args, err) => (err instanceof KbError && err.details?.validPaths ? '' : findArticleHint),
    },
  }, async ({ id, product, version, locale }) => {
    const { article } = await services.articles.get(id, locale ? [locale] : []);
    const { path, alternatives } = resolutionFor(article, product, version);
    const text = [
      `# ${article.id} · ${article.locale} · ${path.title} (${path.id}; ${path.appliesTo.product} ${path.appliesTo.versions.join(', ')})`,
      path.intro, stepsText(path.steps), ...alternatives.map(alternativeText),
    ].filter(Boolean).join('\n');
    return {
      text,
      data: {
        article: { id: article.id, title: article.title, locale: article.locale },
        path: { id: path.id, title: path.title, appliesTo: path.appliesTo, intro: path.intro, steps: path.steps },
        alternatives,
      },
    };
  });
}
