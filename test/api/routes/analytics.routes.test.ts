import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';
import { clientA, diskFullLog, proxyFailureLog } from '../../kb/analytics/support.ts';

const json = { 'Content-Type': 'application/json' };
const REPORTS = ['/v1/analytics/searches', '/v1/analytics/chat', '/v1/analytics/gaps', '/v1/analytics/feedback', '/v1/analytics/articles/KB954960/feedback'];

async function keys(services: Awaited<ReturnType<typeof testApp>>['services']) {
  const bearer = async (role: 'reader' | 'agent' | 'editor') => ({ Authorization: `Bearer ${(await services.apiKeys.create(role, role)).key}` });
  return { reader: await bearer('reader'), agent: await bearer('agent'), editor: await bearer('editor') };
}

describe('analytics routes', () => {
  it.each(REPORTS)('%s needs an agent key: 401 anonymous, 403 reader, 200 agent and above', async (path) => {
    const { app, services } = await testApp();
    const { reader, agent, editor } = await keys(services);
    const anonymous = await app.request(path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('Content-Type')).toContain('application/problem+json');
    expect((await app.request(path, { headers: reader })).status).toBe(403);
    expect((await app.request(path, { headers: agent })).status).toBe(200);
    expect((await app.request(path, { headers: editor })).status).toBe(200);
  });

  it('reports top searches and searches with no result', async () => {
    const { app, services } = await testApp();
    const { agent } = await keys(services);
    for (const q of ['wsus clients', 'WSUS clients', 'laserjet toner']) await app.request(`/v1/search?q=${encodeURIComponent(q)}`);
    const report = await (await app.request('/v1/analytics/searches?limit=5&days=7', { headers: agent })).json();
    expect(report.since).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(report.top[0]).toMatchObject({ query: 'wsus clients', count: 2, noResult: 0 });
    expect(report.noResults).toEqual([expect.objectContaining({ query: 'laserjet toner', count: 1 })]);
    expect((await app.request('/v1/analytics/searches?limit=101', { headers: agent })).status).toBe(400);
    expect((await app.request('/v1/analytics/searches?days=0', { headers: agent })).status).toBe(400);
  });

  it('reports the gaps of unmatched logs sent to /v1/match, grouped by template', async () => {
    const { app, services } = await testApp();
    const { agent } = await keys(services);
    const other = proxyFailureLog('10.9.8.7', { day: '21', pid: 3100, guid: 'AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE', bytes: 4096 });
    for (const content of [clientA, other, diskFullLog('FS02')]) {
      const res = await app.request('/v1/match', { method: 'POST', headers: json, body: JSON.stringify({ logs: [{ name: 'WindowsUpdate.log', content }] }) });
      const body = await res.json();
      expect(body.matches).toEqual([]);
      expect(body.matchId).toMatch(/^[0-9a-f-]{36}$/);
    }
    const report = await (await app.request('/v1/analytics/gaps', { headers: agent })).json();
    expect(report.unmatched).toBe(3);
    expect(report.templates.map((t: { count: number }) => t.count)).toEqual([2, 1]);
    expect(report.templates[0].example).not.toContain('contoso');
  });

  it('reports unanswered chat questions and deflection', async () => {
    const { app, services } = await testApp();
    const { agent } = await keys(services);
    const chat = (content: string) => app.request('/v1/chat', { method: 'POST', headers: json, body: JSON.stringify({ messages: [{ role: 'user', content }] }) });
    await chat('error 0x8024400E on WSUS clients');
    await chat('How do I replace the toner in a LaserJet printer at jsmith@contoso.com?');
    const report = await (await app.request('/v1/analytics/chat', { headers: agent })).json();
    expect(report).toMatchObject({ conversations: 2, deflected: 1, deflectionRate: 0.5 });
    expect(report.unanswered).toEqual([expect.objectContaining({ question: 'How do I replace the toner in a LaserJet printer at [email]?', count: 1 })]);
  });

  it('answers every report fresh: reports change with each request, not with the articles', async () => {
    const { app, services } = await testApp();
    const { agent } = await keys(services);
    const total = async () => (await (await app.request('/v1/analytics/searches', { headers: agent })).json()).total;
    expect(await total()).toBe(0);
    await app.request('/v1/search?q=wsus');
    expect(await total()).toBe(1);
    const res = await app.request('/v1/analytics/searches', { headers: agent });
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
  });

  it('documents the routes in the OpenAPI document', async () => {
    const { app } = await testApp();
    const doc = await (await app.request('/openapi.json')).json();
    for (const path of ['/v1/feedback', '/v1/analytics/searches', '/v1/analytics/chat', '/v1/analytics/gaps', '/v1/analytics/feedback', '/v1/analytics/articles/{id}/feedback']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/v1/analytics/gaps'].get.security).toEqual([{ bearerAuth: [] }]);
  });
});
