import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_ARTICLES_DIR, ROOT } from '../../node/paths.ts';

// However many articles ship, every file counts.
const FILES = readdirSync(BUNDLED_ARTICLES_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).length;

const dirs: string[] = [];
function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-cli-'));
  dirs.push(dir);
  cpSync(BUNDLED_ARTICLES_DIR, join(dir, 'articles'), { recursive: true });
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function kbdesk(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/kbdesk.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('kbdesk validate', () => {
  it('accepts the bundled articles', () => {
    const r = kbdesk(['validate']);
    expect(r.stdout).toMatch(new RegExp(`^${FILES} article file\\(s\\) .* are valid`));
    expect(r.status).toBe(0);
  });

  it('reports each problem as file:line: field: message and exits 1', () => {
    const dir = workdir();
    const file = join(dir, 'articles/954960/pl-PL.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('relation: affected', 'relation: maybe'));
    const r = kbdesk(['validate', join(dir, 'articles')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^954960\/pl-PL\.md:21: products\.0\.relation: /m);
  });
});

describe('kbdesk import', () => {
  it('imports, then finds nothing to do, then records a change', () => {
    const dir = workdir();
    const env = { KB_DATABASE: join(dir, 'kb.sqlite') };
    expect(kbdesk(['import', join(dir, 'articles')], env).stdout).toContain(`created ${FILES}, updated 0, unchanged 0`);
    expect(kbdesk(['import', join(dir, 'articles')], env).stdout).toContain(`created 0, updated 0, unchanged ${FILES}`);
    const file = join(dir, 'articles/954960/en-US.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Status\n', '## Status\n\nEdited.\n'));
    const r = kbdesk(['import', join(dir, 'articles')], env);
    expect(r.stdout).toContain(`created 0, updated 1, unchanged ${FILES - 1}`);
    expect(r.stdout).toContain('~ KB954960 en-US');
  });

  it('imports the files it is given one by one, and reports nothing about the rest', () => {
    const dir = workdir();
    const env = { KB_DATABASE: join(dir, 'kb.sqlite') };
    expect(kbdesk(['import', join(dir, 'articles')], env).status).toBe(0);
    const file = join(dir, 'articles/954960/en-US.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Status\n', '## Status\n\nEdited alone.\n'));
    const r = kbdesk(['import', file, join(dir, 'articles/954960/pl-PL.md')], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('created 0, updated 1, unchanged 1');
    expect(r.stdout).toContain('~ KB954960 en-US');
    expect(r.stdout).not.toContain('has no file');
  });

  it('names a path that does not exist, without a stack trace, and exits 2', () => {
    const dir = workdir();
    const missing = join(dir, 'no-such-folder');
    for (const command of ['import', 'validate']) {
      const r = kbdesk([command, missing], { KB_DATABASE: join(dir, 'kb.sqlite') });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`kbdesk ${command}: ${missing}: no such article file or folder`);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('writes nothing when a file is invalid', () => {
    const dir = workdir();
    const env = { KB_DATABASE: join(dir, 'kb.sqlite') };
    writeFileSync(join(dir, 'articles/954960/xx.md'), '# not an article\n');
    const r = kbdesk(['import', join(dir, 'articles')], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nothing was written');
    rmSync(join(dir, 'articles/954960/xx.md'));
    expect(kbdesk(['import', join(dir, 'articles')], env).stdout).toContain(`created ${FILES},`);
  });
});

describe('kbdesk match', () => {
  it('prints the matching article with its evidence lines, and --json the API shape', () => {
    const dir = workdir();
    const env = { KB_DATABASE: join(dir, 'kb.sqlite') };
    const logs = ['windowsupdate-legacy-kb954960.log', 'softwaredistribution-kb954960.log'].map((f) => join(ROOT, 'test/fixtures/logs', f));
    const text = kbdesk(['match', ...logs], env);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^KB954960 {2}high/m);
    expect(text.stdout).toContain('[decisive]');
    expect(text.stdout).toMatch(/= fault [0-9a-f-]{36}/);
    const json = JSON.parse(kbdesk(['match', '--json', logs[0]!], env).stdout);
    expect(json.matches[0].article.id).toBe('KB954960');
    expect(kbdesk(['match'], env).status).toBe(2);
  });

  it('says which log it cannot read, without a stack trace', () => {
    const dir = workdir();
    const missing = join(dir, 'missing.log');
    const r = kbdesk(['match', missing], { KB_DATABASE: join(dir, 'kb.sqlite') });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`kbdesk match: ${missing}: no such file`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('kbdesk serve', () => {
  it('refuses a KB_SEARCH_THREADS that is not a number of threads, in one line', () => {
    const r = kbdesk(['serve'], { KB_SEARCH_THREADS: 'many', KB_DATABASE: join(workdir(), 'kb.sqlite'), PORT: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('kbdesk serve: KB_SEARCH_THREADS must be a whole number from 0 to 64, not "many"');
  });
});

describe('kbdesk keys', () => {
  it('refuses to revoke a key that does not exist, in one line', () => {
    const dir = workdir();
    const r = kbdesk(['keys', 'revoke', 'no-such-key'], { KB_DATABASE: join(dir, 'kb.sqlite') });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('kbdesk keys: No active API key no-such-key.');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('kbdesk gaps', () => {
  it('groups the failure lines of unmatched logs from different hosts into one template', () => {
    const dir = workdir();
    const env = { KB_DATABASE: join(dir, 'kb.sqlite') };
    const logs = ['pc-17.corp.example.com', 'ws-99.corp.example.com'].map((host, i) => {
      const file = join(dir, `u${i}.log`);
      writeFileSync(file, `2026-11-1${8 + i}\t09:14:0${i}:123\t 99${i}\t1a8${i}\tAgent\tFATAL: Frobnicator failed on host ${host}, error 0x8024ABCD\n`);
      return file;
    });
    for (const log of logs) expect(kbdesk(['match', log], env).stdout).toContain('No article matches');
    const report = JSON.parse(kbdesk(['gaps', '--json'], env).stdout);
    expect(report.gaps.templates).toHaveLength(1);
    expect(report.gaps.templates[0]).toMatchObject({ count: 2, source: 'client' });
    expect(report.gaps.templates[0].template).toContain('Frobnicator failed on host *');
    expect(JSON.stringify(report)).not.toContain('corp.example.com');
    expect(kbdesk(['gaps'], env).stdout).toMatch(/^\s+2\s+client\s+FATAL: Frobnicator/m);
  });
});
