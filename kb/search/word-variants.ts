import { foldFully, foldLikeIndex, polishLSpellings } from './normalize.ts';
import { ENGLISH_SHORT_STEM_ENDINGS, englishStems } from './stem-en.ts';
import { POLISH_SHORT_STEM_ENDINGS, polishStems } from './stem-pl.ts';
import type { Languages } from './query.types.ts';

/** The index tokens a query word stands for: exact tokens, and prefixes (`serwer` → `serwer*`). */
export interface WordVariants {
  exact: string[];
  prefixes: string[];
  /** The word as typed (diacritics folded; in Polish text each `l` also as `ł`): the forms ranked first. */
  typed: string[];
}

/** Prefixes shorter than this match too many unrelated words (`log*` → `login`, `logical`). */
const MIN_PREFIX = 4;
/** Per word, so a 32-word query stays a query FTS5 answers quickly. */
const MAX_VARIANTS = 16;

/**
 * The variants of one query word. The word itself is always an exact variant (so the form the
 * user typed scores highest), stems of four letters or more become prefixes, three-letter stems
 * are expanded with common endings instead. Where the text may be Polish, each `l` may be an
 * `ł` the user did not type: unicode61 does not fold `ł`, so the index keeps it.
 */
export function wordVariants(raw: string, languages: Languages): WordVariants {
  const typed = foldLikeIndex(raw);
  const folded = foldFully(raw);
  const spell = (s: string) => (languages.polish ? polishLSpellings(s, typed) : [s]);
  const whole = spell(folded);
  const exact = new Set<string>(whole);
  const prefixes = new Set<string>();
  if (/\d/.test(folded)) return { exact: [typed], prefixes: [], typed: [typed] };

  const stems = [
    ...(languages.polish ? polishStems(folded).map((s) => ({ s, endings: POLISH_SHORT_STEM_ENDINGS })) : []),
    ...(languages.english ? englishStems(folded).map((s) => ({ s, endings: ENGLISH_SHORT_STEM_ENDINGS })) : []),
  ];
  if (folded.length >= MIN_PREFIX) stems.push({ s: folded, endings: [] });
  for (const stem of [...stems, ...vowelAlternation(raw, stems.map((x) => x.s))]) {
    if (stem.s.length >= MIN_PREFIX) for (const v of spell(stem.s)) prefixes.add(v);
    else for (const end of stem.endings) for (const v of spell(stem.s + end)) exact.add(v);
  }
  const kept = [...prefixes].filter((p) => ![...prefixes].some((q) => q !== p && p.startsWith(q)));
  // A prefix already matches what it covers; the whole word stays anyway, for its extra score.
  const exactKept = [...exact].filter((e) => whole.includes(e) || !kept.some((p) => e.startsWith(p)));
  return { exact: exactKept.slice(0, MAX_VARIANTS / 2), prefixes: kept.slice(0, MAX_VARIANTS / 2), typed: whole.slice(0, MAX_VARIANTS / 2) };
}

/**
 * `błąd` / `błędu`: Polish swaps ą and ę inside a stem. When the user typed one of them, the
 * stem is also tried with the other vowel (both fold to a/e).
 */
function vowelAlternation(raw: string, stems: string[]): { s: string; endings: string[] }[] {
  const lower = raw.toLowerCase();
  const i = Math.max(lower.lastIndexOf('ą'), lower.lastIndexOf('ę'));
  if (i < 0) return [];
  const other = lower[i] === 'ą' ? 'e' : 'a';
  return stems.filter((s) => s.length > i)
    .map((s) => ({ s: s.slice(0, i) + other + s.slice(i + 1), endings: POLISH_SHORT_STEM_ENDINGS }));
}
