import { articleId, type Article, type LogExcerpt, type ResolutionPath, type Section } from '../model/article.ts';
import type { FrontMatter } from '../model/front-matter.schema.ts';
import type { ValidationIssue } from '../errors.ts';
import { parseFrontMatter, splitFrontMatter } from './front-matter.ts';
import { extractBullets, extractIntro, extractSteps, parseBody } from './sections.ts';

export type ParseResult = { ok: true; article: Article } | { ok: false; issues: ValidationIssue[] };

/** Markdown with YAML front matter → a validated, structured article translation. */
export function parseArticle(source: string, file?: string): ParseResult {
  const fail = (issues: ValidationIssue[]): ParseResult => ({ ok: false, issues: issues.map((i) => ({ file, ...i })) });
  const split = splitFrontMatter(source);
  if (!split) return fail([{ line: 1, message: 'the file must start with YAML front matter between two --- lines' }]);
  const fm = parseFrontMatter(split);
  if (!fm.ok) return fail(fm.issues);
  const meta = fm.data;

  const resolutionIds = new Set(meta.resolutions.map((r) => r.id));
  const body = parseBody(split.body, split.bodyLine, resolutionIds);
  const issues = [...body.issues, ...crossCheck(meta, body.sections, body.logBlocks, split.bodyLine)];
  if (issues.length > 0) return fail(issues);

  const { logs: _logs, resolutions: _resolutions, ...rest } = meta;
  const byKind = (kind: Section['kind']) => body.sections.find((s) => s.kind === kind);
  const tokensOf = (s: Section | undefined) => (s && body.tokensOf.get(s)) || [];
  const workaround = byKind('workaround');
  return {
    ok: true,
    article: {
      ...rest,
      id: articleId(meta.number),
      logs: meta.logs.map((log): LogExcerpt => ({ ...log, lines: body.logBlocks.get(log.id)!.lines })),
      sections: body.sections,
      resolutions: meta.resolutions.map((r): ResolutionPath => {
        const section = body.sections.find((s) => s.kind === 'resolution-path' && s.anchor === r.id)!;
        return {
          id: r.id,
          title: section.title,
          appliesTo: r.appliesTo,
          alternatives: r.alternatives ?? [],
          intro: extractIntro(section.markdown, tokensOf(section)),
          steps: extractSteps(tokensOf(section)),
        };
      }),
      workaround: workaround && {
        title: workaround.title,
        intro: extractIntro(workaround.markdown, tokensOf(workaround)),
        steps: extractSteps(tokensOf(workaround)),
      },
      knownIssues: extractBullets(tokensOf(byKind('known-issues'))),
      verificationSteps: extractSteps(tokensOf(byKind('verification'))),
      statusText: byKind('status')?.markdown,
      source,
    },
  };
}

/** Front matter and body must agree: every declared log and path has its block, and back. */
function crossCheck(
  meta: FrontMatter,
  sections: Section[],
  logBlocks: Map<string, { line: number }>,
  bodyLine: number,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const declaredLogs = new Set(meta.logs.map((l) => l.id));
  meta.logs.forEach((log, i) => {
    if (!logBlocks.has(log.id)) issues.push({ line: bodyLine, field: `logs.${i}.id`, message: `no \`\`\`log ${log.id} block in the body` });
  });
  for (const [id, block] of logBlocks) {
    if (!declaredLogs.has(id)) issues.push({ line: block.line, field: 'logs', message: `log block "${id}" is not declared in front matter logs` });
  }
  const productSlugs = new Set(meta.products.map((p) => p.slug));
  const anchors = new Set(sections.map((s) => s.anchor));
  meta.resolutions.forEach((r, i) => {
    if (!sections.some((s) => s.kind === 'resolution-path' && s.anchor === r.id)) {
      issues.push({ line: bodyLine, field: `resolutions.${i}.id`, message: `no "### … {#${r.id}}" heading under Resolution` });
    }
    if (!productSlugs.has(r.appliesTo.product)) {
      issues.push({ line: bodyLine, field: `resolutions.${i}.appliesTo.product`, message: `"${r.appliesTo.product}" is not one of the article's products` });
    }
    for (const alt of r.alternatives ?? []) {
      if (!anchors.has(alt)) {
        issues.push({ line: bodyLine, field: `resolutions.${i}.alternatives`, message: `"${alt}" names no section of the article` });
      }
    }
  });
  for (const required of ['symptoms', 'cause'] as const) {
    if (!sections.some((s) => s.kind === required)) issues.push({ line: bodyLine, message: `the body needs a ${required} section` });
  }
  return issues;
}
