import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../node/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kbdesk-e2e-'));
  server = await startServer({ port: 0, hostname: '127.0.0.1', env: { KB_DATABASE: join(dir, 'kb.sqlite'), KB_ACCESS_LOG: 'off' } });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Node server on a fresh database', () => {
  it('answers /healthz with the bundled articles imported', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', articles: true, driver: 'better-sqlite3' });
  });

  it.each([['KB954960'], ['kb954960'], ['954960']])('serves %s in Polish and English', async (id) => {
    const pl = await fetch(`${server.url}/v1/articles/${id}?locale=pl-PL`);
    expect(pl.status).toBe(200);
    expect(pl.headers.get('content-language')).toBe('pl-PL');
    const plBody = await pl.json();
    expect(plBody).toMatchObject({ id: 'KB954960', locale: 'pl-PL', title: 'Niektóre komputery nie odbierają aktualizacji z serwera WSUS' });
    expect(plBody.availableLocales).toEqual(['en-US', 'pl-PL']);
    expect(plBody.resolutions.map((r: { id: string }) => r.id)).toEqual(['wsus-3-sp1', 'wsus-3-rtm']);
    expect(plBody.source).toBeUndefined();
    const en = await (await fetch(`${server.url}/v1/articles/${id}?locale=en-US`)).json();
    expect(en).toMatchObject({ locale: 'en-US', title: 'Some computers do not receive updates from the WSUS server' });
  });

  it('answers a malformed id and an unknown article with problem+json', async () => {
    const bad = await fetch(`${server.url}/v1/articles/not-an-id`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    const body = await bad.json();
    expect(body).toMatchObject({ status: 400, title: 'Bad request' });
    expect(body.requestId).toBe(bad.headers.get('x-request-id'));
    const missing = await fetch(`${server.url}/v1/articles/KB1`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).detail).toContain('KB1');
  });
});
