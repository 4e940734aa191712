import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type NodeDatabase } from '../../node/database.ts';

const dirs: string[] = [];
const opened: NodeDatabase[] = [];

/** A path for a database file in a fresh temporary folder, removed after the test. */
export function temporaryDatabaseFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-test-'));
  dirs.push(dir);
  return join(dir, 'kb.sqlite');
}

/** openDatabase(file) (created and migrated as the server would), closed after the test. */
export function openForTest(file: string): NodeDatabase {
  const db = openDatabase(file);
  opened.push(db);
  return db;
}

/** A fresh SQLite file migrated from migrations/, closed and removed after the test. */
export function freshDatabase(): NodeDatabase {
  return openForTest(temporaryDatabaseFile());
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
