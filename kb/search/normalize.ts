/**
 * Text folding shared by the query side of search. The word index uses FTS5 `unicode61
 * remove_diacritics 2`, which lower-cases and strips combining accents but keeps `ł`, because
 * Unicode gives `ł` no decomposition; the query side has to reproduce exactly that.
 */

/** What unicode61 counts as token characters (its default categories L*, N*, Co). */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

/** The word tokens of `text`, as the word index would cut them (case and accents untouched). */
export function wordTokens(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? [];
}

/** Whether `ch` (one code point) would be part of a token in the word index. */
export function isTokenChar(ch: string): boolean {
  return /^[\p{L}\p{N}\p{Co}]$/u.test(ch);
}

/** Lower case without accents, the way the word index stores a token: `Wyłączyć` → `wyłaczyc`. */
export function foldLikeIndex(s: string): string {
  return s.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC').toLowerCase();
}

/**
 * `foldLikeIndex` plus `ł` → `l`: the form people type without Polish letters, and the one the
 * stemmers and edit distances work on, so `wylaczyc` and `wyłączyć` compare equal.
 */
export function foldFully(s: string): string {
  return foldLikeIndex(s).replace(/ł/g, 'l');
}

/**
 * The spellings of a fully folded string (`folded`, usually a stem) the index may hold, given
 * what the user typed (`typed`, folded like the index). Each `l` the user did not type as `ł`
 * may be either letter in the text; the as-typed spelling comes first. At most `max` spellings,
 * so a word with many `l`s cannot blow up the query.
 */
export function polishLSpellings(folded: string, typed: string, max = 8): string[] {
  let out = [''];
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i]!;
    if (c !== 'l') out = out.map((o) => o + c);
    else if (typed[i] === 'ł') out = out.map((o) => `${o}ł`);
    else if (out.length * 2 <= max) out = out.flatMap((o) => [`${o}l`, `${o}ł`]);
    else out = out.map((o) => `${o}l`);
  }
  return out;
}
