import { z } from 'zod';

/** What a caller may ask; REST and MCP adapters reuse it for validation and their schemas. */
export const SearchInput = z.object({
  q: z.string().describe(
    'What to look for, in Polish or English: words (any inflection, with or without Polish letters), '
    + 'an error code such as 0x8024400E, a GUID, a file version, or exact text in "double quotes". At most 500 characters are used.',
  ),
  locale: z.string().optional().describe('Only this locale (pl-PL, en-US) or language (pl, en). Omitted: all, each article once in its best-matching translation.'),
  product: z.string().optional().describe('Only articles about this product, by slug (for example wsus, sccm).'),
  limit: z.number().int().min(1).max(50).default(10).describe('Results per page, 1 to 50.'),
  offset: z.number().int().min(0).max(1000).default(0).describe('Results to skip, for paging.'),
});
export type SearchInput = z.input<typeof SearchInput>;

/** Where a result matched: fields of the word index, or `text` for the substring index. */
export const MatchedField = z.enum(['title', 'summary', 'symptoms', 'body', 'codes', 'text']);

/** One article on a result page. */
export const SearchHit = z.object({
  id: z.string().describe('Article id, for example KB954960.'),
  number: z.number().int(),
  locale: z.string().describe('The translation that matched best.'),
  title: z.string(),
  summary: z.string(),
  score: z.number().describe('Relevance, higher is better; comparable within one response only.'),
  snippet: z.string().describe('Safe HTML: article text escaped, hits in <mark>.'),
  matchedIn: z.array(MatchedField).optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/**
 * How the results were found: every term as a word (`words`), the query as substrings
 * (`substring`), after correcting misspelled words (`fuzzy`), or any of the terms (`any-term`).
 */
export const SearchStrategy = z.enum(['words', 'substring', 'fuzzy', 'any-term', 'none']);

export const SearchResponse = z.object({
  query: z.string().describe('The query as searched (trimmed and bounded).'),
  total: z.number().int().optional().describe(
    'Articles found. Absent when counting would cost more than the search: a broad query over several locales.',
  ),
  hasMore: z.boolean().describe('Whether another page follows (offset + limit).'),
  results: z.array(SearchHit),
  strategy: SearchStrategy,
  searchId: z.string().optional().describe('Identifies this search: send feedback about it to POST /v1/feedback'),
  corrections: z.array(z.object({ from: z.string(), to: z.string() })).optional()
    .describe('Misspelled words that were searched as the shown spelling instead.'),
});
export type SearchResponse = z.infer<typeof SearchResponse>;
