import type { Article } from '../model/article.ts';
import type { Locale, LogSource } from '../model/front-matter.schema.ts';

/** What the matcher needs of an article; the store can feed it without full articles. */
export type MatchableArticle = Pick<Article, 'id' | 'locale' | 'title' | 'logs' | 'signatures' | 'errorCodes'>;

/** One log handed in by a user: its file name helps to tell its source. */
export interface LogInput {
  name: string;
  content: string | Uint8Array;
}

/** The log layouts the readers recognise. */
export type LogFormat = 'windowsupdate-legacy' | 'windowsupdate-etl' | 'wsus-softwaredistribution' | 'cmtrace' | 'plain';

/** Error codes fit any log, so their signatures are not tied to a source. */
export type SignatureSource = LogSource | 'any';

/** Where a signature came from. */
export type SignatureOrigin = 'excerpt' | 'front-matter' | 'error-code';

/** A compiled signature, as shown to people who ask why an article matched. */
export interface SignatureInfo {
  id: string;
  articleId: string;
  /** The mini-syntax form: literal text, `*` for "anything here". */
  pattern: string;
  source: SignatureSource;
  weight: number;
  decisive: boolean;
  origin: SignatureOrigin;
}

/** high ≥ 0.8, medium ≥ 0.5, low below. */
export type Confidence = 'high' | 'medium' | 'low';

/** A log line that supports a match. */
export interface Evidence {
  signature: string;
  pattern: string;
  log: string;
  /** 1-based line of the entry in its log. */
  line: number;
  text: string;
  source: SignatureSource;
  weight: number;
  decisive: boolean;
  /** How often the signature matched across all logs (only the first few are listed). */
  occurrences: number;
  /** The fault ID that links this line to a line of another log. */
  correlation?: string;
}

/** A log line that speaks against a match. */
export interface EvidenceAgainst {
  reason: string;
  log: string;
  line: number;
  text: string;
}

/** A point in one log. */
export interface LogPoint {
  log: string;
  line: number;
  text: string;
}

/** A client SOAP fault found again in a server log through its fault ID. */
export interface Correlation {
  id: string;
  client: LogPoint;
  server: LogPoint;
  /** The server exception logged just before the fault, if one was found. */
  serverException?: LogPoint;
  /** Whether that exception is the one the article describes (undefined: article has no server exception to compare). */
  agrees?: boolean;
}

/** An article-level rule that held: several signatures seen together. */
export interface RuleHit {
  id: string;
  description: string;
  log: string;
  line: number;
}

/** One article the logs point to, with the reasons for and against. */
export interface ArticleMatch {
  article: { id: string; title: string; locale: Locale };
  score: number;
  confidence: Confidence;
  evidence: Evidence[];
  against: EvidenceAgainst[];
  correlations: Correlation[];
  rules: RuleHit[];
}

/** How each log was read. */
export interface LogSummary {
  name: string;
  format: LogFormat;
  source?: LogSource;
  bytes: number;
  lines: number;
}

/** Matches best first (empty when nothing matches), and what was read. */
export interface MatchResult {
  matches: ArticleMatch[];
  /** bytes: input size (bytes for binary input, UTF-16 code units for strings). */
  stats: { bytes: number; lines: number; ms: number; logs: LogSummary[] };
}

/** Set once, when the matcher is built. */
export interface MatcherOptions {
  /** Which translation to derive signatures from and to show; falls back to en-US, then any. */
  locale?: Locale;
  /** Characters of one line considered; the rest is skipped (default 64 KiB). */
  maxLineLength?: number;
  /** Lines one entry may span before a new entry is forced (default 256). */
  maxEntryLines?: number;
  /** Evidence lines kept per signature (default 3). */
  maxEvidencePerSignature?: number;
}

/** Per call. */
export interface MatchOptions {
  locale?: Locale;
  /** Matches below this score are dropped (default 0.1). */
  minScore?: number;
  /** At most this many matches (default 10). */
  limit?: number;
}

/** Built once per article set, reused for every request. */
export interface Matcher {
  match(logs: LogInput[], opts?: MatchOptions): MatchResult;
  signatureCount: number;
  signatures: readonly SignatureInfo[];
}
