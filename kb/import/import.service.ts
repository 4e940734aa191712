import type { Article } from '../model/article.ts';
import { LOCALES } from '../model/front-matter.schema.ts';
import type { KbDatabase, Orm, Statement } from '../db/database.ts';
import { InvalidArticleError, type ValidationIssue } from '../errors.ts';
import { parseArticle } from '../parse/article.parser.ts';
import { createArticleStore } from '../store/article.store.ts';
import { translationKey, writeTranslation } from '../store/translation.writes.ts';
import { sha256Hex } from '../util/hash.ts';

/** An article file as read by an adapter: its path relative to the articles folder. */
export interface ArticleFile {
  path: string;
  content: string;
}

export interface ParsedFile {
  path: string;
  article: Article;
  hash: string;
}

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Translations in the database with no file on disk: reported, never deleted. */
  missingOnDisk: string[];
}

export type ImportProgress = (done: number, total: number, phase: 'validate' | 'write') => void;

const FILE_NAME = /^(?:.*\/)?(\d+)\/([a-z]{2}-[A-Z]{2})\.md$/;

/** Parses and validates every file; throws InvalidArticleError listing every problem found. */
export async function validateFiles(files: ArticleFile[], onProgress?: ImportProgress): Promise<ParsedFile[]> {
  const issues: ValidationIssue[] = [];
  const parsed: ParsedFile[] = [];
  const hashes: Promise<string>[] = [];
  const seen = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    onProgress?.(i + 1, files.length, 'validate');
    const name = FILE_NAME.exec(file.path);
    if (!name) {
      issues.push({ file: file.path, line: 1, message: `article files are named <number>/<locale>.md with a locale of ${LOCALES.join(', ')}` });
      continue;
    }
    const result = parseArticle(file.content, file.path);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const { article } = result;
    if (String(article.number) !== name[1]) {
      issues.push({ file: file.path, line: 2, field: 'number', message: `is ${article.number} but the folder is ${name[1]}` });
    }
    if (article.locale !== name[2]) {
      issues.push({ file: file.path, line: 2, field: 'locale', message: `is ${article.locale} but the file name says ${name[2]}` });
    }
    const key = translationKey(article.number, article.locale);
    const first = seen.get(key);
    if (first) {
      issues.push({ file: file.path, line: 1, field: 'locale', message: `duplicate locale: ${article.id} ${article.locale} is also in ${first}` });
    }
    seen.set(key, file.path);
    parsed.push({ path: file.path, article, hash: '' });
    hashes.push(sha256Hex(file.content));
  }
  if (issues.length > 0) throw new InvalidArticleError(issues);
  // Hashed together: WebCrypto answers asynchronously, and one await per file costs more than the hash.
  for (const [i, hash] of (await Promise.all(hashes)).entries()) parsed[i]!.hash = hash;
  return parsed;
}

/**
 * What an import would do, given what is stored: the report and the statements to run.
 * Pure, so the D1 loader can plan against a remote database it only reads through wrangler.
 */
export function planImport(
  orm: Orm,
  parsed: ParsedFile[],
  stored: Map<string, { contentHash: string; number: number; locale: string }>,
  lastRevision: Map<string, number>,
  now: string,
): { report: ImportReport; statements: Statement[] } {
  const remaining = new Map(stored);
  const report: ImportReport = { created: [], updated: [], unchanged: [], missingOnDisk: [] };
  const statements: Statement[] = [];
  for (const file of parsed) {
    const key = translationKey(file.article.number, file.article.locale);
    const label = `${file.article.id} ${file.article.locale}`;
    const current = remaining.get(key);
    remaining.delete(key);
    if (current?.contentHash === file.hash) {
      report.unchanged.push(label);
      continue;
    }
    (current ? report.updated : report.created).push(label);
    const next = { n: (lastRevision.get(key) ?? 0) + 1, action: current ? 'update' : 'create' } as const;
    statements.push(...writeTranslation(orm, file.article, file.hash, next, 'import', now));
  }
  report.missingOnDisk = [...remaining.values()].map((s) => `KB${s.number} ${s.locale}`);
  return { report, statements };
}

/**
 * Brings the database in line with the files, all or nothing: unchanged files do nothing,
 * changed ones become a new revision, and one invalid file leaves the database untouched.
 */
export async function importFiles(db: KbDatabase, files: ArticleFile[], opts: { onProgress?: ImportProgress; now?: string } = {}): Promise<ImportReport> {
  const parsed = await validateFiles(files, opts.onProgress);
  const store = createArticleStore(db);
  const stored = new Map((await store.listStored()).map((s) => [s.key, s]));
  const now = opts.now ?? new Date().toISOString();
  const keys = parsed.map((f) => translationKey(f.article.number, f.article.locale));
  const { report, statements } = planImport(db.orm, parsed, stored, await store.lastRevisions(keys), now);
  if (statements.length > 0) await db.writeAtomic(statements);
  opts.onProgress?.(parsed.length, parsed.length, 'write');
  return report;
}
