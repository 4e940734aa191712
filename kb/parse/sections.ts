import type { Section, SectionKind, Step } from '../model/article.ts';
import type { ValidationIssue } from '../errors.ts';
import { headingKind, KNOWN_HEADINGS } from './headings.ts';
import { markdown, type Token } from './markdown.ts';

export interface ParsedBody {
  sections: Section[];
  /** ```log <id> blocks: id → lines, with the line the block starts on. */
  logBlocks: Map<string, { lines: string[]; line: number }>;
  tokens: Token[];
  issues: ValidationIssue[];
  /** Each section's own tokens, parsed once for its HTML and reused by the extract functions. */
  tokensOf: Map<Section, Token[]>;
}

/**
 * Cuts the body into sections at its level-2 and level-3 headings. A level-2 heading must be
 * one of the usual KB headings (or carry an explicit `{#anchor}`); level-3 headings may be free.
 */
export function parseBody(body: string, firstLine: number, resolutionIds: Set<string>): ParsedBody {
  const tokens = markdown.parse(body, {});
  const lines = body.split('\n');
  const issues: ValidationIssue[] = [];
  const logBlocks = new Map<string, { lines: string[]; line: number }>();
  const starts: { kind: SectionKind; anchor: string; title: string; level: number; at: number }[] = [];
  let parent: SectionKind = 'intro';

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const at = token.map?.[0] ?? 0;
    if (token.type === 'fence') {
      const [lang, id] = token.info.trim().split(/\s+/);
      if (lang !== 'log') continue;
      if (!id) issues.push({ line: firstLine + at, message: 'a ```log block needs an id: ```log <id>' });
      else if (logBlocks.has(id)) issues.push({ line: firstLine + at, message: `duplicate log block "${id}"` });
      else logBlocks.set(id, { lines: token.content.replace(/\n$/, '').split('\n'), line: firstLine + at });
      continue;
    }
    if (token.type !== 'heading_open' || (token.tag !== 'h2' && token.tag !== 'h3')) continue;
    const level = token.tag === 'h2' ? 2 : 3;
    // The heading_anchor rule has already moved any `{#anchor}` into the id attribute.
    const text = tokens[i + 1]?.content ?? '';
    const id = token.attrGet('id');
    const anchor = id === null ? undefined : String(id);
    const named = headingKind(text);
    let kind: SectionKind;
    if (anchor && resolutionIds.has(anchor)) kind = 'resolution-path';
    else if (named) kind = named;
    else if (level === 3) kind = 'subsection';
    else if (anchor) kind = 'subsection';
    else {
      issues.push({ line: firstLine + at, message: `unknown section heading "${text}"; expected one of: ${KNOWN_HEADINGS.join(', ')}` });
      kind = 'subsection';
    }
    if (level === 2) parent = kind;
    if (kind === 'resolution-path' && parent !== 'resolution') {
      issues.push({ line: firstLine + at, message: `resolution path "${anchor}" must stand under the Resolution heading` });
    }
    starts.push({ kind, anchor: anchor ?? kind, title: text.trim(), level, at });
  }

  const sections: Section[] = [];
  const tokensOf = new Map<Section, Token[]>();
  const makeSection = (kind: SectionKind, anchor: string, title: string, level: number, line: number, md: string): Section => {
    const own = markdown.parse(md, {});
    const section = { kind, anchor, title, level, line, markdown: md, html: markdown.renderer.render(own, markdown.options, {}) };
    tokensOf.set(section, own);
    return section;
  };
  const introEnd = starts[0]?.at ?? lines.length;
  const intro = lines.slice(0, introEnd).join('\n').trim();
  if (intro) sections.push(makeSection('intro', 'intro', '', 1, firstLine, intro));
  // A section runs to the next heading of the same or a higher level; found for all in one backward pass.
  const ends: number[] = new Array(starts.length);
  const open: number[] = [];
  for (let k = starts.length - 1; k >= 0; k--) {
    while (open.length > 0 && starts[open.at(-1)!]!.level > starts[k]!.level) open.pop();
    ends[k] = open.length > 0 ? starts[open.at(-1)!]!.at : lines.length;
    open.push(k);
  }
  starts.forEach((s, k) => {
    const content = lines.slice(s.at + 1, ends[k]).join('\n').trim();
    sections.push(makeSection(s.kind, s.anchor, s.title, s.level, firstLine + s.at, content));
  });
  return { sections, logBlocks, tokens, issues, tokensOf };
}

/** The top-level items of the first ordered list in a section, with their bullet sub-items. */
export function extractSteps(tokens: Token[]): Step[] {
  return topLevelItems(tokens, 'ordered_list_open').map(({ text, children }) => ({ text, substeps: children }));
}

/** The top-level items of the first bullet list in a section. */
export function extractBullets(tokens: Token[]): string[] {
  return topLevelItems(tokens, 'bullet_list_open').map((item) => item.text);
}

/** The paragraphs before the first list of a section. */
export function extractIntro(sectionMarkdown: string, tokens: Token[]): string {
  const firstList = tokens.find((t) => t.type.endsWith('_list_open'));
  const end = firstList?.map?.[0] ?? Number.MAX_SAFE_INTEGER;
  return sectionMarkdown.split('\n').slice(0, end).join('\n').trim();
}

function topLevelItems(tokens: Token[], listType: string): { text: string; children: string[] }[] {
  const start = tokens.findIndex((t) => t.type === listType && t.level === 0);
  if (start < 0) return [];
  const items: { text: string; children: string[] }[] = [];
  let current: { text: string; children: string[] } | undefined;
  for (let i = start + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level === 0) break; // the list closed
    if (t.type === 'list_item_open' && t.level === 1) items.push((current = { text: '', children: [] }));
    else if (t.type === 'inline' && current) {
      if (t.level === 3) current.text = current.text ? `${current.text}\n\n${t.content}` : t.content;
      else if (t.level === 5) current.children.push(t.content);
    }
  }
  return items;
}
