import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';

describe('GET /v1/products', () => {
  it('lists products with their versions and article counts', async () => {
    const { app } = await testApp();
    const { items } = await (await app.request('/v1/products')).json();
    expect(items.map((p: { slug: string }) => p.slug)).toEqual(['sbs', 'sccm', 'sce', 'wsus']);
    expect(items.find((p: { slug: string }) => p.slug === 'wsus').versions).toEqual([
      { version: '3.0', articleCount: 1 }, { version: '3.0 SP1', articleCount: 1 },
    ]);
  });

  it('shows the articles affecting each version, with relation and note, in the wanted locale', async () => {
    const { app } = await testApp();
    const sbs = await (await app.request('/v1/products/sbs?locale=pl-PL')).json();
    expect(sbs.versions).toEqual([{ version: '2003', articles: [{
      id: 'KB954960', title: 'Niektóre komputery nie odbierają aktualizacji z serwera WSUS', locale: 'pl-PL',
      relation: 'may-be-affected', note: 'Tylko gdy składnik WSUS uaktualniono z wersji 2.0 do 3.0.',
    }] }]);
    const sp1 = await (await app.request('/v1/products/wsus?version=3.0%20SP1')).json();
    expect(sp1.versions).toHaveLength(1);
    expect(sp1.versions[0].articles[0]).toMatchObject({ id: 'KB954960', relation: 'affected', locale: 'en-US' });
  });

  it('404s an unknown product or version and 400s a malformed slug', async () => {
    const { app } = await testApp();
    expect((await app.request('/v1/products/nosuch')).status).toBe(404);
    expect((await app.request('/v1/products/wsus?version=9.9')).status).toBe(404);
    expect((await app.request('/v1/products/WSUS!')).status).toBe(400);
  });
});

describe('GET /v1/errors/{code}', () => {
  it.each(['0x8024400E', '8024400e', '0X8024400E', '-2145107954', '2149859342', 'WU_E_PT_SOAP_SERVER', 'wu_e_pt_soap_server'])('decodes %s', async (code) => {
    const { app } = await testApp();
    const res = await app.request(`/v1/errors/${encodeURIComponent(code)}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      input: code, hex: '0x8024400E', signed: -2145107954, unsigned: 2149859342, severity: 'failure',
      facility: { number: 36 }, code: 0x400e, symbol: 'WU_E_PT_SOAP_SERVER',
    });
    expect(body.description.length).toBeGreaterThan(10);
    expect(body.articles).toEqual([{ id: 'KB954960', title: 'Some computers do not receive updates from the WSUS server', locale: 'en-US' }]);
  });

  it('describes in Polish when asked', async () => {
    const { app } = await testApp();
    const body = await (await app.request('/v1/errors/0x8024400E', { headers: { 'Accept-Language': 'pl-PL' } })).json();
    expect(body.articles[0].locale).toBe('pl-PL');
    expect(body.description).not.toBe((await (await app.request('/v1/errors/0x8024400E')).json()).description);
  });

  it('knows codes no article lists', async () => {
    const { app } = await testApp();
    const body = await (await app.request('/v1/errors/0x8024402C')).json();
    expect(body.symbol).toBe('WU_E_PT_WINHTTP_NAME_NOT_RESOLVED');
    expect(body.articles).toEqual([]);
  });

  it.each(['hello', '0x', '0x123456789', '4294967296', '-2147483649', 'WU_E_NOT_A_CODE', "0x8024400E' OR 1=1"])('answers 400 to %s', async (code) => {
    const { app } = await testApp();
    const res = await app.request(`/v1/errors/${encodeURIComponent(code)}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await res.json()).detail).toContain('not an error code');
  });
});

describe('OpenAPI and docs', () => {
  it('documents every route with its parameters and error responses', async () => {
    const { app } = await testApp();
    const doc = await (await app.request('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/v1/articles', '/v1/articles/{id}', '/v1/articles/{id}/revisions', '/v1/articles/{id}/revisions/{n}', '/v1/articles/{id}/{locale}', '/v1/products', '/v1/products/{slug}', '/v1/errors/{code}', '/healthz']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/v1/articles/{id}'].get.responses['404'].content['application/problem+json']).toBeDefined();
    expect(doc.paths['/v1/articles/{id}/{locale}'].put.responses['401']).toBeDefined();
    expect(doc.paths['/v1/articles/{id}/{locale}'].put.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.components.schemas.Problem).toBeDefined();
    const params = doc.paths['/v1/articles'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['product', 'version', 'label', 'locale', 'cursor', 'limit']));
  });

  it('serves the reference page', async () => {
    const { app } = await testApp();
    const res = await app.request('/docs');
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(await res.text()).toContain("fetch('/openapi.json')");
  });

  it('answers unknown routes with problem+json', async () => {
    const { app } = await testApp();
    const res = await app.request('/v2/nothing');
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  });
});
