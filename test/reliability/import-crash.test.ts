import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticArticles } from '../../bench/synthetic.ts';
import { ROOT } from '../../node/paths.ts';

/**
 * `kbdesk import` is one transaction: a SIGKILL half-way must leave a database that passes
 * integrity_check and holds nothing of that import, and a re-run must then import everything.
 * The kill lands inside the write transaction: the WAL grows once the transaction's pages spill
 * out of SQLite's page cache, which only happens while it writes.
 */
// Enough files for `kbdesk import` to parse on its worker thread (node/parse-ahead.ts).
const COUNT = 1000;
let dir: string;
let db: string;

function runImport(): { child: ReturnType<typeof spawn>; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [join(ROOT, 'bin/kbdesk.js'), 'import', join(dir, 'articles')], {
    cwd: ROOT, env: { ...process.env, KB_DATABASE: db }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '', stderr = '';
  child.stdout!.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

const walBytes = () => (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);

function inspect(): { integrity: string; fts: string; translations: number; revisions: number; fts5Rows: number; trigramRows: number; articles: number } {
  const client = new Database(db);
  try {
    const one = (sql: string) => Number(client.prepare(sql).pluck().get());
    let fts = 'ok';
    try {
      client.exec("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check'); INSERT INTO articles_trigram(articles_trigram) VALUES('integrity-check');");
    } catch (err) {
      fts = (err as Error).message;
    }
    return {
      integrity: String(client.pragma('integrity_check', { simple: true })),
      fts,
      translations: one('SELECT count(*) FROM translations'),
      revisions: one('SELECT count(*) FROM revisions'),
      fts5Rows: one('SELECT count(*) FROM articles_fts'),
      trigramRows: one('SELECT count(*) FROM articles_trigram'),
      articles: one('SELECT count(*) FROM articles'),
    };
  } finally {
    client.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kbdesk-crash-'));
  db = join(dir, 'kb.sqlite');
  writeSyntheticArticles(join(dir, 'articles'), COUNT);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kbdesk import killed half-way', () => {
  it('leaves an intact database holding nothing of the import, and a re-run imports everything', async () => {
    const run = runImport();
    let baseline = -1;
    const killed = await new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        const wal = walBytes();
        // The migrations write a little first; the import's transaction then grows the WAL by megabytes.
        if (baseline < 0 && wal > 0) baseline = wal;
        if (baseline >= 0 && wal > baseline + 2 * 2 ** 20) {
          clearInterval(timer);
          resolve(run.child.kill('SIGKILL'));
        }
      }, 5);
      run.done.then(() => { clearInterval(timer); resolve(false); });
    });
    const first = await run.done;
    expect(killed, `the import finished before it could be killed: ${first.stdout.slice(-200)}`).toBe(true);
    expect(first.signal).toBe('SIGKILL');

    const after = inspect();
    expect(after.integrity).toBe('ok');
    expect(after.fts).toBe('ok');
    // All or nothing; the kill landed inside the transaction, so nothing.
    expect([0, COUNT]).toContain(after.translations);
    expect(after).toMatchObject({ translations: 0, revisions: 0, fts5Rows: 0, trigramRows: 0, articles: 0 });

    const rerun = await runImport().done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`created ${COUNT}, updated 0, unchanged 0`);
    const done = inspect();
    expect(done).toMatchObject({ integrity: 'ok', fts: 'ok', translations: COUNT, revisions: COUNT, fts5Rows: COUNT, trigramRows: COUNT, articles: COUNT / 2 });
  }, 120_000);
});
