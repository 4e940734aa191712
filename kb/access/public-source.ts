import type { Article, Section } from '../model/article.ts';
import { parseArticle } from '../parse/article.parser.ts';
import { isInternalSection } from './visibility.ts';

/**
 * The markdown of an article without its `{#internal…}` sections, for callers who may not see
 * them: each internal heading is cut together with everything up to the next heading of its level.
 */
export function publicSource(source: string, sections = sectionsOf(source)): string {
  const lines = source.split('\n');
  const cut = new Set<number>();
  for (const s of sections.filter(isInternalSection)) {
    const next = sections.find((o) => o.line > s.line && o.level <= s.level);
    for (let l = s.line; l < (next?.line ?? lines.length + 1); l++) cut.add(l);
  }
  if (cut.size === 0) return source;
  return lines.filter((_, i) => !cut.has(i + 1)).join('\n');
}

function sectionsOf(source: string): Section[] {
  const parsed = parseArticle(source);
  return parsed.ok ? parsed.article.sections : [];
}

/** The article as readers without agent rights see it: itself, or re-read without internal sections. */
export function publicView<T extends Article>(article: T): Article {
  if (!article.sections.some(isInternalSection)) return article;
  // The stored sections come from this source: no need to parse it again to find them.
  const reparsed = parseArticle(publicSource(article.source, article.sections));
  return reparsed.ok ? reparsed.article : article;
}
