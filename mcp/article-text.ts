import type { Article, Section } from '../kb/model/article.ts';

/** Section names get_article and the prompts accept, in article order. */
export const SECTION_NAMES = [
  'intro', 'symptoms', 'cause', 'resolution', 'workaround', 'more-information', 'known-issues', 'verification', 'status',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** What a support engineer reads: intro and "more information" only on request. */
export const DEFAULT_SECTIONS: SectionName[] = ['symptoms', 'cause', 'resolution', 'workaround', 'verification', 'known-issues', 'status'];

/** LLM tokens, roughly: four characters each. */
export const approxTokens = (text: string) => Math.ceil(text.length / 4);

/** Below this many characters left, a section is dropped rather than cut to a stub. */
const MIN_PART = 240;

export type ArticleHeader = Pick<Article, 'id' | 'locale' | 'title' | 'summary' | 'revision' | 'lastReviewed' | 'status' | 'products' | 'errorCodes'>;

export interface FittedSection {
  kind: string;
  anchor: string;
  title: string;
  markdown: string;
  truncated: boolean;
}

export interface FittedArticle {
  text: string;
  sections: FittedSection[];
  /** Titles of the chosen sections left out for lack of budget. */
  omitted: string[];
  truncated: boolean;
}

/** Title line, facts line, products and summary: what every rendering starts with. */
export function articleHeader(a: ArticleHeader): string {
  const facts = [`revision ${a.revision}`, `reviewed ${a.lastReviewed}`, a.status, a.errorCodes.length ? `codes ${a.errorCodes.join(', ')}` : undefined];
  const products = a.products.map((p) => `${p.slug} ${p.versions.join(', ')} (${p.relation})`).join('; ');
  return `# ${a.id} · ${a.locale} · ${a.title}\n${facts.filter(Boolean).join(' · ')}\nProducts: ${products}\n\n${a.summary.trim()}\n`;
}

/** The chosen sections in article order; a level-3 section inside a chosen level-2 one is not repeated. */
export function pickSections(sections: readonly Section[], wanted: readonly string[]): Section[] {
  const out: Section[] = [];
  let parentChosen = false;
  for (const s of sections) {
    if (s.level <= 2) parentChosen = wanted.includes(s.kind);
    if (wanted.includes(s.kind) && (s.level <= 2 || !parentChosen)) out.push(s);
  }
  return out;
}

function sectionBlock(s: Pick<Section, 'title' | 'level'>, markdown: string): string {
  return s.title ? `\n${s.level >= 3 ? '###' : '##'} ${s.title}\n${markdown.trim()}\n` : `\n${markdown.trim()}\n`;
}

/** Cuts markdown to about `chars`, at a line end, closing a code fence left open. */
function cut(markdown: string, chars: number): string {
  let part = markdown.slice(0, chars);
  const nl = part.lastIndexOf('\n');
  if (nl > chars / 2) part = part.slice(0, nl);
  if ((part.match(/```/g)?.length ?? 0) % 2 === 1) part += '\n```';
  return `${part.trimEnd()}\n…`;
}

/**
 * Renders header + sections within `maxTokens`: sections are kept whole while they fit, the first
 * that does not is cut, the rest are named as omitted so the assistant can ask for them.
 */
export function fitArticle(a: ArticleHeader, sections: readonly Section[], maxTokens = Infinity): FittedArticle {
  const header = articleHeader(a);
  let left = maxTokens * 4 - header.length;
  const kept: FittedSection[] = [];
  const blocks: string[] = [];
  const omitted: string[] = [];
  for (const s of sections) {
    const full = sectionBlock(s, s.markdown);
    const base = { kind: s.kind, anchor: s.anchor, title: s.title };
    if (omitted.length === 0 && full.length <= left) {
      kept.push({ ...base, markdown: s.markdown.trim(), truncated: false });
      blocks.push(full);
      left -= full.length;
    } else if (omitted.length === 0 && !kept.some((k) => k.truncated) && left >= MIN_PART) {
      const markdown = cut(s.markdown.trim(), left - s.title.length - 8);
      kept.push({ ...base, markdown, truncated: true });
      blocks.push(sectionBlock(s, markdown));
      left = 0;
    } else {
      omitted.push(s.title || s.kind);
    }
  }
  const truncated = omitted.length > 0 || kept.some((k) => k.truncated);
  const cutTitles = kept.filter((k) => k.truncated).map((k) => `"${k.title}" shortened`);
  const note = truncated
    ? `\n[Cut to ~${maxTokens} tokens: ${[...cutTitles, ...(omitted.length ? [`not shown: ${omitted.join(', ')}`] : [])].join('; ')}. Ask for fewer sections or a larger max_tokens.]\n`
    : '';
  return { text: `${header}${blocks.join('')}${note}`, sections: kept, omitted, truncated };
}
