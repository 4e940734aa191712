import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';
import { articleSource } from '../../helpers/articles.ts';

const TOKEN = 'test-admin-token-0123456789';
const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/markdown' };
const edited = () => articleSource(954960, 'en-US').replace('## Status\n', '## Status\n\nEdited through the API.\n');

describe('PUT and DELETE /v1/articles/{id}/{locale}', () => {
  it('writes a new revision, serves it, and keeps the old one', async () => {
    const { app } = await testApp({ adminToken: TOKEN });
    const put = await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: auth, body: edited() });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ id: 'KB954960', locale: 'en-US', revision: 2, action: 'update' });
    const article = await (await app.request('/v1/articles/KB954960?locale=en-US')).json();
    expect(article.statusText).toContain('Edited through the API.');
    const revs = await (await app.request('/v1/articles/KB954960/revisions?locale=en-US')).json();
    expect(revs.revisions.map((r: { n: number; origin: string }) => [r.n, r.origin])).toEqual([[2, 'api'], [1, 'import']]);
    const first = await (await app.request('/v1/articles/KB954960/revisions/1?locale=en-US')).json();
    expect(first.source).not.toContain('Edited through the API.');
    expect(first.source).toContain('number: 954960');
    const same = await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: auth, body: edited() });
    expect(await same.json()).toMatchObject({ revision: 2, action: 'unchanged' });
  });

  it('creates a new article with 201 and deletes a translation as a revision', async () => {
    const { app } = await testApp({ adminToken: TOKEN });
    const body = articleSource(954960, 'en-US').replace('number: 954960', 'number: 123456');
    const put = await app.request('/v1/articles/123456/en-US', { method: 'PUT', headers: auth, body });
    expect(put.status).toBe(201);
    const del = await app.request('/v1/articles/KB123456/en-US', { method: 'DELETE', headers: auth });
    expect(await del.json()).toEqual({ id: 'KB123456', locale: 'en-US', revision: 2, action: 'delete' });
    expect((await app.request('/v1/articles/KB123456')).status).toBe(404);
    // A deleted article's history is for editors: anonymous readers get 404.
    expect((await app.request('/v1/articles/KB123456/revisions')).status).toBe(404);
    const revs = await (await app.request('/v1/articles/KB123456/revisions', { headers: auth })).json();
    expect(revs.revisions.map((r: { action: string }) => r.action)).toEqual(['delete', 'create']);
    expect((await app.request('/v1/articles/KB123456/en-US', { method: 'DELETE', headers: auth })).status).toBe(404);
  });

  it('refuses an invalid article with 422 naming line and field, and writes nothing', async () => {
    const { app } = await testApp({ adminToken: TOKEN });
    const bad = articleSource(954960, 'en-US').replace('relation: affected', 'relation: sometimes');
    const res = await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: auth, body: bad });
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.issues[0]).toMatchObject({ field: 'products.0.relation', line: 21 });
    const mismatch = await app.request('/v1/articles/KB954960/pl-PL', { method: 'PUT', headers: auth, body: edited() });
    expect(mismatch.status).toBe(422);
    expect((await mismatch.json()).issues[0].field).toBe('locale');
    const revs = await (await app.request('/v1/articles/KB954960/revisions')).json();
    expect(revs.revisions).toHaveLength(2);
  });

  it('bounds the body and its type', async () => {
    const { app } = await testApp({ adminToken: TOKEN });
    const huge = await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: auth, body: 'x'.repeat(600 * 1024) });
    expect(huge.status).toBe(413);
    const json = await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    const badLocale = await app.request('/v1/articles/KB954960/de-DE', { method: 'PUT', headers: auth, body: edited() });
    expect(badLocale.status).toBe(400);
  });
});

describe('write security', () => {
  it('answers 401 without or with a wrong token, and writes nothing', async () => {
    const { app } = await testApp({ adminToken: TOKEN });
    for (const headers of [{ 'Content-Type': 'text/markdown' }, { ...auth, Authorization: 'Bearer wrong' }, { ...auth, Authorization: `Basic ${TOKEN}` }, { ...auth, Authorization: `Bearer ${TOKEN}x` }]) {
      const res = await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers, body: edited() });
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
    }
    expect((await app.request('/v1/articles/KB954960/en-US', { method: 'DELETE' })).status).toBe(401);
    expect((await (await app.request('/v1/articles/KB954960?locale=en-US')).json()).storedRevision).toBe(1);
  });

  it('answers 403 when no admin token is configured', async () => {
    const { app } = await testApp({ adminToken: undefined });
    const res = await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers: auth, body: edited() });
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toContain('KB_ADMIN_TOKEN');
  });

  it('does not open writes to other origins through CORS', async () => {
    const { app } = await testApp({ adminToken: TOKEN, corsOrigins: ['https://desk.example.com'] });
    const preflight = await app.request('/v1/articles/KB954960/en-US', {
      method: 'OPTIONS',
      headers: { Origin: 'https://desk.example.com', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.headers.get('Access-Control-Allow-Methods') ?? '').not.toContain('PUT');
    expect(preflight.headers.get('Access-Control-Allow-Headers') ?? '').not.toMatch(/authorization/i);
    const read = await app.request('/v1/articles/KB954960', { headers: { Origin: 'https://desk.example.com' } });
    expect(read.headers.get('Access-Control-Allow-Origin')).toBe('https://desk.example.com');
    const stranger = await app.request('/v1/articles/KB954960', { headers: { Origin: 'https://evil.example.net' } });
    expect(stranger.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
