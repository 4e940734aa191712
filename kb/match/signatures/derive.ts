import type { LogExcerpt } from '../../model/article.ts';
import { errorCodeForms } from '../codes.ts';
import type { MatchableArticle } from '../types.ts';
import { excerptEntries, type ExcerptEntry } from './excerpt.ts';
import { maskMessage } from './mask.ts';
import { parsePattern } from './pattern.ts';
import type { RuleDef, SignatureDef } from './signature.ts';
import { isFrameworkFrame, weighLine, WEIGHTS } from './weights.ts';

/** Key lines of one excerpt must show up within this many lines, or twice the excerpt's length. */
const MIN_RULE_WINDOW = 10;

/**
 * Every signature and rule of one article: derived from its log excerpts, written in its
 * front matter, and one weak signature per spelling of each of its error codes.
 */
export function deriveSignatures(article: MatchableArticle): { signatures: SignatureDef[]; rules: RuleDef[] } {
  const signatures: SignatureDef[] = [];
  const rules: RuleDef[] = [];
  const seen = new Set<string>();
  const add = (sig: SignatureDef) => {
    const key = sig.fragments.join('\u0000').toLowerCase() + '\u0001' + sig.source;
    if (sig.fragments.length === 0 || seen.has(key)) return;
    seen.add(key);
    signatures.push(sig);
  };
  for (const excerpt of article.logs) {
    const before = signatures.length;
    fromExcerpt(article.id, excerpt).forEach(add);
    const rule = excerptRule(article.id, excerpt, signatures.slice(before));
    if (rule) rules.push(rule);
  }
  for (const s of article.signatures) {
    add({
      id: `${article.id}:${s.id}`, articleId: article.id, fragments: parsePattern(s.pattern), source: s.source,
      weight: s.weight, decisive: s.decisive, origin: 'front-matter', kind: 'explicit', group: `${article.id}:${s.id}`,
    });
  }
  for (const code of article.errorCodes) fromErrorCode(article.id, code).forEach(add);
  return { signatures, rules };
}

function fromExcerpt(articleId: string, excerpt: LogExcerpt): SignatureDef[] {
  const group = `${articleId}:${excerpt.id}`;
  const base = { articleId, source: excerpt.source, origin: 'excerpt' as const, excerpt: group, decisive: false };
  const out: SignatureDef[] = [];
  for (const entry of excerptEntries(excerpt)) {
    const { fragments, captureAfter } = maskMessage(entry.message);
    const { kind, weight } = weighLine(entry.message, fragments);
    const id = `${group}:L${entry.index + 1}`;
    // Zero-weight lines are dropped, unless they carry the fault ID that links client and server logs.
    if (weight > 0 || captureAfter !== undefined) {
      out.push({ ...base, id, group: id, fragments, kind, weight, ...(captureAfter === undefined ? {} : { captureAfter }) });
    }
    out.push(...fromFrames(base, id, entry, kind === 'exception' ? fragments : undefined));
  }
  return out;
}

/**
 * Application frames weigh a little alone, and count once per entry: one call path shows up in
 * every failure along it. With the exception above them they are decisive.
 */
function fromFrames(
  base: Omit<SignatureDef, 'id' | 'group' | 'fragments' | 'kind' | 'weight'>,
  entryId: string,
  entry: ExcerptEntry,
  exception: string[] | undefined,
): SignatureDef[] {
  const appFrames = entry.frames.filter((f) => !isFrameworkFrame(f.name));
  const out: SignatureDef[] = appFrames.map((f) => {
    const id = `${entryId}:frame${f.index + 1}`;
    return { ...base, id, group: `${entryId}:frames`, fragments: [f.name], kind: 'frame' as const, weight: WEIGHTS.applicationFrame };
  });
  const innermost = appFrames[0];
  if (exception && exception.length > 0 && innermost) {
    const id = `${entryId}+frame${innermost.index + 1}`;
    out.push({ ...base, id, group: id, fragments: [...exception, innermost.name], kind: 'composite', weight: WEIGHTS.composite, decisive: true });
  }
  return out;
}

function excerptRule(articleId: string, excerpt: LogExcerpt, signatures: SignatureDef[]): RuleDef | undefined {
  const key = signatures.filter((s) => (s.kind === 'line' || s.kind === 'exception') && s.weight >= WEIGHTS.plain);
  if (key.length < 2) return undefined;
  return {
    id: `${articleId}:${excerpt.id}:together`,
    articleId,
    description: `the ${key.length} key lines of the article's ${excerpt.source} log excerpt "${excerpt.id}" appear together`,
    members: key.map((s) => s.id),
    window: Math.max(MIN_RULE_WINDOW, 2 * excerpt.lines.length),
    weight: WEIGHTS.rule,
  };
}

/** One signature per spelling; they share a group so the code counts once. */
function fromErrorCode(articleId: string, code: string): SignatureDef[] {
  const normal = code.toUpperCase().replace('0X', '0x');
  const forms = errorCodeForms(normal);
  const group = `${articleId}:code:${normal}`;
  return [forms.hex, forms.signed, forms.unsigned].map((form, i) => ({
    id: `${group}:${['hex', 'signed', 'unsigned'][i]}`, articleId, fragments: [form], source: 'any' as const,
    weight: WEIGHTS.errorCodeOnly, decisive: false, origin: 'error-code' as const, kind: 'code' as const, group,
  }));
}
