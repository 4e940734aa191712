import type { KbDatabase } from '../db/database.ts';
import { editDistance } from './edit-distance.ts';
import { MARK_CLOSE, MARK_OPEN, SUBSTRING_INDEX } from './indexes.ts';
import { foldFully, foldLikeIndex, isTokenChar } from './normalize.ts';
import { probeSnippets } from './search.sql.ts';

/** Snippets read per probe; enough to see the common spellings around it. */
const SNIPPETS_PER_PROBE = 4;
/** Bounds one did-you-mean query to 4 × 16 probes (D1 binds at most 100 values). */
const MAX_WORDS = 4;
const MAX_PROBES = 16;

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
 * becomes the correction. One query for all the words (the first four). Returns the
 * correction, spelled as the index stores it, by position in `words`.
 */
export async function correctWords(db: KbDatabase, words: string[], locales: string[]): Promise<Map<number, string>> {
  const folded = words.slice(0, MAX_WORDS).map(foldFully);
  const probes = folded.map((w) => substringProbes(w).slice(0, MAX_PROBES));
  const rows = await probeSnippets(db, SUBSTRING_INDEX, probes, locales, SNIPPETS_PER_PROBE);
  const corrections = new Map<number, string>();
  folded.forEach((target, k) => {
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
    if (best) corrections.set(k, best[0]);
  });
  return corrections;
}
