import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_ARTICLES_DIR } from '../../node/paths.ts';
import { parseArticle } from '../../kb/parse/article.parser.ts';
import type { Article } from '../../kb/model/article.ts';

export function articleSource(number: number, locale: string): string {
  return readFileSync(join(BUNDLED_ARTICLES_DIR, String(number), `${locale}.md`), 'utf8');
}

/** Parses a bundled article, failing loudly with its issues if it does not validate. */
export function bundledArticle(number: number, locale: string): Article {
  const result = parseArticle(articleSource(number, locale), `${number}/${locale}.md`);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.article;
}
