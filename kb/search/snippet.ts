import { escapeHtml } from '../parse/render-article.ts';
import { MARK_CLOSE, MARK_OPEN } from './indexes.ts';

/**
 * A snippet from FTS5 (markers around hits) as HTML: every character of article text escaped,
 * hits wrapped in `<mark>`. Markers are paired here rather than trusted, so even a stray marker
 * in the text cannot leave a `<mark>` unclosed.
 */
export function snippetHtml(raw: string): string {
  let out = '';
  let text = '';
  let open = false;
  for (const ch of raw.replace(/\s+/g, ' ').trim()) {
    if (ch !== MARK_OPEN && ch !== MARK_CLOSE) {
      text += ch;
      continue;
    }
    out += escapeHtml(text);
    text = '';
    if (ch === MARK_OPEN && !open) out += '<mark>';
    if (ch === MARK_CLOSE && open) out += '</mark>';
    open = ch === MARK_OPEN;
  }
  out += escapeHtml(text);
  return open ? `${out}</mark>` : out;
}

/** How many distinct words a snippet highlights: how well its column matched. */
export function highlightCount(raw: string): number {
  const words = new Set<string>();
  for (const m of raw.matchAll(/\uE000([^\uE001]*)\uE001/g)) words.add(m[1]!.toLowerCase());
  return words.size;
}

/**
 * The snippet to show: from the column whose snippet highlights the most distinct words; on a
 * tie, the earlier of `columns` (summary before symptoms before body). Falls back to the first
 * column's text, unhighlighted, when the match was only in the title or the codes.
 */
export function bestSnippet(snippets: Record<string, string>, columns: string[]): string {
  let best = columns[0]!;
  let bestCount = 0;
  for (const c of columns) {
    const n = highlightCount(snippets[c] ?? '');
    if (n > bestCount) [best, bestCount] = [c, n];
  }
  return snippetHtml(snippets[best] ?? '');
}

/** The columns whose snippet shows a hit. */
export function matchedColumns(snippets: Record<string, string>): string[] {
  return Object.keys(snippets).filter((c) => snippets[c]!.includes(MARK_OPEN));
}
