import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
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
