import { resolve } from 'node:path';
import { importFiles, validateFiles } from '../../kb/import/import.service.ts';
import { InvalidArticleError, KbError, formatIssue } from '../../kb/errors.ts';
import { readArticleFiles } from '../article-files.ts';
import { openDatabase } from '../database.ts';
import { BUNDLED_ARTICLES_DIR, DEFAULT_DATABASE } from '../paths.ts';
import { terminalProgress } from '../progress.ts';

function reportInvalid(err: unknown): number {
  if (err instanceof KbError && !(err instanceof InvalidArticleError)) {
    console.error(`${err.message} Nothing was written.`);
    return 1;
  }
  if (!(err instanceof InvalidArticleError)) throw err;
  for (const issue of err.issues) console.error(formatIssue(issue));
  console.error(`${err.issues.length} problem(s); nothing was written.`);
  return 1;
}

/** `kbdesk validate [dir]`: checks every article file, writes nothing. */
export async function validateCommand(args: string[]): Promise<number> {
  const dir = resolve(args[0] ?? BUNDLED_ARTICLES_DIR);
  try {
    const files = await readArticleFiles(dir);
    await validateFiles(files, terminalProgress());
    console.log(`${files.length} article file(s) in ${dir} are valid.`);
    return 0;
  } catch (err) {
    return reportInvalid(err);
  }
}

/** `kbdesk import [dir]`: validates, then writes all changes in one transaction. */
export async function importCommand(args: string[]): Promise<number> {
  const dir = resolve(args[0] ?? BUNDLED_ARTICLES_DIR);
  const db = openDatabase(process.env.KB_DATABASE || DEFAULT_DATABASE);
  try {
    const report = await importFiles(db, await readArticleFiles(dir), { onProgress: terminalProgress() });
    console.log(`created ${report.created.length}, updated ${report.updated.length}, unchanged ${report.unchanged.length}`);
    for (const label of report.created) console.log(`  + ${label}`);
    for (const label of report.updated) console.log(`  ~ ${label}`);
    for (const label of report.missingOnDisk) console.log(`  ! ${label} is in the database but has no file; left as is`);
    return 0;
  } catch (err) {
    return reportInvalid(err);
  } finally {
    db.close();
  }
}
