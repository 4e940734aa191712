/**
 * The two FTS5 tables of migration 0001 as search reads them. Column numbers follow the
 * CREATE VIRTUAL TABLE statements: key (stored only) and locale (indexed for filtering, weight
 * zero) come first.
 */
export interface SearchIndex {
  table: 'articles_fts' | 'articles_trigram';
  /** BM25 weights, one per column of the table (see `bm25Sql`). */
  weights: string;
  /** Indexed text columns by the name reported in `matchedIn`; user terms match only these. */
  columns: Record<string, number>;
  /** The FTS5 column names of `columns`, for a `{…} :` column filter. */
  textColumns: string[];
  /** The column holding product markers (kb/store/search-text.ts). */
  productColumn: string;
  /** Columns a snippet may be shown from, best first when two match equally well. */
  snippetColumns: string[];
  /** Snippet length in tokens (trigram tokens are characters, so that index needs more). */
  snippetTokens: number;
}

/**
 * Words, diacritics folded. Weights: a title hit counts most, then the summary and keywords,
 * then the symptoms people paste from their logs, then the long body, which BM25 also
 * normalises by length. The codes column (error codes, GUIDs, KB number, product names,
 * file versions) is short and exact, so a hit there is nearly as strong as in the title.
 */
export const WORD_INDEX: SearchIndex = {
  table: 'articles_fts',
  weights: '0.0, 0.0, 10.0, 5.0, 3.0, 1.0, 8.0',
  columns: { title: 2, summary: 3, symptoms: 4, body: 5, codes: 6 },
  textColumns: ['title', 'summary', 'symptoms', 'body', 'codes'],
  productColumn: 'codes',
  snippetColumns: ['summary', 'symptoms', 'body'],
  snippetTokens: 24,
};

/**
 * Substrings: exact strings inside tokens and across punctuation, and the typo fallback. Its
 * second column holds summary, symptoms, body and codes together, reported as `text`.
 */
export const SUBSTRING_INDEX: SearchIndex = {
  table: 'articles_trigram',
  weights: '0.0, 0.0, 4.0, 1.0',
  columns: { title: 2, text: 3 },
  textColumns: ['title', 'body'],
  productColumn: 'body',
  snippetColumns: ['text'],
  snippetTokens: 64,
};

/** The BM25 score of the current row of `index`'s table (lower is better), as a SQL expression. */
export function bm25Sql(index: SearchIndex): string {
  return `bm25(${index.table}, ${index.weights})`;
}

/** Highlight markers from the Private Use Area: article text never contains them (see snippet.ts). */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
