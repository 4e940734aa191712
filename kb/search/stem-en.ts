/**
 * A light English suffix stripper (plurals, -ing, -ed, a final -e, -ation, -al after v). Like the
 * Polish one its output is used as a prefix, so `updates`, `updated` and `updating` all become
 * `updat` and match each other. Input is lower case; words with digits are left alone.
 */

const VOWEL = /[aeiouy]/;

function plural(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3);
  if (/(sses|ches|shes|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

function inflection(w: string): string {
  for (const end of ['ing', 'ed']) {
    if (!w.endsWith(end)) continue;
    let stem = w.slice(0, -end.length);
    if (stem.length < 3 || !VOWEL.test(stem)) return w;
    // stopped → stop, but installed → install and added → add: only a doubled stop consonant
    // is undone, and never below three letters.
    if (/([bdgmnprt])\1$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
    return stem;
  }
  return w;
}

function derivation(w: string): string {
  if (w.endsWith('ation') && w.length - 5 >= 4) return w.slice(0, -5);
  if (w.endsWith('val') && w.length > 5) return w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) return w.slice(0, -1);
  return w;
}

/** The stem of an English word (`approving` → `approv`), or none when nothing was stripped. */
export function englishStems(word: string): string[] {
  if (word.length <= 3 || /\d/.test(word)) return [];
  const stem = derivation(inflection(plural(word)));
  return stem !== word && stem.length >= 3 ? [stem] : [];
}

/** Endings tried after a three-letter stem (`add` from `added`), instead of a prefix query. */
export const ENGLISH_SHORT_STEM_ENDINGS = ['', 's', 'e', 'es', 'ed', 'ing', 'er', 'ers'];
