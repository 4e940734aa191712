import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';
import { articleSource } from '../../helpers/articles.ts';
import { copyAs, kb954960Files } from '../../helpers/files.ts';

const ADMIN = 'visibility-admin-token';

/** KB954960 plus a draft, an internal, an archived article and a public one with an internal section. */
function corpus() {
  const variant = (number: number, title: string, extra: string, code: string) => {
    const f = copyAs(number, title);
    f.content = f.content.replace('status: confirmed', `status: confirmed\n${extra}`).replace(/0x8024400E/g, code);
    return f;
  };
  const withSection = copyAs(100004, 'Public with agent notes');
  withSection.content = withSection.content.replace('## Status\n', '## Status\n\nConfirmed.\n\n### Notes for agents {#internal-notes}\n\nEscalate to the WSUS team, extension 4711.\n\n## Stan\n'.replace('\n\n## Stan\n', '\n'));
  return [
    ...kb954960Files(),
    variant(100001, 'Draft article', 'state: draft', '0x80244001'),
    variant(100002, 'Internal article', 'visibility: internal', '0x80244002'),
    variant(100003, 'Archived article', 'state: archived', '0x80244003'),
    withSection,
  ];
}

async function setup() {
  const { app, services } = await testApp({ adminToken: ADMIN }, corpus());
  const keys: Record<string, string> = {};
  for (const role of ['reader', 'agent', 'editor'] as const) keys[role] = (await services.apiKeys.create(role, role)).key;
  const as = (role: string | undefined) => (path: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...(role ? { Authorization: `Bearer ${role === 'admin' ? ADMIN : keys[role]}` } : {}) } });
  return { as };
}

