import type { SignatureOrigin, SignatureSource } from '../types.ts';

/** What a signature was made from; decides how it is weighed and combined. */
export type SignatureKind = 'line' | 'exception' | 'frame' | 'composite' | 'code' | 'explicit';

/**
 * A signature before compilation: literal fragments that must appear in this order within one
 * entry (case-insensitive for ASCII), with anything between them.
 */
export interface SignatureDef {
  id: string;
  articleId: string;
  fragments: string[];
  source: SignatureSource;
  weight: number;
  decisive: boolean;
  origin: SignatureOrigin;
  kind: SignatureKind;
  /** Signatures of one group count once when scoring (the spellings of one error code). */
  group: string;
  /** `articleId:excerptId` for signatures derived from an excerpt. */
  excerpt?: string;
  /** Index of the fragment that a fault ID (GUID) follows, e.g. `ID:` or `, ID=`. */
  captureAfter?: number;
}

/** Several signatures of one article seen near each other in one log. */
export interface RuleDef {
  id: string;
  articleId: string;
  description: string;
  members: string[];
  /** Lines within which all members must appear. */
  window: number;
  weight: number;
}
