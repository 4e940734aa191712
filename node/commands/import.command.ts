import { resolve } from 'node:path';
import { importFiles, validateFiles } from '../../kb/import/import.service.ts';
import { InvalidArticleError, formatIssue } from '../../kb/errors.ts';
import { readArticlePaths } from '../article-files.ts';
import { openDatabase } from '../database.ts';
import { parseAhead } from '../parse-ahead.ts';
import { BUNDLED_ARTICLES_DIR, DEFAULT_DATABASE } from '../paths.ts';
import { terminalProgress } from '../progress.ts';

/** Every problem of every invalid file, one per line; other errors go to the command line's handler. */
function reportInvalid(err: unknown): number {
  if (!(err instanceof InvalidArticleError)) throw err;
  for (const issue of err.issues) console.error(formatIssue(issue));
  console.error(`${err.issues.length} problem(s); nothing was written.`);
  return 1;
}

/** The folders and files named on the command line, default kb/articles. */
function articlesFrom(args: string[]) {
  return readArticlePaths(args.length > 0 ? args.map((a) => resolve(a)) : [BUNDLED_ARTICLES_DIR]);
}

/** `kbdesk validate [dir|file ...]`: checks every article file, writes nothing. */
export async function validateCommand(args: string[]): Promise<number> {
  const input = await articlesFrom(args);
  try {
    await validateFiles(input.files, { onProgress: terminalProgress() });
    console.log(`${input.files.length} article file(s) in ${args.length > 0 ? args.join(', ') : BUNDLED_ARTICLES_DIR} are valid.`);
    return 0;
  } catch (err) {
    return reportInvalid(err);
  }
}

/**
 * `kbdesk import [dir|file ...]`: validates, then writes all changes in one transaction. Only a
 * sync of whole folders reports translations that have no file; named files say nothing of the rest.
 */
export async function importCommand(args: string[]): Promise<number> {
  const input = await articlesFrom(args);
  const db = openDatabase(process.env.KB_DATABASE || DEFAULT_DATABASE);
  try {
    const report = await importFiles(db, input.files, { onProgress: terminalProgress(), parser: parseAhead() });
    console.log(`created ${report.created.length}, updated ${report.updated.length}, unchanged ${report.unchanged.length}`);
    for (const label of report.created) console.log(`  + ${label}`);
    for (const label of report.updated) console.log(`  ~ ${label}`);
    if (input.folders) for (const label of report.missingOnDisk) console.log(`  ! ${label} is in the database but has no file; left as is`);
    return 0;
  } catch (err) {
    return reportInvalid(err);
  } finally {
    db.close();
  }
}