const ids = async (res: Response) => ((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id);

describe('state and visibility against each role', () => {
  it('lists show published public content to anonymous and readers, internal to agents, drafts to editors', async () => {
    const { as } = await setup();
    expect(await ids(await as(undefined)('/v1/articles'))).toEqual(['KB100004', 'KB954960']);
    expect(await ids(await as('reader')('/v1/articles'))).toEqual(['KB100004', 'KB954960']);
    expect(await ids(await as('agent')('/v1/articles'))).toEqual(['KB100002', 'KB100004', 'KB954960']);
    expect(await ids(await as('editor')('/v1/articles'))).toEqual(['KB100001', 'KB100002', 'KB100004', 'KB954960']);
    expect(await ids(await as('admin')('/v1/articles'))).toEqual(['KB100001', 'KB100002', 'KB100004', 'KB954960']);
  });

  it('by id: drafts only for editors, internal only for agents and up, archived for everyone with its state', async () => {
    const { as } = await setup();
    const status = async (role: string | undefined, id: string) => (await as(role)(`/v1/articles/${id}`)).status;
    expect([await status(undefined, 'KB100001'), await status('agent', 'KB100001'), await status('editor', 'KB100001')]).toEqual([404, 404, 200]);
    expect([await status(undefined, 'KB100002'), await status('reader', 'KB100002'), await status('agent', 'KB100002')]).toEqual([404, 404, 200]);
    const archived = await as(undefined)('/v1/articles/KB100003');
    expect(archived.status).toBe(200);
    expect((await archived.json()).state).toBe('archived');
  });

  it('internal sections reach agents only, in JSON, HTML and markdown alike', async () => {
    const { as } = await setup();
    for (const format of ['json', 'html', 'markdown']) {
      const pub = await (await as(undefined)(`/v1/articles/KB100004?format=${format}`)).text();
      const agent = await (await as('agent')(`/v1/articles/KB100004?format=${format}`)).text();
      expect(pub, format).not.toContain('extension 4711');
      expect(agent, format).toContain('extension 4711');
    }
    const revision = await (await as(undefined)('/v1/articles/KB100004/revisions/1')).json();
    expect(revision.source).not.toContain('extension 4711');
    expect(revision.source).toContain('Confirmed.');
  });

  it('search finds drafts for editors and internal articles for agents only, and never internal sections', async () => {
    const { as } = await setup();
    const found = async (role: string | undefined, q: string) => ((await (await as(role)(`/v1/search?q=${encodeURIComponent(q)}`)).json()) as { results: { id: string }[] }).results.map((r) => r.id);
    expect(await found(undefined, 'internal article')).not.toContain('KB100002');
    expect(await found('agent', 'internal article')).toContain('KB100002');
    expect(await found('agent', 'draft article')).not.toContain('KB100001');
    expect(await found('editor', 'draft article')).toContain('KB100001');
    expect(await found(undefined, 'archived article')).not.toContain('KB100003');
    expect(await found('agent', 'extension 4711')).toEqual([]);
  });

  it('error codes, products and log matching never reveal hidden articles', async () => {
    const { as } = await setup();
    const code = async (role: string | undefined, hex: string) => ((await (await as(role)(`/v1/errors/${hex}`)).json()) as { articles: { id: string }[] }).articles.map((a) => a.id);
    expect(await code(undefined, '0x80244002')).toEqual([]);
    expect(await code('agent', '0x80244002')).toEqual(['KB100002']);
    expect(await code(undefined, '0x80244003')).toEqual([]);
    const product = await (await as(undefined)('/v1/products/wsus')).json();
    expect(JSON.stringify(product)).not.toMatch(/KB10000[123]/);
    const log = 'PT\tWARNING: SyncUpdates failure, error = 0x80244002, soap client error = 7, soap error code = 400, HTTP status code = 200';
    const match = async (role: string | undefined) => ((await (await as(role)('/v1/match', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: log })).json()) as { matches: { article: { id: string } }[] }).matches.map((m) => m.article.id);
    expect(await match(undefined)).not.toContain('KB100002');
    expect(await match('agent')).toContain('KB100002');
  });

  it('matching and error codes decide per translation: a hidden translation neither matches, lists a code nor lends its title', async () => {
    // KB100005: Polish published and public; English internal, with its own code and title.
    const translation = (locale: string, code: string, extra: string) => ({
      path: `100005/${locale}.md`,
      content: articleSource(954960, locale).replace('number: 954960', `number: 100005`).replace('status: confirmed', `status: confirmed\n${extra}`)
        .replace(/0x8024400E/g, code).replace(/^title: .*$/m, (line) => (locale === 'en-US' ? 'title: Secret agent-only title' : line)),
    });
    const { app, services } = await testApp({}, [translation('pl-PL', '0x80244005', ''), translation('en-US', '0x80244006', 'visibility: internal')]);
    const agentKey = (await services.apiKeys.create('agent', 'agent')).key;
    const line = (code: string) => `PT\tWARNING: SyncUpdates failure, error = ${code}, soap client error = 7, soap error code = 400, HTTP status code = 200`;
    const match = async (code: string, agent = false) => {
      const res = await app.request('/v1/match', { method: 'POST', body: line(code), headers: { 'Content-Type': 'text/plain', ...(agent ? { Authorization: `Bearer ${agentKey}` } : {}) } });
      expect(res.status).toBe(200);
      return (await res.json()) as { matches: { article: { id: string; title: string; locale: string } }[] };
    };
    const internalOnly = await match('0x80244006');
    expect(internalOnly.matches).toEqual([]);
    const publicCode = await match('0x80244005');
    expect(publicCode.matches.map((m) => [m.article.id, m.article.locale])).toEqual([['KB100005', 'pl-PL']]);
    expect(JSON.stringify(publicCode)).not.toContain('Secret agent-only title');
    const asAgent = await match('0x80244006', true);
    expect(asAgent.matches.map((m) => [m.article.id, m.article.title])).toEqual([['KB100005', 'Secret agent-only title']]);
    const codeArticles = async (code: string, agent = false) => ((await (await app.request(`/v1/errors/${code}`, agent ? { headers: { Authorization: `Bearer ${agentKey}` } } : {})).json()) as { articles: { id: string }[] }).articles.map((a) => a.id);
    expect(await codeArticles('0x80244006')).toEqual([]);
    expect(await codeArticles('0x80244006', true)).toEqual(['KB100005']);
    expect(await codeArticles('0x80244005')).toEqual(['KB100005']);
    // An article GET guesses the wanted locale and reads it with the list of locales: a guess that
    // is hidden from the asker is not served, the translation it may see is.
    const article = async (locale: string, agent = false) => {
      const res = await app.request(`/v1/articles/KB100005?locale=${locale}`, agent ? { headers: { Authorization: `Bearer ${agentKey}` } } : {});
      expect(res.status).toBe(200);
      const body = (await res.json()) as { locale: string; title: string; availableLocales: string[] };
      return [body.locale, body.title === 'Secret agent-only title', body.availableLocales];
    };
    expect(await article('en-US')).toEqual(['pl-PL', false, ['pl-PL']]);
    expect(await article('en-US', true)).toEqual(['en-US', true, ['en-US', 'pl-PL']]);
    expect(await article('pl', true)).toEqual(['pl-PL', false, ['en-US', 'pl-PL']]);
  });
});
