import type { ArticleFile } from '../../kb/import/import.service.ts';
import { articleSource } from './articles.ts';

/** The bundled KB954960 files as the importer receives them. */
export function kb954960Files(): ArticleFile[] {
  return ['en-US', 'pl-PL'].map((locale) => ({ path: `954960/${locale}.md`, content: articleSource(954960, locale) }));
}

/** A copy of the English article under another number, for multi-article imports. */
export function copyAs(number: number, title = `Copy ${number}`): ArticleFile {
  const content = articleSource(954960, 'en-US')
    .replace('number: 954960', `number: ${number}`)
    .replace(/^title: .*$/m, `title: ${title}`);
  return { path: `${number}/en-US.md`, content };
}
