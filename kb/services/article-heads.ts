import { PUBLIC, type Audience } from '../access/roles.ts';
import type { KbDatabase } from '../db/database.ts';
import { translationHeads } from '../store/catalog.queries.ts';
import { negotiateLocale } from './locale.ts';

export interface ArticleHead {
  id: string;
  number: number;
  locale: string;
  title: string;
  summary: string;
  locales: string[];
}

/** One line per article, in the best of the wanted locales; keeps the order of `numbers`. */
export async function articleHeads(db: KbDatabase, numbers: number[], wanted: string[], audience: Audience = PUBLIC): Promise<ArticleHead[]> {
  return pickHeads(await translationHeads(db, numbers, audience), numbers, wanted);
}

/** `articleHeads` over translation rows already read (those the audience may list). */
export function pickHeads(rows: { number: number; locale: string; title: string; summary: string }[], numbers: number[], wanted: string[]): ArticleHead[] {
  const byNumber = new Map<number, typeof rows>();
  for (const r of rows) byNumber.set(r.number, [...(byNumber.get(r.number) ?? []), r]);
  return numbers.flatMap((number) => {
    const all = byNumber.get(number) ?? [];
    const locales = all.map((r) => r.locale);
    const best = all.find((r) => r.locale === negotiateLocale(wanted, locales));
    return best ? [{ id: `KB${number}`, number, locale: best.locale, title: best.title, summary: best.summary, locales }] : [];
  });
}
