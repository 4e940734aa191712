import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';
import { copyAs, kb954960Files } from '../../helpers/files.ts';

describe('GET /v1/articles/{id}', () => {
  it('negotiates the locale from ?locale, then Accept-Language, then en-US', async () => {
    const { app } = await testApp();
    const cases: [string, Record<string, string>, string][] = [
      ['?locale=pl', {}, 'pl-PL'],
      ['?locale=pl-PL', { 'Accept-Language': 'en-US' }, 'pl-PL'],
      ['', { 'Accept-Language': 'de-CH, pl;q=0.8, en;q=0.5' }, 'pl-PL'],
      ['', { 'Accept-Language': 'de-DE' }, 'en-US'],
      ['', {}, 'en-US'],
    ];
    for (const [query, headers, locale] of cases) {
      const res = await app.request(`/v1/articles/KB954960${query}`, { headers });
      expect(res.status, query + JSON.stringify(headers)).toBe(200);
      expect(res.headers.get('Content-Language')).toBe(locale);
      expect(res.headers.get('Vary')).toContain('Accept-Language');
      expect((await res.json()).locale).toBe(locale);
    }
  });

  it('lists the available locales and serves markdown and HTML', async () => {
    const { app } = await testApp();
    const json = await (await app.request('/v1/articles/954960')).json();
    expect(json.availableLocales).toEqual(['en-US', 'pl-PL']);
    const md = await app.request('/v1/articles/954960?format=markdown&locale=pl-PL');
    expect(md.headers.get('Content-Type')).toContain('text/markdown');
    expect(await md.text()).toMatch(/^---\nnumber: 954960\nlocale: pl-PL/);
    const html = await app.request('/v1/articles/954960?format=html');
    expect(html.headers.get('Content-Type')).toContain('text/html');
    const body = await html.text();
    expect(body).toContain('<h1>Some computers do not receive updates from the WSUS server</h1>');
    expect(body).toContain('<h3 id="wsus-3-rtm">');
  });

  it('answers ETag revalidation with 304 and sets Cache-Control', async () => {
    const { app } = await testApp();
    const first = await app.request('/v1/articles/KB954960');
    const tag = first.headers.get('ETag');
    expect(tag).toBeTruthy();
    expect(first.headers.get('Cache-Control')).toMatch(/max-age=\d+/);
    const again = await app.request('/v1/articles/KB954960', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    const other = await app.request('/v1/articles/KB954960?locale=pl-PL', { headers: { 'If-None-Match': tag! } });
    expect(other.status).toBe(200);
  });

  it('rejects bad input with problem+json', async () => {
    const { app } = await testApp();
    for (const [path, status] of [['/v1/articles/KB95x', 400], ['/v1/articles/KB1', 404], ['/v1/articles/KB954960?format=pdf', 400], [`/v1/articles/${'9'.repeat(30)}`, 400]] as const) {
      const res = await app.request(path);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('Content-Type')).toBe('application/problem+json');
      const body = await res.json();
      expect(body.status).toBe(status);
      expect(body.detail.length).toBeGreaterThan(5);
      expect(body.requestId).toBe(res.headers.get('X-Request-Id'));
    }
  });
});

describe('GET /v1/articles', () => {
  const files = () => [...kb954960Files(), copyAs(100001, 'Proxy failure'), copyAs(100002, 'Timeout'), copyAs(100003, 'Cert')];

  it('pages with a cursor until the end', async () => {
    const { app } = await testApp({}, files());
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 5; page++) {
      const res = await (await app.request(`/v1/articles?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...res.items.map((i: { id: string }) => i.id));
      if (!res.nextCursor) break;
      cursor = res.nextCursor;
    }
    expect(seen).toEqual(['KB100001', 'KB100002', 'KB100003', 'KB954960']);
  });

  it('filters by product, version, label and locale', async () => {
    const more = files();
    more[2]!.content = more[2]!.content.replace('versions: ["3.0", "3.0 SP1"]', 'versions: ["4.0"]');
    const { app } = await testApp({}, more);
    const ids = async (q: string) => (await (await app.request(`/v1/articles?${q}`)).json()).items.map((i: { id: string }) => i.id);
    expect(await ids('product=wsus&version=4.0')).toEqual(['KB100001']);
    expect(await ids('product=wsus&version=3.0%20sp1')).toEqual(['KB100002', 'KB100003', 'KB954960']);
    expect(await ids('product=sccm')).toEqual(['KB100001', 'KB100002', 'KB100003', 'KB954960']);
    expect(await ids('locale=pl-PL')).toEqual(['KB954960']);
    expect(await ids('label=KBBUG&locale=pl-PL')).toEqual(['KB954960']);
    expect(await ids('label=nosuchlabel')).toEqual([]);
  });

  it('rejects a forged cursor and an out-of-range limit', async () => {
    const { app } = await testApp();
    expect((await app.request('/v1/articles?cursor=abc')).status).toBe(400);
    expect((await app.request('/v1/articles?limit=1000')).status).toBe(400);
    expect((await app.request('/v1/articles?limit=0')).status).toBe(400);
  });
});
