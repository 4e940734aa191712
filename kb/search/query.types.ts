/** One thing the user asked for, as cut from the query text by `parseQuery`. */
export type QueryTerm =
  /** A single word, matched in its inflected forms. */
  | { kind: 'word'; raw: string }
  /**
   * Several tokens that must stand together: an identifier such as `3.1.6001.66`,
   * `Microsoft.UpdateServices.WebServices.Client.Dll` or a GUID, or a phrase the user quoted.
   */
  | { kind: 'phrase'; raw: string; tokens: string[]; quoted: boolean }
  /** An error code; `forms` are the spellings the text may use (`0x8024400e`, `8024400e`). */
  | { kind: 'code'; raw: string; forms: string[] };

/** A bounded, tokenised search query. */
export interface ParsedQuery {
  /** The query text after bounding (trimmed, at most `MAX_QUERY_CHARS`). */
  text: string;
  terms: QueryTerm[];
}

/** Which stemmers apply, from the locale filter: both when the language is open. */
export interface Languages {
  polish: boolean;
  english: boolean;
}
