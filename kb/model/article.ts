import type { AffectedProduct, FrontMatter, Locale, LogSource } from './front-matter.schema.ts';

export type SectionKind =
  | 'intro' | 'symptoms' | 'cause' | 'resolution' | 'resolution-path' | 'workaround'
  | 'more-information' | 'known-issues' | 'verification' | 'status' | 'subsection';

/** A heading and what stands under it, as markdown and as safe HTML. */
export interface Section {
  kind: SectionKind;
  /** The heading's explicit `{#anchor}`, else its kind. */
  anchor: string;
  title: string;
  level: number;
  line: number;
  markdown: string;
  html: string;
}

export interface Step {
  text: string;
  substeps: string[];
}

export interface LogExcerpt {
  id: string;
  source: LogSource;
  path: string;
  phase?: string;
  correlation?: string;
  lines: string[];
}

export interface ResolutionPath {
  id: string;
  title: string;
  appliesTo: { product: string; versions: string[] };
  alternatives: string[];
  intro: string;
  steps: Step[];
}

/** One translation of an article, with its body turned into structure. */
export interface Article extends Omit<FrontMatter, 'logs' | 'resolutions'> {
  id: string;
  products: AffectedProduct[];
  logs: LogExcerpt[];
  sections: Section[];
  resolutions: ResolutionPath[];
  workaround?: { title: string; intro: string; steps: Step[] };
  knownIssues: string[];
  verificationSteps: Step[];
  statusText?: string;
  /** The markdown file this translation was parsed from, unchanged. */
  source: string;
}

export function articleId(number: number): string {
  return `KB${number}`;
}

export type { Locale };
