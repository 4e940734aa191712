import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type NodeDatabase } from '../../node/database.ts';

const opened: { db: NodeDatabase; dir: string }[] = [];

/** A fresh SQLite file migrated from migrations/, closed and removed after the test. */
export function freshDatabase(): NodeDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'kbdesk-test-'));
  const db = openDatabase(join(dir, 'kb.sqlite'));
  opened.push({ db, dir });
  return db;
}

afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
