import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledArticle } from '../../helpers/articles.ts';

// Every fact of the scraped Polish source must survive in the structured pl-PL article.
const seed = readFileSync(new URL('../../fixtures/seed/kb954960.pl-PL.txt', import.meta.url), 'utf8').replace(/\r/g, '');
const lines = seed.split('\n').map((l) => l.trim());
const article = bundledArticle(954960, 'pl-PL');
const squash = (s: string) => s.replace(/[*`„”"]/g, '').replace(/\s+/g, ' ').trim();
const section = (kind: string) => squash(article.sections.find((s) => s.kind === kind)?.markdown ?? '');
const lineAfter = (heading: string) => lines.slice(lines.indexOf(heading) + 1).find((l) => l !== '')!;

describe('KB954960 pl-PL holds every fact of the seed', () => {
  it('title, dates, number, revision and labels', () => {
    expect(article.title).toBe(lines[2]);
    expect(seed).toContain('Aktualizacja techniczna: 1 sierpnia 2008');
    expect(article.published).toBe('2008-08-01');
    const props = /Identyfikator artykułu: (\d+) — ostatni przegląd: (\d\d)\/(\d\d)\/(\d{4}) [\d:]+ — zmiana: ([\d.]+)/.exec(seed)!;
    expect(article.number).toBe(Number(props[1]));
    expect(article.lastReviewed).toBe(`${props[4]}-${props[2]}-${props[3]}`);
    expect(article.revision).toBe(props[5]);
    const labelLine = lines.find((l) => l.startsWith('• kbinfo'))!;
    expect(article.labels).toEqual(labelLine.slice(2).split(/\s+/));
  });

  it('affected products, their relation and versions', () => {
    expect(seed).toContain('Windows Server Update Services 3.0 z dodatkiem Service Pack 1 (WSUS 3.0 SP1)');
    const wsus = article.products.find((p) => p.slug === 'wsus')!;
    expect(wsus).toMatchObject({ relation: 'affected', versions: ['3.0', '3.0 SP1'] });
    const maybe = lines.slice(lines.findIndex((l) => l.startsWith('UwagaTen problem')) + 1).slice(0, 3);
    const others = article.products.filter((p) => p.relation === 'may-be-affected');
    expect(others).toHaveLength(maybe.length);
    for (const bullet of maybe) {
      const product = others.find((p) => bullet.includes(p.name.replace(/^Windows /, '')) && p.versions.some((v) => bullet.includes(v)));
      expect(product, bullet).toBeDefined();
    }
    expect(others.find((p) => p.slug === 'sbs')!.note).toMatch(/2\.0 do 3\.0/);
    expect(maybe[0]).toMatch(/z wersji 2\.0 do 3\.0/);
  });

  it('symptoms, error code and both log excerpts with their files, phase and correlation', () => {
    expect(section('symptoms')).toContain(squash(lines.find((l) => l.startsWith('Do wdrażania aktualizacji'))!));
    expect(article.errorCodes).toEqual(['0x8024400E']);
    expect(seed).toContain('error = 0x8024400E');
    const logLines = lines.filter((l) => l.startsWith('Data Godzina') || l.startsWith('at '));
    const excerpt = article.logs.flatMap((l) => l.lines);
    for (const l of logLines) expect(excerpt, l).toContain(l);
    const client = article.logs.find((l) => l.source === 'client')!;
    const server = article.logs.find((l) => l.source === 'wsus-server')!;
    expect(seed).toContain(`(${client.path})`);
    expect(seed).toContain(`(${server.path})`);
    expect(seed).toContain('rejestrowany na etapie wykrywania');
    expect(client.phase).toBe('detection');
    expect(seed).toContain('wyszukać na serwerze WSUS identyfikator uzyskany z dziennika klienta');
    expect(server.correlation).toMatch(/identyfikator/);
  });

  it('cause', () => {
    expect(section('cause')).toBe(squash(lineAfter('Przyczyna')));
  });

  it('the WSUS 3.0 SP1 resolution path', () => {
    const sp1 = article.resolutions.find((r) => r.id === 'wsus-3-sp1')!;
    expect(sp1.appliesTo).toEqual({ product: 'wsus', versions: ['3.0 SP1'] });
    expect(sp1.steps).toHaveLength(3);
    expect(squash(sp1.steps[0]!.text)).toBe(squash(lines.find((l) => l.startsWith('1. Upewnij się'))!.slice(3)));
    expect(sp1.steps[1]!.text).toContain('Zainstaluj aktualizację 954960');
    expect(sp1.steps[1]!.substeps.join(' ')).toMatch(/x64/);
    expect(sp1.steps[2]!.text).toMatch(/zmień język serwera WSUS/);
    expect(article.downloads.map((d) => d.arch)).toEqual(['x86', 'x64']);
    expect(article.downloads.every((d) => d.released === '2008-08-01')).toBe(true);
    expect(seed).toContain('Data wydania: 1 sierpnia 2008');
    expect(article.related).toEqual([{ number: 119591, title: lines.find((l) => l.startsWith('119591 '))!.slice(7) }]);
  });

  it('the WSUS 3.0 RTM path and the manual reset', () => {
    const rtm = article.resolutions.find((r) => r.id === 'wsus-3-rtm')!;
    expect(rtm.appliesTo.versions).toEqual(['3.0']);
    expect(rtm.alternatives).toEqual(['wsus-3-sp1', 'manual-reset']);
    expect(rtm.intro).toBe(lineAfter('Aby rozwiązać ten problem na serwerze z uruchomionym programem WSUS 3.0 RTM'));
    const seedSteps = lines.slice(lines.indexOf('Obejście problemu')).filter((l) => /^[1-7]\. /.test(l)).slice(0, 7);
    expect(article.workaround!.steps).toHaveLength(seedSteps.length);
    expect(squash(article.workaround!.steps[1]!.text)).toBe(squash(seedSteps[1]!.slice(3)));
    const guid = /identyfikator aktualizacji:\s*([0-9A-F-]{36})/.exec(seed.replace(/\n\s*/g, ' '))![1];
    expect(article.updateIds[0]).toEqual({ id: guid, title: 'Office 2003 Service Pack 1' });
    expect(seed).toContain('wuauclt.exe/detectnow');
    expect(article.commands.map((c) => c.replace(/\s/g, ''))).toContain('wuauclt.exe/detectnow');
    expect(article.workaround!.steps[5]!.text).toMatch(/dwukrotnego/);
    expect(article.workaround!.steps[6]!.text).toMatch(/serwera najwyższego poziomu.*repliki/s);
  });

  it('verification, known issues, status and the advisory', () => {
    const good = /poprawnie, wersja pliku będzie następująca: ([\d.]+)\./.exec(seed)![1];
    const bad = /niepoprawnie, wersja pliku będzie następująca: ([\d.]+)\./.exec(seed)![1];
    expect(article.verification).toEqual({
      folder: lines.find((l) => l.startsWith('%ProgramFiles%\\Update Services\\WebServices')),
      file: 'Microsoft.UpdateServices.WebServices.Client.Dll',
      goodVersion: good,
      badVersion: bad,
    });
    expect(article.verificationSteps).toHaveLength(3);
    const knownSeed = lines.filter((l) => l.startsWith('• ') && !l.startsWith('• kb') && !l.startsWith('• Uwaga') && !l.startsWith('• W celu') && !l.startsWith('• Jeśli aktualizacja') && !/^• (System|Oprogramowanie|Program)/.test(l));
    expect(article.knownIssues).toHaveLength(knownSeed.length);
    expect(article.install).toMatchObject({ restartsServices: ['HTTP', 'FTP', 'NNTP', 'SMTP'], uninstallable: false, listedInAddRemovePrograms: false });
    expect(seed).toMatch(/HTTP, FTP, NNTP lub SMTP/);
    expect(article.install!.removal).toMatch(/bazę danych/);
    expect(article.status).toBe('confirmed');
    expect(squash(article.statusText!)).toBe(squash(lineAfter('Stan')));
    expect(article.advisories[0]!.title).toBe('Microsoft Security Advisory');
    expect(article.sections[0]!.kind).toBe('intro');
  });

  it('leaves out the page-scrape noise', () => {
    expect(article.source).not.toContain('trybie offline');
    expect(article.source).not.toContain('body>');
    expect(article.source).not.toContain('Opinia');
  });
});
