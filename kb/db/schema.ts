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
  state: text('state', { enum: ['draft', 'published', 'archived'] }).notNull().default('published'),
  visibility: text('visibility', { enum: ['public', 'internal'] }).notNull().default('public'),
}, (t) => [
  // Covers listStored (every import plans against it): reading these columns from the table
  // itself would load each row's document and source, about 15 KB a translation.
  index('translations_number_idx').on(t.number, t.locale, t.contentHash, t.revision, t.updatedAt),
]);

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
  /** Where the article lists the code: 0 is its main code. */
  position: integer('position').notNull().default(0),
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

/** API keys: only a SHA-256 of the key is kept; the key itself is shown once, at creation. */
export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ['reader', 'agent', 'editor', 'admin'] }).notNull(),
  hash: text('hash').notNull().unique(),
  prefix: text('prefix').notNull(),
  createdAt: text('created_at').notNull(),
  revokedAt: text('revoked_at'),
});

/** Helpful / not helpful, and "resolved with article X", against an article or an answer. */
export const feedback = sqliteTable('feedback', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  targetType: text('target_type', { enum: ['article', 'search', 'match', 'chat', 'triage'] }).notNull(),
  targetId: text('target_id').notNull(),
  number: integer('number'),
  helpful: integer('helpful', { mode: 'boolean' }),
  resolved: integer('resolved', { mode: 'boolean' }).notNull().default(false),
  comment: text('comment'),
  createdAt: text('created_at').notNull(),
}, (t) => [index('feedback_number_idx').on(t.number), index('feedback_target_idx').on(t.targetType, t.targetId)]);

/** What people asked and whether the KB answered; text is redacted before it is stored. */
export const analyticsEvents = sqliteTable('analytics_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['search', 'chat', 'match', 'triage'] }).notNull(),
  text: text('text'),
  results: integer('results').notNull(),
  number: integer('number'),
  outcome: text('outcome', { enum: ['answered', 'unanswered', 'handoff'] }).notNull(),
  conversation: text('conversation'),
  createdAt: text('created_at').notNull(),
}, (t) => [index('analytics_kind_idx').on(t.kind, t.createdAt)]);

/** Lines of logs that matched no article, masked into templates and counted. */
export const logTemplates = sqliteTable('log_templates', {
  hash: text('hash').primaryKey(),
  template: text('template').notNull(),
  source: text('source'),
  count: integer('count').notNull(),
  example: text('example').notNull(),
  firstSeen: text('first_seen').notNull(),
  lastSeen: text('last_seen').notNull(),
});

/** Raw logs, kept only when KB_STORE_RAW_LOGS is on (off by default), and pruned with retention. */
export const rawLogs = sqliteTable('raw_logs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  content: text('content').notNull(),
  createdAt: text('created_at').notNull(),
});
