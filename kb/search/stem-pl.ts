/**
 * A small rule-based Polish suffix stripper. It does not aim at linguistic stems: search uses
 * its output as a prefix (`serwer*`), so stripping a little too much only widens the match,
 * while stripping too little loses forms. One pass over a fixed suffix list: linear in the word.
 * Input and output are fully folded (no accents, `ł` → `l`), because people often type without
 * Polish letters and the endings must be recognised either way.
 */

// Case endings of nouns and adjectives, verbal nouns, participles and common verb forms.
const SUFFIXES = [
  'osciami', 'osciach', 'osci', 'osc',
  'owaniami', 'owaniach', 'owaniem', 'owania', 'owanie', 'owaniu',
  'eniami', 'eniach', 'eniem', 'enia', 'enie', 'eniu',
  'aniami', 'aniach', 'aniem', 'ania', 'anie', 'aniu',
  'jami', 'jach', 'jom', 'ja', 'ji', 'je',
  'iami', 'iach', 'iom', 'ia', 'ii', 'ie', 'iu',
  'owego', 'owemu', 'owej', 'owym', 'owymi', 'owych', 'owa', 'owe', 'owi', 'owy',
  'ego', 'emu', 'ymi', 'imi', 'ych', 'ich', 'ami', 'ach', 'ym', 'im', 'ej', 'om', 'ow', 'em',
  'owanego', 'owanej', 'owanych', 'owanym', 'owany', 'owana', 'owane',
  'onego', 'onej', 'onych', 'onym', 'ony', 'ona', 'one',
  'anego', 'anej', 'anych', 'anym', 'any', 'ana', 'ane',
  'owac', 'ywac', 'iwac', 'owal', 'owala', 'owalo', 'owali', 'owaly',
  'ujacych', 'ujacy', 'ujaca', 'ujace', 'ujac', 'uje', 'uja', 'ujesz', 'ujemy', 'ujecie',
  'ajacych', 'ajacy', 'ajace', 'ajac', 'aja', 'eja',
  'ac', 'ic', 'yc', 'ec', 'al', 'ala', 'alo', 'ali', 'aly', 'il', 'ila', 'ilo', 'ili', 'ily',
  'yl', 'yla', 'ylo', 'yli', 'yly',
  'a', 'e', 'i', 'o', 'u', 'y',
].sort((a, b) => b.length - a.length);

// Locative and dative endings that change the last consonant: serwerze → serwer, kodzie → kod.
const ALTERNATIONS: [string, string][] = [
  ['dzie', 'd'], ['scie', 'st'], ['cie', 't'], ['rze', 'r'], ['dze', 'g'], ['sze', 'ch'], ['ce', 'k'],
];

/** Shortest stem the rules keep; shorter remainders are not stripped at all. */
const MIN_STEM = 3;

/**
 * Candidate stems of a fully folded Polish word, shortest useful one first: the stem left by the
 * longest matching ending, the stems from consonant alternations, and, when the longest ending
 * leaves only three letters, also the next one (a three-letter stem is too short for a prefix).
 * Empty when no rule applies.
 */
export function polishStems(word: string): string[] {
  if (word.length <= MIN_STEM || /\d/.test(word)) return [];
  const stripped = SUFFIXES.filter((s) => word.endsWith(s) && word.length - s.length >= MIN_STEM)
    .map((s) => word.slice(0, -s.length));
  const out: string[] = [];
  const longest = stripped[0];
  if (longest !== undefined) out.push(longest);
  if (longest !== undefined && longest.length < 4) {
    const next = stripped.find((s) => s.length >= 4);
    if (next) out.push(next);
  }
  for (const [ending, replacement] of ALTERNATIONS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM - 1) {
      out.push(word.slice(0, -ending.length) + replacement);
    }
  }
  return [...new Set(out)].filter((s) => s !== word);
}

/** Endings tried after a three-letter stem, where a prefix query would match far too much. */
export const POLISH_SHORT_STEM_ENDINGS = ['', 'a', 'u', 'y', 'i', 'e', 'em', 'ie', 'om', 'ow', 'ach', 'ami', 'ych', 'ego'];
