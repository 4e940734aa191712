import type { Article } from '../model/article.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** The whole translation as one safe HTML fragment: title, then each top-level section. */
export function articleHtml(article: Pick<Article, 'id' | 'locale' | 'title' | 'sections'>): string {
  const parts = [`<article lang="${escapeHtml(article.locale)}" data-kb="${escapeHtml(article.id)}">`, `<h1>${escapeHtml(article.title)}</h1>`];
  for (const s of article.sections) {
    if (s.level > 2) continue; // level-3 sections are already inside their parent's HTML
    if (s.kind !== 'intro') parts.push(`<h2 id="${escapeHtml(s.anchor)}">${escapeHtml(s.title)}</h2>`);
    parts.push(s.html);
  }
  parts.push('</article>');
  return parts.join('\n');
}
