import type { KbDatabase } from '../db/database.ts';
import { editDistance } from './edit-distance.ts';
import { quote } from './fts-query.ts';
import { MARK_CLOSE, MARK_OPEN, SUBSTRING_INDEX } from './indexes.ts';
import { foldFully, foldLikeIndex, isTokenChar } from './normalize.ts';
import { substringSnippets } from './search.sql.ts';

/** Snippets read per misspelled word; enough to see the common spellings near it. */
const SNIPPETS_PER_WORD = 20;

/** How many edits a word of this length may be away from its correction. */
export function maxEdits(length: number): number {
  return length <= 5 ? 1 : length <= 10 ? 2 : 3;
}

/**
 * Substrings that the correctly spelled word still contains when `word` has a typo. One edit
 * leaves one of two halves intact and two edits one of three thirds (pigeonhole); short words
 * are also tried with each letter dropped and each neighbour pair swapped (`wssu` → `wsus`).
 * The trigram index cannot look up fewer than three characters, so shorter pieces are dropped.
 */
export function substringProbes(word: string): string[] {
  const out = new Set<string>();
  for (const parts of [2, 3]) {
    if (word.length < parts * 3 || (parts === 3 && word.length < 9)) continue;
    const size = word.length / parts;
    for (let k = 0; k < parts; k++) out.add(word.slice(Math.round(k * size), Math.round((k + 1) * size)));
  }
  if (word.length <= 7) {
    for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
    for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...out].filter((p) => p.length >= 3 && p !== word);
}

/**
 * The whole words of a snippet, highlighted ones flagged. A word touching either end of the
 * snippet may be cut off by the snippet window, so it is left out rather than offered as a
 * spelling (`…on a WSU` must not turn `WSSU` into `WSU`).
 */
export function snippetWords(snippet: string): { word: string; marked: boolean }[] {
  const out: { word: string; marked: boolean }[] = [];
  let word = '';
  let marked = false;
  let atStart = true;
  const flush = (atEnd: boolean) => {
    if (word && !atStart && !atEnd) out.push({ word, marked });
    if (word) atStart = false;
    word = '';
    marked = false;
  };
  for (const ch of snippet) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      if (ch === MARK_OPEN) marked = true;
      continue;
    }
    if (isTokenChar(ch)) word += ch;
    else {
      flush(false);
      atStart = false;
    }
  }
  flush(true);
  return out;
}

/**
 * Did-you-mean for words the word index does not know. The substring index finds text around
 * probes of each word; the whole words there are compared by edit distance, and the closest
 * becomes the correction. One query for all the words. Returns the
 * correction, spelled as the index stores it, by position in `words`.
 */
export async function correctWords(db: KbDatabase, words: string[], locales: string[]): Promise<Map<number, string>> {
  const folded = words.map(foldFully);
  const expressions = folded.map((w) => substringProbes(w).map(quote).join(' OR '));
  const asked = expressions.flatMap((e, i) => (e ? [i] : []));
  const rows = await substringSnippets(db, SUBSTRING_INDEX, asked.map((i) => expressions[i]!), locales, SNIPPETS_PER_WORD);
  const corrections = new Map<number, string>();
  asked.forEach((wordIndex, k) => {
    const target = folded[wordIndex]!;
    const limit = maxEdits(target.length);
    const seen = new Map<string, { distance: number; marked: boolean; count: number }>();
    for (const row of rows.filter((r) => r.i === k)) {
      for (const { word, marked } of snippetWords(row.s)) {
        const spelled = foldLikeIndex(word);
        const entry = seen.get(spelled);
        if (entry) {
          entry.count++;
          entry.marked ||= marked;
        } else seen.set(spelled, { distance: editDistance(foldFully(word), target, limit), marked, count: 1 });
      }
    }
    // Closest first; then words the probes hit, over words merely nearby; then the commonest.
    const best = [...seen].filter(([, v]) => v.distance <= limit)
      .sort(([, a], [, b]) => a.distance - b.distance || Number(b.marked) - Number(a.marked) || b.count - a.count)[0];
    if (best) corrections.set(wordIndex, best[0]);
  });
  return corrections;
}
