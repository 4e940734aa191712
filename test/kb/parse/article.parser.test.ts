import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../kb/parse/article.parser.ts';
import { articleSource, bundledArticle } from '../../helpers/articles.ts';

const pl = bundledArticle(954960, 'pl-PL');
const en = bundledArticle(954960, 'en-US');

describe('parseArticle on KB954960', () => {
  it('gives both locales the same structure', () => {
    const shape = (a: typeof pl) => ({
      id: a.id, number: a.number, revision: a.revision, lastReviewed: a.lastReviewed, published: a.published,
      labels: a.labels, errorCodes: a.errorCodes, verification: a.verification, commands: a.commands,
      products: a.products.map((p) => [p.slug, p.relation, p.versions]),
      logs: a.logs.map((l) => [l.id, l.source, l.path, l.phase, l.lines.length]),
      resolutions: a.resolutions.map((r) => [r.id, r.appliesTo, r.alternatives, r.steps.map((s) => s.substeps.length)]),
      workaround: a.workaround!.steps.map((s) => s.substeps.length),
      sections: a.sections.map((s) => [s.kind, s.anchor, s.level]),
      knownIssues: a.knownIssues.length, verificationSteps: a.verificationSteps.length,
      updateIds: a.updateIds.map((u) => u.id), related: a.related.map((r) => r.number),
      install: { ...a.install, removal: undefined },
    });
    expect(shape(en)).toEqual(shape(pl));
    expect(en.locale).toBe('en-US');
    expect(pl.locale).toBe('pl-PL');
    expect(en.title).toBe('Some computers do not receive updates from the WSUS server');
  });

  it('keeps log lines verbatim apart from the localised placeholders', () => {
    const strip = (l: string) => l.replace(/^(Data Godzina|Date Time)\s/, '').replace(/serwer_WSUS|WSUS_server/, 'HOST');
    expect(en.logs.map((l) => l.lines.map(strip))).toEqual(pl.logs.map((l) => l.lines.map(strip)));
    expect(en.logs[0]!.lines[2]).toContain('SyncUpdates failure, error = 0x8024400E');
  });

  it('titles sections in the article language', () => {
    expect(pl.sections.filter((s) => s.level === 2).map((s) => s.title)).toEqual(['Symptomy', 'Przyczyna', 'Rozwiązanie', 'Obejście problemu', 'Więcej informacji', 'Stan']);
    expect(en.sections.filter((s) => s.level === 2).map((s) => s.title)).toEqual(['Symptoms', 'Cause', 'Resolution', 'Workaround', 'More information', 'Status']);
  });

  it('renders every section to HTML with anchors on headings', () => {
    const resolution = en.sections.find((s) => s.kind === 'resolution')!;
    expect(resolution.html).toContain('<h3 id="wsus-3-sp1">Servers running WSUS 3.0 SP1</h3>');
    expect(resolution.html).toContain('<ol>');
    expect(en.sections.find((s) => s.kind === 'symptoms')!.html).toContain('<pre><code class="language-log">');
  });
});

describe('safe HTML', () => {
  const withBody = (body: string) => articleSource(954960, 'en-US').replace('## Status', `## Status\n\n${body}\n`);

  it('escapes raw HTML and drops javascript: and data: links', () => {
    const r = parseArticle(withBody('<script>alert(1)</script> [x](javascript:alert(1)) [y](JAVASCRIPT:alert(2)) [z](data:text/html,hi) <img src=x onerror=alert(1)> [ok](https://example.com/a)'));
    expect(r.ok).toBe(true);
    const html = r.ok ? r.article.sections.find((s) => s.kind === 'status')!.html : '';
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://example.com/a">ok</a>');
  });
});
