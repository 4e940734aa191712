import type { Article } from '../model/article.ts';
import type { Orm, Statement } from '../db/database.ts';
import { articleProducts, articles, errorCodes, labels, logExcerpts, products, revisions, translations } from '../db/schema.ts';
import { searchFields } from './search-text.ts';
import { searchRowid } from './search-rowid.ts';
import { publicView } from '../access/public-source.ts';
import { deleteWhere, insertRow } from './statement-shapes.ts';

export type Origin = 'import' | 'api';

export function translationKey(number: number, locale: string): string {
  return `${number}:${locale}`;
}

/** Everything derived from a translation is deleted, then written again from the new article. */
function clearDerived(orm: Orm, key: string, rowid: number): Statement[] {
  return [
    deleteWhere(orm, articleProducts, articleProducts.key, key),
    deleteWhere(orm, errorCodes, errorCodes.key, key),
    deleteWhere(orm, logExcerpts, logExcerpts.key, key),
    deleteWhere(orm, labels, labels.key, key),
    { sql: 'DELETE FROM articles_fts WHERE rowid = ?', params: [rowid] },
    { sql: 'DELETE FROM articles_trigram WHERE rowid = ?', params: [rowid] },
  ];
}

/** A translation's next revision, and whether it creates the translation (also after a deletion) or changes it. */
export interface NextRevision {
  n: number;
  action: 'create' | 'update';
}

/** The statements that make `article` the current revision `n` of its translation. */
export function writeTranslation(orm: Orm, article: Article, hash: string, { n, action }: NextRevision, origin: Origin, now: string): Statement[] {
  const key = translationKey(article.number, article.locale);
  const rowid = searchRowid(article.number, article.locale);
  const { source, ...document } = article;
  const row = {
    key, number: article.number, locale: article.locale, title: article.title, summary: article.summary,
    sourceRevision: article.revision, lastReviewed: article.lastReviewed, contentHash: hash, revision: n,
    document: JSON.stringify(document), source, updatedAt: now, state: article.state, visibility: article.visibility,
  };
  const out: Statement[] = [
    insertRow(orm, articles, { number: article.number, id: article.id }, { ignoreConflict: true }),
    // Delete then insert rather than upsert: an upsert repeats the row, and D1 caps SQL text at 100 KB.
    deleteWhere(orm, translations, translations.key, key),
    insertRow(orm, translations, row),
    {
      ...insertRow(orm, revisions, {
        key, number: article.number, locale: article.locale, n, contentHash: hash, source, origin,
        action, createdAt: now,
      }),
      addsRevision: true,
    },
    ...clearDerived(orm, key, rowid),
  ];
  for (const p of article.products) {
    out.push(insertRow(orm, products, { slug: p.slug, name: p.name }, { ignoreConflict: true }));
    for (const version of new Set(p.versions)) {
      out.push(insertRow(orm, articleProducts, {
        key, number: article.number, productSlug: p.slug, version, relation: p.relation, note: p.note ?? null,
      }));
    }
  }
  for (const [position, code] of [...new Set(article.errorCodes.map((c) => c.toUpperCase().replace('0X', '0x')))].entries()) {
    out.push(insertRow(orm, errorCodes, { key, number: article.number, code, position }));
  }
  for (const log of article.logs) {
    out.push(insertRow(orm, logExcerpts, {
      key, logId: log.id, source: log.source, path: log.path, phase: log.phase ?? null, text: log.lines.join('\n'),
    }));
  }
  const tags = [
    ...[...new Set(article.labels)].map((label) => ({ label, kind: 'label' as const })),
    ...[...new Set(article.keywords)].map((label) => ({ label, kind: 'keyword' as const })),
  ];
  for (const t of tags) out.push(insertRow(orm, labels, { key, number: article.number, ...t }));
  // Search shows snippets to anyone it lets find the article: index what the public may read.
  const f = searchFields(publicView(article));
  out.push({
    sql: 'INSERT INTO articles_fts (rowid, key, locale, title, summary, symptoms, body, codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    params: [rowid, key, article.locale, f.title, f.summary, f.symptoms, f.body, f.codes],
  });
  out.push({
    sql: 'INSERT INTO articles_trigram (rowid, key, locale, title, body) VALUES (?, ?, ?, ?, ?)',
    params: [rowid, key, article.locale, f.title, [f.summary, f.symptoms, f.body, f.codes].join('\n')],
  });
  return out;
}

/** Removes a translation (its history stays), recording the deletion as revision `n`. */
export function deleteTranslation(orm: Orm, number: number, locale: string, n: number, origin: Origin, now: string): Statement[] {
  const key = translationKey(number, locale);
  return [
    ...clearDerived(orm, key, searchRowid(number, locale)),
    deleteWhere(orm, translations, translations.key, key),
    { ...insertRow(orm, revisions, { key, number, locale, n, contentHash: null, source: null, origin, action: 'delete', createdAt: now }), addsRevision: true },
    // The article row goes with its last translation, so lists never show empty articles.
    {
      sql: 'DELETE FROM articles WHERE number = ? AND NOT EXISTS (SELECT 1 FROM translations WHERE number = ?)',
      params: [number, number],
    },
  ];
}

