import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../kb/db/database.ts';
import { freshDatabase } from '../../helpers/db.ts';

const key = (db: ReturnType<typeof freshDatabase>, name: string) =>
  db.client.prepare('SELECT name FROM api_keys WHERE name = ?').get(name) as { name: string } | undefined;
const insertKey = (name: string, extra: Partial<Statement> = {}): Statement => ({
  sql: "INSERT INTO api_keys (id, name, hash, prefix, role, created_at) VALUES (?, ?, ?, 'kb_', 'agent', '2026-01-01T00:00:00Z')",
  params: [name, name, `hash-${name}`],
  ...extra,
});

// Imports hand writeAtomic a generator that parses files as the transaction consumes it.
describe('writeAtomic with statements from a generator', () => {
  it('undoes what the generator yielded when it throws part-way', async () => {
    const db = freshDatabase();
    function* statements() {
      yield insertKey('first');
      throw new Error('invalid file');
    }
    await expect(db.writeAtomic(statements())).rejects.toThrow('invalid file');
    expect(key(db, 'first')).toBeUndefined();
    await db.writeAtomic([insertKey('second')]);
    expect(key(db, 'second')).toEqual({ name: 'second' });
  });

  it('counts a revision write only when a yielded statement adds a revision', async () => {
    const db = freshDatabase();
    const before = db.localRevisionWrites();
    await db.writeAtomic((function* () { yield insertKey('plain'); })());
    expect(db.localRevisionWrites()).toBe(before);
    await db.writeAtomic((function* () { yield insertKey('plain-2'); yield insertKey('revision', { addsRevision: true }); })());
    expect(db.localRevisionWrites()).toBe(before + 1);
  });
});
