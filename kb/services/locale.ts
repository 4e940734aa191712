import { LOCALES } from '../model/front-matter.schema.ts';

export const DEFAULT_LOCALE = 'en-US';

/** Locales from an Accept-Language header, best first (q-values honoured, `*` ignored). */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header.slice(0, 500).split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((l) => l.tag && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.tag);
}

/**
 * Picks the translation to serve: an exact match of a wanted locale, then a language match
 * (`pl` → `pl-PL`), then en-US, then whatever the article has.
 */
export function negotiateLocale(wanted: readonly string[], available: readonly string[]): string | undefined {
  const lower = new Map(available.map((l) => [l.toLowerCase(), l]));
  for (const w of wanted) {
    const exact = lower.get(w.toLowerCase());
    if (exact) return exact;
    const lang = w.split('-')[0]!.toLowerCase();
    const byLang = available.find((l) => l.split('-')[0]!.toLowerCase() === lang);
    if (byLang) return byLang;
  }
  return available.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : available[0];
}

export function isKnownLocale(l: string): boolean {
  return (LOCALES as readonly string[]).includes(l);
}
