import { articleId, type Article } from '../model/article.ts';
import { LOCALES } from '../model/front-matter.schema.ts';
import type { KbDatabase, Orm, Statement } from '../db/database.ts';
import { InvalidArticleError, type ValidationIssue } from '../errors.ts';
import { parseArticle, type ParseResult } from '../parse/article.parser.ts';
import { createArticleStore } from '../store/article.store.ts';
import { searchRowid } from '../store/search-rowid.ts';
import { translationKey, writeTranslation } from '../store/translation.writes.ts';
import { sha256Hex } from '../util/hash.ts';

/** An article file as read by an adapter: its path relative to the articles folder. */
export interface ArticleFile {
  path: string;
  content: string;
}

/** A file with the SHA-256 of its content, which is what a translation's content hash is. */
export interface HashedFile extends ArticleFile {
  hash: string;
}

/** A valid file and what it holds. */
export interface ParsedFile<F extends ArticleFile = ArticleFile> {
  file: F;
  /** `number:locale`, as translationKey writes it. */
  key: string;
  article: Article;
}

/** What is stored per translation key: enough to tell a file unchanged, and to report what has no file. */
export type StoredHashes = Map<string, { contentHash: string; number: number; locale: string }>;

/** The files an import must parse and write, and the keys of those it may skip. */
export interface CheckedFiles {
  /** In the order they are to be written (see writeOrder). */
  changed: HashedFile[];
  /** The translation keys the changed files' paths name: whose last revision numbers planning needs. */
  changedKeys: string[];
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

/**
 * Parses files in order, one result per file, each asked for only after the one before it. The
 * default parses a file when it is asked for; an adapter may parse ahead on another thread
 * (node/parse-ahead.ts), so an import writes one article while the next is parsed.
 */
export type ArticleParser = (files: readonly ArticleFile[]) => Iterable<ParseResult>;

export const parseInPlace: ArticleParser = function* (files) {
  for (const file of files) yield parseArticle(file.content, file.path);
};

/** `validate`: files checked by validateFiles; `import`: files parsed and written by an import. */
export type ImportProgress = (done: number, total: number, phase: 'validate' | 'import') => void;

export interface ParseOptions {
  onProgress?: ImportProgress;
  /** How files are parsed (default parseInPlace). */
  parser?: ArticleParser;
}

const FILE_NAME = /^(?:.*\/)?(\d+)\/([a-z]{2}-[A-Z]{2})\.md$/;

/** The translation key a file's path names, if the path is a valid article file name. */
function pathKey(path: string): string | undefined {
  const name = FILE_NAME.exec(path);
  return name ? translationKey(Number(name[1]), name[2]!) : undefined;
}

/**
 * Where a file goes in the write. FTS5 flushes its buffered index data to a new segment whenever
 * a row's rowid is below the one written before it; a folder lists an article's en-US before its
 * pl-PL (rowids n·16+2, n·16+1), which made every article a flush and the FTS inserts 1.7× slower.
 * Files in search-rowid order flush only when the buffer is full; a misnamed file goes last.
 */
function writeOrder(path: string): number {
  const name = FILE_NAME.exec(path);
  return name ? searchRowid(Number(name[1]), name[2]!) : Number.MAX_SAFE_INTEGER;
}

/** WebCrypto answers asynchronously, and one await per file costs more than the hash: hashed together. */
async function hashAll(files: ArticleFile[]): Promise<HashedFile[]> {
  const hashes = await Promise.all(files.map((f) => sha256Hex(f.content)));
  return files.map((f, i) => ({ ...f, hash: hashes[i]! }));
}

/**
 * Parses and validates every file, keeping none of the articles (so a folder of any size fits
 * in memory); throws InvalidArticleError listing every problem found.
 */
export async function validateFiles(files: ArticleFile[], { onProgress }: Pick<ParseOptions, 'onProgress'> = {}): Promise<void> {
  for (const _ of parseFiles(files, parseInPlace, (done, total) => onProgress?.(done, total, 'validate')));
}

/**
 * Parses `files` one at a time, as they are asked for. Problems are collected rather than
 * thrown, so every file is checked; once all are parsed, InvalidArticleError lists them.
 */
function* parseFiles<F extends ArticleFile>(files: F[], parser: ArticleParser, onProgress?: (done: number, total: number) => void): Generator<ParsedFile<F>> {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, string>();
  const results = parser(files)[Symbol.iterator]();
  try {
    for (const [i, file] of files.entries()) {
      const result = results.next().value!;
      onProgress?.(i + 1, files.length);
      const name = FILE_NAME.exec(file.path);
      if (!name) {
        issues.push({ file: file.path, line: 1, message: `article files are named <number>/<locale>.md with a locale of ${LOCALES.join(', ')}` });
        continue;
      }
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
      if (issues.length === 0) yield { file, key, article };
    }
  } finally {
    // Stops a parser that reads ahead when the write gives up early.
    results.return?.();
  }
  if (issues.length > 0) throw new InvalidArticleError(issues);
}

/**
 * Sorts out what an import must do against `stored`: a file whose content hashes to what is
 * stored under the key its path names is unchanged, and is not parsed again (it was valid when
 * stored, and parsing is most of an import's time), so syncing a large folder in which a few
 * files changed costs a hash per file. Every other file is parsed when planned. Files whose path
 * names the same key as another are never skipped, so parsing reports the duplicate.
 */
export async function checkFiles(files: ArticleFile[], stored: StoredHashes): Promise<CheckedFiles> {
  const hashed = await hashAll(files);
  const keys = hashed.map((f) => pathKey(f.path));
  const uses = new Map<string, number>();
  for (const key of keys) if (key) uses.set(key, (uses.get(key) ?? 0) + 1);
  const checked: CheckedFiles = { changed: [], changedKeys: [], unchanged: [] };
  for (const [i, file] of hashed.entries()) {
    const key = keys[i];
    if (key && uses.get(key) === 1 && stored.get(key)?.contentHash === file.hash) checked.unchanged.push(key);
    else {
      checked.changed.push(file);
      if (key) checked.changedKeys.push(key);
    }
  }
  // Stable, so two files naming one key keep their order and the duplicate is reported as before.
  const order = new Map(checked.changed.map((f) => [f, writeOrder(f.path)]));
  checked.changed.sort((a, b) => order.get(a)! - order.get(b)!);
  return checked;
}

/**
 * The statements an import runs, given what is stored, filling `report` as it goes. A generator,
 * so each changed file is parsed just before its statements are needed and no more than one
 * article is held at a time; it throws InvalidArticleError after the last file when any was
 * invalid, which makes writeAtomic undo everything. The D1 loader collects it into one SQL file.
 */
export function* planImport(
  orm: Orm,
  files: CheckedFiles,
  stored: StoredHashes,
  lastRevision: Map<string, number>,
  now: string,
  report: ImportReport,
  { onProgress, parser = parseInPlace }: ParseOptions = {},
): Generator<Statement> {
  const remaining = new Map(stored);
  for (const key of files.unchanged) {
    const s = remaining.get(key)!;
    remaining.delete(key);
    report.unchanged.push(`${articleId(s.number)} ${s.locale}`);
  }
  for (const { file, key, article } of parseFiles(files.changed, parser, (done, total) => onProgress?.(done, total, 'import'))) {
    // checkFiles left out every file whose key holds this content, so this one is new or changed.
    const current = remaining.get(key);
    remaining.delete(key);
    (current ? report.updated : report.created).push(`${article.id} ${article.locale}`);
    const next = { n: (lastRevision.get(key) ?? 0) + 1, action: current ? 'update' : 'create' } as const;
    yield* writeTranslation(orm, article, file.hash, next, 'import', now);
  }
  report.missingOnDisk = [...remaining.values()].map((s) => `${articleId(s.number)} ${s.locale}`);
}

/** A report for planImport to fill. */
export function emptyReport(): ImportReport {
  return { created: [], updated: [], unchanged: [], missingOnDisk: [] };
}

/**
 * Brings the database in line with the files, all or nothing: unchanged files do nothing (and
 * are not parsed, see checkFiles), changed ones become a new revision, and one invalid file
 * leaves the database untouched. Files are parsed inside the write, one at a time (or a few
 * ahead, by `opts.parser`), so memory holds the files' text but never every parsed article and
 * statement at once.
 */
export async function importFiles(db: KbDatabase, files: ArticleFile[], opts: ParseOptions & { now?: string } = {}): Promise<ImportReport> {
  const store = createArticleStore(db);
  const stored: StoredHashes = new Map((await store.listStored()).map((s) => [s.key, s]));
  const checked = await checkFiles(files, stored);
  const lastRevision = await store.lastRevisions(checked.changedKeys);
  const report = emptyReport();
  await db.writeAtomic(planImport(db.orm, checked, stored, lastRevision, opts.now ?? new Date().toISOString(), report, opts));
  return report;
}
