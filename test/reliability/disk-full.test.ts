import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/app.ts';
import { articleSource } from '../helpers/articles.ts';

const TOKEN = 'full-admin-token-0123456789';
const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/markdown' };
// Enough new text that the write needs pages the database may not have.
const grown = () => articleSource(954960, 'en-US').replace('## Status\n', `## Status\n\n${'Grown while the disk was full. '.repeat(4000)}\n`);

describe('a database that cannot grow (disk full)', () => {
  it('refuses a write with 503 problem+json, keeps the old article and still answers reads', async () => {
    const { app, db } = await testApp({ adminToken: TOKEN });
    // SQLite's own size cap, at the current size: the write fails with SQLITE_FULL as on a full disk.
    const pages = db.client.pragma('page_count', { simple: true }) as number;
    db.client.pragma(`max_page_count = ${pages}`);
    const put = await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers, body: grown() });
    expect(put.status).toBe(503);
    expect(put.headers.get('content-type')).toBe('application/problem+json');
    expect((await put.json()).detail).toMatch(/disk is full/);

    const stored = () => db.client.prepare("SELECT revision, instr(source, 'Grown while') > 0 AS grown, (SELECT count(*) FROM revisions WHERE key = '954960:en-US') AS revisions FROM translations WHERE key = '954960:en-US'").get();
    expect(stored()).toEqual({ revision: 1, grown: 0, revisions: 1 });
    expect((await app.request('/v1/search?q=wsus')).status).toBe(200);

    db.client.pragma(`max_page_count = ${pages * 4}`);
    expect((await app.request('/v1/articles/KB954960/en-US', { method: 'PUT', headers, body: grown() })).status).toBe(200);
    expect(stored()).toEqual({ revision: 2, grown: 1, revisions: 2 });
  });
});
