import { articleId, type Article } from '../model/article.ts';
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
  /** `number:locale`, as translationKey writes it. */
  key: string;
  article: Article;
  hash: string;
}

/** What is stored per translation key: enough to tell a file unchanged, and to report what has no file. */
export type StoredHashes = Map<string, { contentHash: string; number: number; locale: string }>;

/** The files an import must write (parsed and valid) and the keys of those it may skip. */
export interface CheckedFiles {
  parsed: ParsedFile[];
  /** Keys of files whose content is exactly what is stored under the key their path names. */
  unchanged: string[];
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

/** The translation key a file's path names, if the path is a valid article file name. */
function pathKey(path: string): string | undefined {
  const name = FILE_NAME.exec(path);
  return name ? translationKey(Number(name[1]), name[2]!) : undefined;
}

/** Parses and validates every file; throws InvalidArticleError listing every problem found. */
export async function validateFiles(files: ArticleFile[], onProgress?: ImportProgress): Promise<ParsedFile[]> {
  // Hashed together: WebCrypto answers asynchronously, and one await per file costs more than the hash.
  return parseFiles(files, await Promise.all(files.map((f) => sha256Hex(f.content))), onProgress);
}

/**
 * Sorts out what an import must do against `stored`: a file whose content hashes to what is
 * stored under the key its path names is unchanged, and is not parsed again (it was valid when
 * stored, and parsing is most of an import's time), so syncing a large folder in which a few
 * files changed costs a hash per file. Every other file is validated as by validateFiles. Files
 * whose path names the same key as another are always validated, which reports the duplicate.
 */
export async function checkFiles(files: ArticleFile[], stored: StoredHashes, onProgress?: ImportProgress): Promise<CheckedFiles> {
  const hashes = await Promise.all(files.map((f) => sha256Hex(f.content)));
  const keys = files.map((f) => pathKey(f.path));
  const uses = new Map<string, number>();
  for (const key of keys) if (key) uses.set(key, (uses.get(key) ?? 0) + 1);
  const unchanged: string[] = [];
  const changed: ArticleFile[] = [];
  const changedHashes: string[] = [];
  for (const [i, file] of files.entries()) {
    const key = keys[i];
    if (key && uses.get(key) === 1 && stored.get(key)?.contentHash === hashes[i]) unchanged.push(key);
    else {
      changed.push(file);
      changedHashes.push(hashes[i]!);
    }
  }
  return { parsed: await parseFiles(changed, changedHashes, onProgress), unchanged };
}

async function parseFiles(files: ArticleFile[], hashes: string[], onProgress?: ImportProgress): Promise<ParsedFile[]> {
  const issues: ValidationIssue[] = [];
  const parsed: ParsedFile[] = [];
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
    parsed.push({ path: file.path, key, article, hash: hashes[i]! });
  }
  if (issues.length > 0) throw new InvalidArticleError(issues);
  return parsed;
}

/**
 * What an import would do, given what is stored: the report and the statements to run.
 * Pure, so the D1 loader can plan against a remote database it only reads through wrangler.
 */
export function planImport(
  orm: Orm,
  files: CheckedFiles,
  stored: StoredHashes,
  lastRevision: Map<string, number>,
  now: string,
): { report: ImportReport; statements: Statement[] } {
  const remaining = new Map(stored);
  const report: ImportReport = { created: [], updated: [], unchanged: [], missingOnDisk: [] };
  const statements: Statement[] = [];
  for (const key of files.unchanged) {
    const s = remaining.get(key)!;
    remaining.delete(key);
    report.unchanged.push(`${articleId(s.number)} ${s.locale}`);
  }
  for (const file of files.parsed) {
    const label = `${file.article.id} ${file.article.locale}`;
    const current = remaining.get(file.key);
    remaining.delete(file.key);
    if (current?.contentHash === file.hash) {
      report.unchanged.push(label);
      continue;
    }
    (current ? report.updated : report.created).push(label);
    const next = { n: (lastRevision.get(file.key) ?? 0) + 1, action: current ? 'update' : 'create' } as const;
    statements.push(...writeTranslation(orm, file.article, file.hash, next, 'import', now));
  }
  report.missingOnDisk = [...remaining.values()].map((s) => `${articleId(s.number)} ${s.locale}`);
  return { report, statements };
}

/**
 * Brings the database in line with the files, all or nothing: unchanged files do nothing (and
 * are not parsed, see checkFiles), changed ones become a new revision, and one invalid file
 * leaves the database untouched.
 */
export async function importFiles(db: KbDatabase, files: ArticleFile[], opts: { onProgress?: ImportProgress; now?: string } = {}): Promise<ImportReport> {
  const store = createArticleStore(db);
  const stored: StoredHashes = new Map((await store.listStored()).map((s) => [s.key, s]));
  const checked = await checkFiles(files, stored, opts.onProgress);
  const now = opts.now ?? new Date().toISOString();
  const { report, statements } = planImport(db.orm, checked, stored, await store.lastRevisions(checked.parsed.map((f) => f.key)), now);
  if (statements.length > 0) await db.writeAtomic(statements);
  opts.onProgress?.(checked.parsed.length, checked.parsed.length, 'write');
  return report;
}
