import type { Article } from '../model/article.ts';

/**
 * The text of a translation as the search index sees it, one field per weighted column. The
 * word index (`articles_fts`) gets each field; the substring index (`articles_trigram`) gets the
 * title and the rest joined. Fields are plain text, not markdown, because search snippets are
 * cut from them and shown to people.
 */
export interface SearchFields {
  title: string;
  summary: string;
  symptoms: string;
  body: string;
  codes: string;
}

export function searchFields(article: Article): SearchFields {
  // A level-2 section's markdown already contains its level-3 subsections; taking only the
  // top level indexes every sentence once, so BM25 term counts stay honest.
  const top = article.sections.filter((s) => s.level <= 2);
  const symptoms = top.filter((s) => s.kind === 'symptoms').map((s) => plainText(s.markdown));
  const rest = top.filter((s) => s.kind !== 'symptoms').map((s) => plainText(`${s.title}\n${s.markdown}`));
  return {
    title: article.title,
    summary: [article.summary, ...article.keywords].join('\n'),
    symptoms: symptoms.join('\n'),
    body: rest.join('\n'),
    codes: searchCodes(article).join('\n'),
  };
}

/**
 * Short exact identifiers, ranked almost as high as the title: what support staff paste from
 * a ticket (error code, update GUID, KB number, file name and version) and product names.
 */
function searchCodes(article: Article): string[] {
  const v = article.verification;
  return [
    article.id,
    String(article.number),
    ...article.errorCodes,
    ...article.updateIds.map((u) => u.id),
    ...article.labels,
    ...article.products.map((p) => `${p.slug} ${p.name} ${p.versions.join(' ')}`),
    ...article.products.map((p) => productMarker(p.slug)),
    ...accessMarkers(article),
    ...(v ? [v.file, v.goodVersion, ...(v.badVersion ? [v.badVersion] : [])] : []),
    ...article.logs.map((l) => l.path.split(/[\\/]/).pop() ?? l.path),
    ...article.commands,
  ];
}

/**
 * `ϙ wsus ϙ`: a product filter the index answers inside the MATCH (kb/search), so filtering
 * never reads rows one by one. Koppa is a letter nobody types, so the marker cannot collide with
 * article text, and the closing one keeps `windows` from matching `windows-client`.
 */
export function productMarker(slug: string): string {
  return `ϙ ${slug} ϙ`;
}

/** `ϙ state-published ϙ`, `ϙ visibility-public ϙ`: who may find a translation, filtered like products. */
export function accessMarker(field: 'state' | 'visibility', value: string): string {
  return productMarker(`${field}-${value}`);
}

export function accessMarkers(article: Pick<Article, 'state' | 'visibility'>): string[] {
  return [accessMarker('state', article.state), accessMarker('visibility', article.visibility)];
}

/**
 * Markdown → readable plain text: formatting marks, heading anchors, list and quote markers and
 * fence lines go; log lines, inline code and link texts stay, since people search for them.
 */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*(```|~~~)/.test(line))
    .map((line) => line
      .replace(/\s*\{#[\w-]+\}\s*$/, '')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^(\s*>)+\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|`/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
