import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';
import { articleSource } from '../../helpers/articles.ts';

const ADMIN = 'admin-token-for-keys-test';
const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

describe('API keys and roles', () => {
  it('an admin creates keys; editors write, agents and readers may not; revoked keys stop working', async () => {
    const { app } = await testApp({ adminToken: ADMIN });
    const make = async (role: string) => {
      const res = await app.request('/v1/keys', { method: 'POST', headers: { ...bearer(ADMIN), 'Content-Type': 'application/json' }, body: JSON.stringify({ name: `${role} key`, role }) });
      expect(res.status).toBe(201);
      return (await res.json()) as { id: string; key: string };
    };
    const editor = await make('editor');
    const agent = await make('agent');
    expect(editor.key).toMatch(/^kbd_[0-9a-f]{48}$/);
    const put = (key: string) => app.request('/v1/articles/KB954960/en-US', {
      method: 'PUT', headers: { ...bearer(key), 'Content-Type': 'text/markdown' },
      body: articleSource(954960, 'en-US').replace('## Status\n', `## Status\n\nEdited by ${key.slice(0, 8)}.\n`),
    });
    expect((await put(editor.key)).status).toBe(200);
    const byAgent = await put(agent.key);
    expect(byAgent.status).toBe(403);
    expect((await byAgent.json()).detail).toContain('an editor');

    const listed = await (await app.request('/v1/keys', { headers: bearer(ADMIN) })).json();
    expect(listed.items.map((k: { role: string }) => k.role)).toEqual(['editor', 'agent']);
    expect(JSON.stringify(listed)).not.toContain(editor.key);
    expect((await app.request('/v1/keys', { headers: bearer(editor.key) })).status).toBe(403);

    expect((await app.request(`/v1/keys/${editor.id}`, { method: 'DELETE', headers: bearer(ADMIN) })).status).toBe(204);
    const revoked = await put(editor.key);
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).detail).toMatch(/revoked/);
    expect((await app.request(`/v1/keys/${editor.id}`, { method: 'DELETE', headers: bearer(ADMIN) })).status).toBe(404);
  });

  it('refuses an unknown bearer token even on public reads, and anonymous reads work', async () => {
    const { app } = await testApp({ adminToken: ADMIN });
    expect((await app.request('/v1/articles/KB954960', { headers: bearer('kbd_nope') })).status).toBe(401);
    expect((await app.request('/v1/articles/KB954960')).status).toBe(200);
    expect((await app.request('/v1/keys')).status).toBe(401);
  });
});
