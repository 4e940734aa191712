import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../node/server.ts';
import { articleSource } from '../helpers/articles.ts';

const TOKEN = 'busy-admin-token-0123456789';
let server: Awaited<ReturnType<typeof startServer>>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kbdesk-busy-'));
  server = await startServer({ port: 0, hostname: '127.0.0.1', env: { KB_DATABASE: join(dir, 'kb.sqlite'), KB_ACCESS_LOG: 'off', KB_ADMIN_TOKEN: TOKEN } });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Another process's long write, such as `kbdesk import` of a large folder: it holds the write lock until released. */
function holdWriteLock(file: string) {
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  return { release: () => { other.exec('ROLLBACK'); other.close(); }, other };
}

const searchEvents = (file: string, text: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM analytics_events WHERE kind = 'search' AND text = ?").get(text) as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('the server while another process holds the write lock', () => {
  it('answers searches, refuses writes with 503 and Retry-After, and records the held searches afterwards', async () => {
    const lock = holdWriteLock(server.file);
    try {
      const search = await fetch(`${server.url}/v1/search?q=wsus+busy`);
      expect(search.status).toBe(200);
      expect((await search.json()).results.length).toBeGreaterThan(0);

      const started = performance.now();
      const put = await fetch(`${server.url}/v1/articles/KB954960/en-US`, {
        method: 'PUT', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/markdown' },
        body: articleSource(954960, 'en-US').replace('## Status\n', '## Status\n\nEdited while busy.\n'),
      });
      // The server gives up after its short busy timeout instead of SQLite's 5 s default, which
      // better-sqlite3 waits out synchronously, stalling every other request meanwhile.
      expect(performance.now() - started).toBeLessThan(2500);
      expect(put.status).toBe(503);
      expect(put.headers.get('content-type')).toBe('application/problem+json');
      expect(put.headers.get('retry-after')).toBe('5');
      expect((await put.json()).detail).toMatch(/busy with another write/);
      expect(searchEvents(server.file, 'wsus busy')).toBe(0);
    } finally {
      lock.release();
    }
    // Past the recorder's back-off, the next recorded search writes the held one with it.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await fetch(`${server.url}/v1/search?q=wsus+later`)).status).toBe(200);
    expect(searchEvents(server.file, 'wsus busy')).toBe(1);
    expect(searchEvents(server.file, 'wsus later')).toBe(1);
  });

  it('writes the records it held when it stops', async () => {
    const own = await startServer({ port: 0, hostname: '127.0.0.1', env: { KB_DATABASE: join(dir, 'own.sqlite'), KB_ACCESS_LOG: 'off' } });
    const lock = holdWriteLock(own.file);
    try {
      expect((await fetch(`${own.url}/v1/search?q=wsus+shutdown`)).status).toBe(200);
      expect(searchEvents(own.file, 'wsus shutdown')).toBe(0);
    } finally {
      lock.release();
    }
    await own.close();
    expect(searchEvents(own.file, 'wsus shutdown')).toBe(1);
  });
});
