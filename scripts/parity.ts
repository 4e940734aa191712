/**
 * `npm run parity`: starts `npm run dev:worker` (workerd + local D1) and the Node server
 * (better-sqlite3) side by side and checks that both give the same answers to the same requests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../node/server.ts';
import { ROOT } from '../node/paths.ts';

export const PARITY_REQUESTS: { path: string; init?: RequestInit }[] = [
  { path: '/v1/articles/KB954960?locale=pl-PL' },
  { path: '/v1/articles/954960', init: { headers: { 'Accept-Language': 'en-US' } } },
  { path: '/v1/articles/KB954960?format=markdown&locale=pl' },
  { path: '/v1/articles/KB954960?format=html' },
  { path: '/v1/articles?product=wsus&version=3.0%20SP1' },
  { path: '/v1/articles/KB954960/revisions' },
  { path: '/v1/products' },
  { path: '/v1/products/sbs?locale=pl' },
  { path: '/v1/errors/0x8024400E' },
  { path: '/v1/errors/-2145107954?locale=pl' },
  { path: '/v1/errors/WU_E_PT_SOAP_SERVER' },
  { path: '/v1/errors/not-a-code' },
  { path: '/v1/articles/KB1' },
  { path: '/v1/search?q=komputery%20nie%20odbieraja%20aktualizacji&locale=pl' },
  { path: '/v1/search?q=0x8024400E' },
  { path: '/v1/search?q=%22' },
  {
    path: '/v1/match',
    init: {
      method: 'POST', headers: { 'Content-Type': 'text/plain' },
      body: 'PT\tWARNING: SyncUpdates failure, error = 0x8024400E, soap client error = 7, soap error code = 400, HTTP status code = 200\nPT\tWARNING: ErrorCode:InternalServerError(5)\n',
    },
  },
];

// Fields that differ by nature between two databases loaded at different moments or per request.
const VOLATILE = new Set(['updatedAt', 'createdAt', 'requestId', 'driver', 'ms', 'searchId', 'matchId']);

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !VOLATILE.has(k)).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

async function answer(base: string, r: (typeof PARITY_REQUESTS)[number]) {
  const res = await fetch(base + r.path, r.init);
  const text = await res.text();
  const type = res.headers.get('Content-Type') ?? '';
  return { status: res.status, type, body: type.includes('json') ? JSON.stringify(normalise(JSON.parse(text))) : text };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

const dir = mkdtempSync(join(tmpdir(), 'kbdesk-parity-'));
const node = await startServer({ port: 0, hostname: '127.0.0.1', env: { KB_DATABASE: join(dir, 'kb.sqlite'), KB_ACCESS_LOG: 'off' } });
const workerPort = await freePort();
const worker = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/dev-worker.ts', '--port', String(workerPort)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
let failures = 0;
try {
  await waitFor(`http://127.0.0.1:${workerPort}/healthz`, 120_000);
  for (const r of PARITY_REQUESTS) {
    const [a, b] = await Promise.all([answer(node.url, r), answer(`http://127.0.0.1:${workerPort}`, r)]);
    const same = a.status === b.status && a.type === b.type && a.body === b.body;
    if (!same) failures++;
    console.log(`${same ? 'same' : 'DIFFERENT'}  ${a.status}/${b.status}  ${r.path}`);
    if (!same) console.log(`  node:   ${a.type} ${a.body.slice(0, 300)}\n  worker: ${b.type} ${b.body.slice(0, 300)}`);
  }
} finally {
  worker.kill('SIGINT');
  await node.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${PARITY_REQUESTS.length - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
