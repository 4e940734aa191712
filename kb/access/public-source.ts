import type { Article } from '../model/article.ts';
import { parseArticle } from '../parse/article.parser.ts';
import { isInternalSection } from './visibility.ts';

/**
 * The markdown of an article without its `{#internal…}` sections, for callers who may not see
 * them: each internal heading is cut together with everything up to the next heading of its level.
 */
export function publicSource(source: string): string {
  const parsed = parseArticle(source);
  if (!parsed.ok) return source;
  const sections = parsed.article.sections;
  const cut = new Set<number>();
  for (const s of sections.filter(isInternalSection)) {
    const next = sections.find((o) => o.line > s.line && o.level <= s.level);
    const lines = source.split('\n').length;
    for (let l = s.line; l < (next?.line ?? lines + 1); l++) cut.add(l);
  }
  if (cut.size === 0) return source;
  return source.split('\n').filter((_, i) => !cut.has(i + 1)).join('\n');
}

/** The article as readers without agent rights see it: itself, or re-read without internal sections. */
export function publicView<T extends Article>(article: T): Article {
  if (!article.sections.some(isInternalSection)) return article;
  const reparsed = parseArticle(publicSource(article.source));
  return reparsed.ok ? reparsed.article : article;
}
