import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../kb/parse/article.parser.ts';
import { articleSource } from '../../helpers/articles.ts';

const good = articleSource(954960, 'en-US');
const lineOf = (source: string, needle: string) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;
const issuesOf = (source: string) => {
  const r = parseArticle(source, '954960/en-US.md');
  if (r.ok) throw new Error('expected the article to be invalid');
  return r.issues;
};

describe('article validation reports file, line and field', () => {
  it('bad YAML', () => {
    const bad = good.replace('status: confirmed', 'status: [confirmed');
    const [issue] = issuesOf(bad);
    expect(issue!.file).toBe('954960/en-US.md');
    expect(issue!.message).toMatch(/^YAML/);
    expect(issue!.line).toBeGreaterThanOrEqual(lineOf(bad, 'status: [confirmed'));
    expect(issue!.line).toBeLessThan(lineOf(bad, 'labels:') + 2);
  });

  it('missing title', () => {
    const bad = good.replace(/^title: .*\n/m, '');
    expect(issuesOf(bad)).toContainEqual(expect.objectContaining({ field: 'title', message: 'is required', file: '954960/en-US.md' }));
  });

  it('unknown product relation, on the line of the relation', () => {
    const bad = good.replace('relation: may-be-affected\n    note:', 'relation: sometimes\n    note:');
    const issues = issuesOf(bad);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'products.1.relation', line: lineOf(bad, 'relation: sometimes') });
    expect(issues[0]!.message).toMatch(/affected/);
  });

  it('unknown fields are refused rather than ignored', () => {
    const bad = good.replace('status: confirmed', 'status: confirmed\nstatsu: typo');
    expect(issuesOf(bad)).toContainEqual(expect.objectContaining({ message: expect.stringContaining('statsu'), line: lineOf(bad, 'statsu') }));
  });

  it('an unknown section heading, with its line', () => {
    const bad = good.replace('## Cause', '## Causes');
    expect(issuesOf(bad)).toContainEqual(expect.objectContaining({ line: lineOf(bad, '## Causes'), message: expect.stringContaining('unknown section heading "Causes"') }));
  });

  it('a declared log without its block, and a block nobody declared', () => {
    const bad = good.replace('```log server-exception', '```log server-trace');
    const messages = issuesOf(bad).map((i) => i.message);
    expect(messages).toContainEqual(expect.stringContaining('no ```log server-exception block'));
    expect(messages).toContainEqual(expect.stringContaining('"server-trace" is not declared'));
  });

  it('a resolution path without its heading', () => {
    const bad = good.replace('{#wsus-3-rtm}', '');
    expect(issuesOf(bad)).toContainEqual(expect.objectContaining({ field: 'resolutions.1.id' }));
  });

  it('no front matter at all', () => {
    expect(issuesOf('# Hello\n')[0]).toMatchObject({ line: 1, message: expect.stringContaining('front matter') });
  });
});
