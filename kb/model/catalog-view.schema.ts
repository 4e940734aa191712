import { z } from 'zod';

/** What the REST API and the MCP tools answer for products and error codes: one schema each. */

export const ProductSummary = z.object({
  slug: z.string(), name: z.string(), versions: z.array(z.object({ version: z.string(), articleCount: z.number().int() })),
});

export const ProductDetail = z.object({
  slug: z.string(), name: z.string(),
  versions: z.array(z.object({
    version: z.string(),
    articles: z.array(z.object({ id: z.string(), title: z.string(), locale: z.string(), relation: z.string(), note: z.string().optional() })),
  })),
});

export const ErrorCodeView = z.object({
  input: z.string(),
  hex: z.string(),
  signed: z.number().int(),
  unsigned: z.number().int(),
  severity: z.enum(['failure', 'success']),
  facility: z.object({ number: z.number().int(), name: z.string().optional() }),
  code: z.number().int(),
  symbol: z.string().optional(),
  description: z.string().optional(),
  articles: z.array(z.object({ id: z.string(), title: z.string(), locale: z.string() })),
});
