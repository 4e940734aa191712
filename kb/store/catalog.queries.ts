import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Audience } from '../access/roles.ts';
import { isListable, listable } from '../access/visibility.ts';
import type { KbDatabase } from '../db/database.ts';
import { preparedPerDatabase } from '../db/prepared.ts';
import { articleProducts, errorCodes, labels, products, translations } from '../db/schema.ts';

export interface ArticleFilter {
  product?: string;
  version?: string;
  label?: string;
  locale?: string;
  after?: number;
  limit: number;
  audience: Audience;
}

/** Article numbers matching a filter, in number order, for cursor pagination. */
export async function findArticleNumbers(db: KbDatabase, f: ArticleFilter): Promise<number[]> {
  let q = db.orm.selectDistinct({ number: translations.number }).from(translations).$dynamic();
  const where = [gt(translations.number, f.after ?? 0), listable(f.audience)];
  if (f.locale) where.push(eq(translations.locale, f.locale));
  if (f.product) {
    q = q.innerJoin(articleProducts, eq(articleProducts.key, translations.key));
    where.push(eq(articleProducts.productSlug, f.product));
    if (f.version) where.push(sql`lower(${articleProducts.version}) = lower(${f.version})`);
  }
  if (f.label) {
    q = q.innerJoin(labels, eq(labels.key, translations.key));
    where.push(sql`lower(${labels.label}) = lower(${f.label})`);
  }
  const rows = await q.where(and(...where)).orderBy(asc(translations.number)).limit(f.limit);
  return rows.map((r) => r.number);
}

const headColumns = {
  number: translations.number, locale: translations.locale, title: translations.title,
  summary: translations.summary, updatedAt: translations.updatedAt, state: translations.state, visibility: translations.visibility,
};

// Behind every error-code lookup and article list, prepared once per database: the numbers
// travel as one JSON array, so any count fits one statement.
const lookups = preparedPerDatabase(({ orm }) => ({
  heads: orm.select(headColumns).from(translations)
    .where(sql`${translations.number} in (select value from json_each(${sql.placeholder('numbers')}))`)
    .orderBy(asc(translations.number), asc(translations.locale)).prepare(),
  // Every translation of the articles listing a code, with where it lists the code (null: it does
  // not): one statement, because on D1 each one is a round trip.
  codeHeads: orm.select({ ...headColumns, position: errorCodes.position }).from(translations)
    .leftJoin(errorCodes, and(eq(errorCodes.key, translations.key), eq(errorCodes.code, sql.placeholder('code'))))
    .where(sql`${translations.number} in (select number from error_codes where code = ${sql.placeholder('code')})`)
    .orderBy(asc(translations.number), asc(translations.locale)).prepare(),
}));

/** Title and summary of every translation of the given articles (those the audience may list). */
export async function translationHeads(db: KbDatabase, numbers: number[], audience?: Audience) {
  if (numbers.length === 0) return [];
  const rows = await lookups(db).heads.all({ numbers: JSON.stringify(numbers) });
  return audience ? rows.filter((r) => isListable(audience, r)) : rows;
}

/** Product rows with each version and the translations that name it. */
export async function productVersions(db: KbDatabase, audience: Audience, slug?: string) {
  const q = db.orm.select({
    slug: products.slug, name: products.name, version: articleProducts.version,
    number: articleProducts.number, relation: articleProducts.relation, note: articleProducts.note,
    locale: translations.locale,
  }).from(products)
    .innerJoin(articleProducts, eq(articleProducts.productSlug, products.slug))
    .innerJoin(translations, eq(translations.key, articleProducts.key));
  return q.where(and(listable(audience), slug ? eq(products.slug, slug) : undefined)).orderBy(asc(products.slug), asc(articleProducts.version), asc(articleProducts.number));
}

/**
 * Articles that list an error code (hex form `0x8024400E`) in a translation the audience may see,
 * in number order, those whose main (first-listed) code it is there, and the heads of their
 * translations the audience may list. A code that only a hidden translation lists reveals nothing.
 */
export async function articlesWithCode(db: KbDatabase, hex: string, audience: Audience) {
  const heads = (await lookups(db).codeHeads.all({ code: hex })).filter((r) => isListable(audience, r));
  const listing = heads.filter((r) => r.position !== null);
  return {
    numbers: [...new Set(listing.map((r) => r.number))],
    main: new Set(listing.filter((r) => r.position === 0).map((r) => r.number)),
    heads,
  };
}
