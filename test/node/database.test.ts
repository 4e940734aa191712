import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../kb/import/import.service.ts';
import { freshDatabase, openForTest, temporaryDatabaseFile } from '../helpers/db.ts';
import { kb954960Files } from '../helpers/files.ts';

describe('openDatabase', () => {
  it('creates a new file with 16 KiB pages, in WAL mode', () => {
    const db = freshDatabase();
    expect(db.client.pragma('page_size', { simple: true })).toBe(16384);
    expect(db.client.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('keeps the page size of a file made before, migrates it and imports into it', async () => {
    const file = temporaryDatabaseFile();
    const old = new Database(file);
    old.exec('CREATE TABLE made_before (a)');
    old.close();
    const db = openForTest(file);
    expect(db.client.pragma('page_size', { simple: true })).toBe(4096);
    expect((await importFiles(db, kb954960Files())).created).toHaveLength(2);
    expect(db.client.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
