import { z } from 'zod';

// Routes document these with `.clone().openapi(...)`: zod copies methods onto each instance when it
// is built, so a schema built before @hono/zod-openapi has loaded has no `.openapi` of its own.

/** Input schemas shared by the REST API (validation + OpenAPI) and the MCP tools. */
export const ArticleIdParam = z.string().trim().min(1).max(20).describe('Article id: KB954960, kb954960 or 954960');
export const LocaleParam = z.string().trim().min(2).max(20).describe('Wanted locale, e.g. pl-PL, en-US or just pl; falls back to en-US');
export const ProductSlug = z.string().trim().min(1).max(63).regex(/^[a-z0-9-]+$/, 'a product slug such as wsus').describe('Product slug, e.g. wsus, sbs, sce, sccm');
export const ProductVersion = z.string().trim().min(1).max(40).describe('Product version as articles write it, e.g. "3.0 SP1"');
export const Label = z.string().trim().min(1).max(60).describe('KB label or keyword, e.g. kbbug');
export const Limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback).describe(`How many results (1-${max}, default ${fallback})`);
export const ErrorCodeInput = z.string().trim().min(1).max(64)
  .describe('An error code as pasted: 0x8024400E, 8024400e, -2145107954, 2149859342 or WU_E_PT_SOAP_SERVER');

export const ListArticlesQuery = z.object({
  product: ProductSlug.optional(),
  version: ProductVersion.optional(),
  label: Label.optional(),
  locale: LocaleParam.optional(),
  cursor: z.string().max(100).optional().describe('nextCursor from the previous page'),
  limit: Limit(100, 20),
});
