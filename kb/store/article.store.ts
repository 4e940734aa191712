import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import { preparedPerDatabase } from '../db/prepared.ts';
import type { Article } from '../model/article.ts';
import type { Audience } from '../access/roles.ts';
import { isReachable } from '../access/visibility.ts';
import type { KbDatabase } from '../db/database.ts';
import { revisions, translations } from '../db/schema.ts';
import { translationKey } from './translation.writes.ts';

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
/** STORED_COLUMNS but the key, which translations_number_idx does not hold: the key is made from number and locale. */
const { key: _key, ...INDEXED_STORED_COLUMNS } = STORED_COLUMNS;

// The reads behind every article GET and cache check, prepared once per database.
const hotReads = preparedPerDatabase(({ orm }) => ({
  locales: orm.select({ locale: translations.locale, state: translations.state, visibility: translations.visibility })
    .from(translations).where(eq(translations.number, sql.placeholder('number'))).orderBy(asc(translations.locale)).prepare(),
  translation: orm.select({
    document: translations.document, source: translations.source, revision: translations.revision, updatedAt: translations.updatedAt,
  }).from(translations).where(and(eq(translations.number, sql.placeholder('number')), eq(translations.locale, sql.placeholder('locale')))).prepare(),
  generation: orm.select({ g: sql<number | null>`max(rowid)` }).from(revisions).prepare(),
  // Every locale of an article, with the stored translation of one of them (the likely answer):
  // an article GET in one statement when the guess is right (on D1 each statement is a round trip).
  localesWithOne: orm.select({
    locale: translations.locale, state: translations.state, visibility: translations.visibility,
    document: sql<string | null>`CASE WHEN ${translations.locale} = ${sql.placeholder('locale')} THEN ${translations.document} END`,
    source: sql<string | null>`CASE WHEN ${translations.locale} = ${sql.placeholder('locale')} THEN ${translations.source} END`,
    revision: translations.revision, updatedAt: translations.updatedAt,
  }).from(translations).where(eq(translations.number, sql.placeholder('number'))).orderBy(asc(translations.locale)).prepare(),
}));

type StoredArticle = Article & { storedRevision: number; updatedAt: string };

function storedArticle(row: { document: string; source: string; revision: number; updatedAt: string }): StoredArticle {
  return { ...(JSON.parse(row.document) as Omit<Article, 'source'>), source: row.source, storedRevision: row.revision, updatedAt: row.updatedAt };
}

/** How stale a generation may be when another process or isolate writes; this handle's own article writes show at once. */
const GENERATION_TTL_MS = 1000;
const lastGeneration = new WeakMap<KbDatabase, { value: number; readAt: number; writes: number }>();

/** Reads of stored translations; writes go through translation.writes.ts and writeAtomic. */
export function createArticleStore(db: KbDatabase) {
  const { orm } = db;
  /** The generation without a query, when one read recently enough is still good; else undefined. */
  const knownGeneration = (): number | undefined => {
    const last = lastGeneration.get(db);
    return last && last.writes === db.localRevisionWrites() && Date.now() - last.readAt < GENERATION_TTL_MS ? last.value : undefined;
  };
  /** The highest revision number of each of these translation keys, deletions included; keys never written are absent. */
  async function lastRevisions(keys: string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows = await orm.select({ key: revisions.key, n: max(revisions.n) }).from(revisions)
      .where(sql`${revisions.key} in (select value from json_each(${JSON.stringify(keys)}))`).groupBy(revisions.key);
    return new Map(rows.map((r) => [r.key, r.n ?? 0]));
  }
  return {
    /** Hash and revision of every current translation, for idempotent imports. */
    async listStored(): Promise<StoredTranslation[]> {
      const rows = await orm.select(INDEXED_STORED_COLUMNS).from(translations).orderBy(asc(translations.number), asc(translations.locale));
      return rows.map((r) => ({ key: translationKey(r.number, r.locale), ...r }));
    },

    /** Hash and revision of one translation, if it exists. */
    async storedOne(key: string): Promise<StoredTranslation | undefined> {
      const [row] = await orm.select(STORED_COLUMNS).from(translations).where(eq(translations.key, key)).limit(1);
      return row;
    },

    lastRevisions,

    /** The highest revision number of one translation (0 if it never existed). */
    async lastRevision(key: string): Promise<number> {
      return (await lastRevisions([key])).get(key) ?? 0;
    },

    /** The locales of an article; with an audience, only those it may reach. */
    async localesOf(number: number, audience?: Audience): Promise<string[]> {
      const rows = await hotReads(db).locales.all({ number });
      return rows.filter((r) => !audience || isReachable(audience, r)).map((r) => r.locale);
    },

    async getTranslation(number: number, locale: string): Promise<StoredArticle | undefined> {
      const [row] = await hotReads(db).translation.all({ number, locale });
      return row ? storedArticle(row) : undefined;
    },

    /**
     * The locales of an article the audience may reach, and the translation of `guess` if it is
     * one of them (else undefined: the caller reads the one it picks with getTranslation).
     */
    async localesWithOne(number: number, guess: string, audience: Audience): Promise<{ locales: string[]; guessed?: StoredArticle }> {
      const rows = (await hotReads(db).localesWithOne.all({ number, locale: guess })).filter((r) => isReachable(audience, r));
      const hit = rows.find((r) => r.locale === guess);
      const guessed = hit?.document != null && hit.source != null ? storedArticle({ ...hit, document: hit.document, source: hit.source }) : undefined;
      return { locales: rows.map((r) => r.locale), ...(guessed ? { guessed } : {}) };
    },

    /**
     * A number that grows with every write (each write adds a revision row): cheap cache validation.
     * Read from the database at most once a second (clients may keep answers for max-age=60 anyway).
     */
    async generation(): Promise<number> {
      const known = knownGeneration();
      if (known !== undefined) return known;
      const now = Date.now();
      const writes = db.localRevisionWrites();
      const [row] = await hotReads(db).generation.all();
      const value = row?.g ?? 0;
      lastGeneration.set(db, { value, readAt: now, writes });
      return value;
    },

    knownGeneration,

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
