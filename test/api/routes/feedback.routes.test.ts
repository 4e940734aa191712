import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';

const json = { 'Content-Type': 'application/json' };
const post = (app: Awaited<ReturnType<typeof testApp>>['app'], body: unknown) =>
  app.request('/v1/feedback', { method: 'POST', headers: json, body: JSON.stringify(body) });

async function agentKey(services: Awaited<ReturnType<typeof testApp>>['services']) {
  return { Authorization: `Bearer ${(await services.apiKeys.create('desk', 'agent')).key}` };
}

describe('POST /v1/feedback', () => {
  it('stores feedback and summarises it per article: helpful, not helpful, resolved with, recent comments', async () => {
    const { app, services } = await testApp();
    const first = await post(app, { target: { type: 'article', id: '954960' }, helpful: true });
    expect(first.status).toBe(201);
    expect((await first.json()).id).toEqual(expect.any(Number));
    expect((await post(app, { target: { type: 'article', id: 'KB954960' }, helpful: true })).status).toBe(201);
    expect((await post(app, { target: { type: 'article', id: 'kb954960' }, helpful: false, comment: 'Did not help on WSUS01.contoso.local' })).status).toBe(201);
    // A ticketing system: the ticket was resolved with the article.
    expect((await post(app, { target: { type: 'triage', id: 'b7a3c1e2-0000-4000-8000-000000000001' }, resolvedWith: 'KB954960' })).status).toBe(201);

    const headers = await agentKey(services);
    const res = await app.request('/v1/analytics/articles/KB954960/feedback', { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    const summary = await res.json();
    expect(summary).toMatchObject({ id: 'KB954960', helpful: 2, notHelpful: 1, resolved: 1 });
    expect(summary.comments).toEqual([expect.objectContaining({ comment: 'Did not help on [host]', helpful: false, target: 'article' })]);

    const all = await (await app.request('/v1/analytics/feedback', { headers })).json();
    expect(all.articles).toEqual([expect.objectContaining({ id: 'KB954960', helpful: 2, notHelpful: 1, resolved: 1, comments: 1 })]);
    expect(all.answers.find((a: { type: string }) => a.type === 'triage')).toMatchObject({ resolved: 1, helpful: 0 });
  });

  it('attributes feedback on an answer to the article it was about, by the id the answer carried', async () => {
    const { app, services } = await testApp();
    const chat = await (await app.request('/v1/chat', { method: 'POST', headers: json, body: JSON.stringify({ messages: [{ role: 'user', content: 'error 0x8024400E on WSUS clients' }] }) })).json();
    expect(chat.conversationId).toMatch(/^[0-9a-f-]{36}$/);
    const search = await (await app.request('/v1/search?q=wsus%20clients')).json();
    expect(search.searchId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await post(app, { target: { type: 'chat', id: chat.conversationId }, helpful: true })).status).toBe(201);
    expect((await post(app, { target: { type: 'search', id: search.searchId }, helpful: false })).status).toBe(201);
    expect((await post(app, { target: { type: 'match', id: 'no-such-match' }, helpful: false })).status).toBe(201);

    const summary = await (await app.request('/v1/analytics/articles/954960/feedback', { headers: await agentKey(services) })).json();
    expect(summary).toMatchObject({ helpful: 1, notHelpful: 1, resolved: 0 });
  });

  it('refuses empty, malformed, oversized feedback and unknown articles', async () => {
    const { app, services } = await testApp();
    const empty = await post(app, { target: { type: 'article', id: 'KB954960' } });
    expect(empty.status).toBe(400);
    expect((await empty.json()).detail).toContain('send helpful, resolvedWith or a comment');
    expect((await post(app, { target: { type: 'ticket', id: '1' }, helpful: true })).status).toBe(400);
    expect((await post(app, { target: { type: 'chat', id: 'a b' }, helpful: true })).status).toBe(400);
    expect((await post(app, { target: { type: 'article', id: 'KB954960' }, comment: 'x'.repeat(1001) })).status).toBe(400);
    expect((await post(app, { target: { type: 'article', id: 'KB1' }, helpful: true })).status).toBe(404);
    expect((await post(app, { target: { type: 'article', id: 'KB954960' }, resolvedWith: 'KB2' })).status).toBe(404);
    expect((await app.request('/v1/analytics/articles/KB1/feedback', { headers: await agentKey(services) })).status).toBe(404);
    const big = await app.request('/v1/feedback', { method: 'POST', headers: json, body: JSON.stringify({ target: { type: 'article', id: 'KB954960' }, comment: 'x'.repeat(20_000) }) });
    expect(big.status).toBe(413);
  });
});
