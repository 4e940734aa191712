import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import type { Article } from '../model/article.ts';
import type { Audience } from '../access/roles.ts';
import { reachable } from '../access/visibility.ts';
import type { KbDatabase } from '../db/database.ts';
import { revisions, translations } from '../db/schema.ts';

export interface StoredTranslation {
  key: string;
  number: number;
  locale: string;
  contentHash: string;
  revision: number;
  updatedAt: string;
}

const STORED_COLUMNS = {
  key: translations.key, number: translations.number, locale: translations.locale,
  contentHash: translations.contentHash, revision: translations.revision, updatedAt: translations.updatedAt,
};

/** Reads of stored translations; writes go through translation.writes.ts and writeAtomic. */
export function createArticleStore(db: KbDatabase) {
  const { orm } = db;
  return {
    /** Hash and revision of every current translation, for idempotent imports. */
    async listStored(): Promise<StoredTranslation[]> {
      return orm.select(STORED_COLUMNS).from(translations).orderBy(asc(translations.number), asc(translations.locale));
    },

    /** The highest revision number per translation key, deletions included. */
    async lastRevisions(): Promise<Map<string, number>> {
      const rows = await orm.select({ key: revisions.key, n: max(revisions.n) }).from(revisions).groupBy(revisions.key);
      return new Map(rows.map((r) => [r.key, r.n ?? 0]));
    },

    /** Hash and revision of one translation, if it exists. */
    async storedOne(key: string): Promise<StoredTranslation | undefined> {
      const [row] = await orm.select(STORED_COLUMNS).from(translations).where(eq(translations.key, key)).limit(1);
      return row;
    },

    /** The highest revision number of one translation (0 if it never existed). */
    async lastRevision(key: string): Promise<number> {
      const [row] = await orm.select({ n: max(revisions.n) }).from(revisions).where(eq(revisions.key, key));
      return row?.n ?? 0;
    },

    /** The locales of an article; with an audience, only those it may reach. */
    async localesOf(number: number, audience?: Audience): Promise<string[]> {
      const rows = await orm.select({ locale: translations.locale }).from(translations)
        .where(and(eq(translations.number, number), audience ? reachable(audience) : undefined)).orderBy(asc(translations.locale));
      return rows.map((r) => r.locale);
    },

    async getTranslation(number: number, locale: string): Promise<(Article & { storedRevision: number; updatedAt: string }) | undefined> {
      const [row] = await orm.select({
        document: translations.document, source: translations.source,
        revision: translations.revision, updatedAt: translations.updatedAt,
      }).from(translations).where(and(eq(translations.number, number), eq(translations.locale, locale))).limit(1);
      if (!row) return undefined;
      return { ...(JSON.parse(row.document) as Omit<Article, 'source'>), source: row.source, storedRevision: row.revision, updatedAt: row.updatedAt };
    },

    /** A number that grows with every write (each write adds a revision row): cheap cache validation. */
    async generation(): Promise<number> {
      const [row] = await orm.all<{ g: number | null }>(sql`SELECT max(rowid) AS g FROM revisions`);
      return row?.g ?? 0;
    },

    async isEmpty(): Promise<boolean> {
      const rows = await orm.select({ key: translations.key }).from(translations).limit(1);
      return rows.length === 0;
    },

    /** Revisions of an article, newest first; all locales unless one is named. */
    async history(number: number, locale?: string) {
      const where = locale ? and(eq(revisions.number, number), eq(revisions.locale, locale)) : eq(revisions.number, number);
      return orm.select().from(revisions).where(where).orderBy(asc(revisions.locale), desc(revisions.n));
    },
  };
}

export type ArticleStore = ReturnType<typeof createArticleStore>;
