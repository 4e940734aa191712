import { KbError } from '../kb/errors.ts';
import type { Article, ResolutionPath, Step } from '../kb/model/article.ts';

/** An alternative a path names: another path, the workaround, or a section by its anchor. */
export interface Alternative {
  id: string;
  kind: string;
  title: string;
  intro: string;
  steps: Step[];
}

type ArticleParts = Pick<Article, 'id' | 'resolutions' | 'workaround' | 'sections' | 'products'>;

/** "3.0 SP1", "3.0sp1" and " 3.0 sp1 " name the same version. */
const sameVersion = (a: string, b: string) => a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();

function alternative(a: ArticleParts, id: string): Alternative {
  const path = a.resolutions.find((r) => r.id === id);
  if (path) return { id, kind: 'resolution-path', title: path.title, intro: path.intro, steps: path.steps };
  const section = a.sections.find((s) => s.anchor === id);
  if (section?.kind === 'workaround' && a.workaround) return { id, kind: 'workaround', ...a.workaround };
  return { id, kind: section?.kind ?? 'section', title: section?.title ?? id, intro: '', steps: [] };
}

function noPathMessage(a: ArticleParts, product: string, version: string): string {
  const valid = a.resolutions.map((r) => `${r.appliesTo.product} ${r.appliesTo.versions.map((v) => `"${v}"`).join(', ')} (${r.id})`);
  const listed = a.products.find((p) => p.slug === product && p.versions.some((v) => sameVersion(v, version)));
  const why = listed
    ? `${a.id} lists ${product} ${version} as ${listed.relation}${listed.note ? ` (${listed.note})` : ''} but gives it no resolution path of its own.`
    : `${a.id} has no resolution path for ${product} ${version}.`;
  const next = valid.length
    ? ` Valid product/version pairs: ${valid.join('; ')}. Call get_resolution_path with one of them, or get_article with sections ["workaround"].`
    : ' The article has no per-version paths; read its resolution with get_article sections ["resolution","workaround"].';
  return why + next;
}

/** The resolution path whose appliesTo names the product and version, with its alternatives resolved. */
export function resolutionFor(a: ArticleParts, product: string, version: string): { path: ResolutionPath; alternatives: Alternative[] } {
  const path = a.resolutions.find((r) => r.appliesTo.product === product && r.appliesTo.versions.some((v) => sameVersion(v, version)));
  if (!path) {
    const validPaths = a.resolutions.map((r) => ({ id: r.id, ...r.appliesTo }));
    throw new KbError('not_found', noPathMessage(a, product, version), { validPaths });
  }
  return { path, alternatives: path.alternatives.map((id) => alternative(a, id)) };
}

/** Numbered steps with their sub-steps, as compact markdown. */
export function stepsText(steps: readonly Step[]): string {
  return steps.map((s, i) => [`${i + 1}. ${s.text}`, ...s.substeps.map((sub) => `   - ${sub}`)].join('\n')).join('\n');
}
