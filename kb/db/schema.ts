import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row per KB number; translations hang off it. */
export const articles = sqliteTable('articles', {
  number: integer('number').primaryKey(),
  id: text('id').notNull().unique(),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

/** One row per article and locale: the current revision, parsed. `key` is `<number>:<locale>`. */
export const translations = sqliteTable('translations', {
  key: text('key').primaryKey(),
  number: integer('number').notNull().references(() => articles.number),
  locale: text('locale').notNull(),
  title: text('title').notNull(),
  summary: text('summary').notNull(),
  sourceRevision: text('source_revision').notNull(),
  lastReviewed: text('last_reviewed').notNull(),
  contentHash: text('content_hash').notNull(),
  revision: integer('revision').notNull(),
  /** The structured article as JSON (everything but its markdown source). */
  document: text('document').notNull(),
  source: text('source').notNull(),
  updatedAt: text('updated_at').notNull(),
}, (t) => [index('translations_number_idx').on(t.number, t.locale)]);

/** Every version of every translation ever written; `source` is null for a deletion. */
export const revisions = sqliteTable('revisions', {
  key: text('key').notNull(),
  number: integer('number').notNull(),
  locale: text('locale').notNull(),
  n: integer('n').notNull(),
  contentHash: text('content_hash'),
  source: text('source'),
  origin: text('origin', { enum: ['import', 'api'] }).notNull(),
  action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
  createdAt: text('created_at').notNull(),
}, (t) => [primaryKey({ columns: [t.key, t.n] })]);

export const products = sqliteTable('products', {
  slug: text('slug').primaryKey(),
  name: text('name').notNull(),
});

/** Which translation says which product version is affected, one row per version. */
export const articleProducts = sqliteTable('article_products', {
  key: text('key').notNull(),
  number: integer('number').notNull(),
  productSlug: text('product_slug').notNull(),
  version: text('version').notNull(),
  relation: text('relation', { enum: ['affected', 'may-be-affected'] }).notNull(),
  note: text('note'),
}, (t) => [
  primaryKey({ columns: [t.key, t.productSlug, t.version] }),
  index('article_products_product_idx').on(t.productSlug, t.version),
]);

export const errorCodes = sqliteTable('error_codes', {
  key: text('key').notNull(),
  number: integer('number').notNull(),
  code: text('code').notNull(),
}, (t) => [primaryKey({ columns: [t.key, t.code] }), index('error_codes_code_idx').on(t.code)]);

export const logExcerpts = sqliteTable('log_excerpts', {
  key: text('key').notNull(),
  logId: text('log_id').notNull(),
  source: text('source').notNull(),
  path: text('path').notNull(),
  phase: text('phase'),
  text: text('text').notNull(),
}, (t) => [primaryKey({ columns: [t.key, t.logId] })]);

export const labels = sqliteTable('labels', {
  key: text('key').notNull(),
  number: integer('number').notNull(),
  label: text('label').notNull(),
  kind: text('kind', { enum: ['label', 'keyword'] }).notNull(),
}, (t) => [primaryKey({ columns: [t.key, t.kind, t.label] }), index('labels_label_idx').on(t.label)]);
