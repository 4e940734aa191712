import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer } from '../../node/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kbdesk-abort-'));
  server = await startServer({ port: 0, hostname: '127.0.0.1', env: { KB_DATABASE: join(dir, 'kb.sqlite'), KB_ACCESS_LOG: 'off', KB_SEARCH_THREADS: '0' } });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts a POST that announces `announced` bytes, sends `sent` of them, and hangs up. */
function hangUpMidBody(path: string, announced: number, sent: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${announced}\r\n\r\n`);
      socket.write(Buffer.alloc(sent, 'a'), () => setTimeout(() => {
        socket.destroy();
        resolve();
      }, 50));
    });
    socket.on('error', reject);
  });
}

describe('a client that hangs up mid-request', () => {
  it('is logged as the client leaving, not as a server error, and the server goes on', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: unknown) => void lines.push(String(line)));
    try {
      await hangUpMidBody('/v1/match?name=WindowsUpdate.log', 4 << 20, 256 << 10);
      await vi.waitFor(() => expect(lines.some((l) => l.includes('closed the connection'))).toBe(true), { timeout: 5000 });
    } finally {
      spy.mockRestore();
    }
    const levels = lines.map((l) => (JSON.parse(l) as { level: string }).level);
    expect(levels).not.toContain('error');
    expect(levels).toContain('info');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const match = await fetch(`${server.url}/v1/match?name=WindowsUpdate.log`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'nothing here\n' });
    expect(match.status).toBe(200);
  });
});
