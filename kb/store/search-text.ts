import type { Article } from '../model/article.ts';

/** The text of a translation as the search index sees it, one field per weighted column. */
export interface SearchFields {
  title: string;
  summary: string;
  symptoms: string;
  body: string;
  codes: string;
}

export function searchFields(article: Article): SearchFields {
  const symptoms = article.sections.filter((s) => s.kind === 'symptoms').map((s) => s.markdown);
  const rest = article.sections.filter((s) => s.kind !== 'symptoms').map((s) => `${s.title}\n${s.markdown}`);
  return {
    title: article.title,
    summary: [article.summary, ...article.keywords].join('\n'),
    symptoms: symptoms.join('\n'),
    body: rest.join('\n'),
    codes: [
      article.id,
      String(article.number),
      ...article.errorCodes,
      ...article.updateIds.map((u) => u.id),
      ...article.labels,
      ...article.products.map((p) => `${p.name} ${p.versions.join(' ')}`),
    ].join('\n'),
  };
}
