import { z } from 'zod';
import { AffectedProduct, FrontMatter, LogSource } from './front-matter.schema.ts';

const Step = z.object({ text: z.string(), substeps: z.array(z.string()) });

export const SectionView = z.object({
  kind: z.string(),
  anchor: z.string(),
  title: z.string(),
  level: z.number().int(),
  markdown: z.string(),
  html: z.string(),
});

/** A translation as API and MCP clients receive it: structured fields, sections, no raw rows. */
export const ArticleView = FrontMatter.omit({ logs: true, resolutions: true, products: true }).extend({
  id: z.string(),
  availableLocales: z.array(z.string()),
  storedRevision: z.number().int(),
  updatedAt: z.string(),
  products: z.array(AffectedProduct),
  logs: z.array(z.object({
    id: z.string(), source: LogSource, path: z.string(), phase: z.string().optional(),
    correlation: z.string().optional(), lines: z.array(z.string()),
  })),
  resolutions: z.array(z.object({
    id: z.string(), title: z.string(),
    appliesTo: z.object({ product: z.string(), versions: z.array(z.string()) }),
    alternatives: z.array(z.string()), intro: z.string(), steps: z.array(Step),
  })),
  workaround: z.object({ title: z.string(), intro: z.string(), steps: z.array(Step) }).optional(),
  knownIssues: z.array(z.string()),
  verificationSteps: z.array(Step),
  statusText: z.string().optional(),
  sections: z.array(SectionView),
});
export type ArticleView = z.infer<typeof ArticleView>;
