import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { ArticleFile } from '../kb/import/import.service.ts';

/** Every `*.md` below `dir`, with paths relative to it in forward-slash form. */
export async function readArticleFiles(dir: string): Promise<ArticleFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
  return Promise.all(files.map(async (path) => ({
    path: relative(dir, path).split(sep).join('/'),
    content: await readFile(path, 'utf8'),
  })));
}

/** A path given on the command line that names neither an article file nor a folder. */
export class ArticlePathError extends Error {}

/**
 * The article files that `paths` name: each folder's `*.md` files (as readArticleFiles reads
 * them) and single files, named like inside their folder (`954960/en-US.md`). `folders` says
 * whether only folders were named: only then is what has no file worth reporting.
 */
export async function readArticlePaths(paths: string[]): Promise<{ files: ArticleFile[]; folders: boolean }> {
  const files: ArticleFile[] = [];
  let folders = true;
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) files.push(...await readArticleFiles(path));
    else if (info?.isFile()) {
      folders = false;
      files.push({ path: `${basename(dirname(path))}/${basename(path)}`, content: await readFile(path, 'utf8') });
    } else throw new ArticlePathError(`${path}: no such article file or folder`);
  }
  return { files, folders };
}
