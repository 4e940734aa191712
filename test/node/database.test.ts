import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../kb/import/import.service.ts';
import { openDatabase, type NodeDatabase } from '../../node/database.ts';
import { kb954960Files } from '../helpers/files.ts';

const dirs: string[] = [];
const opened: NodeDatabase[] = [];
afterEach(() => {
  opened.splice(0).forEach((db) => db.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function path(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-db-'));
  dirs.push(dir);
  return join(dir, 'kb.sqlite');
}

function open(file: string): NodeDatabase {
  const db = openDatabase(file);
  opened.push(db);
  return db;
}

describe('openDatabase', () => {
  it('creates a new file with 16 KiB pages, in WAL mode', () => {
    const db = open(path());
    expect(db.client.pragma('page_size', { simple: true })).toBe(16384);
    expect(db.client.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('keeps the page size of a file made before, migrates it and imports into it', async () => {
    const file = path();
    const old = new Database(file);
    old.exec('CREATE TABLE made_before (a)');
    old.close();
    const db = open(file);
    expect(db.client.pragma('page_size', { simple: true })).toBe(4096);
    expect((await importFiles(db, kb954960Files())).created).toHaveLength(2);
    expect(db.client.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
