import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../node/paths.ts';
import { importFiles } from '../../kb/import/import.service.ts';
import { createServices } from '../../kb/services/index.ts';
import { articleSource } from '../helpers/articles.ts';
import { freshDatabase } from '../helpers/db.ts';

const marked = () => articleSource(954960, 'en-US').replace('## Status\n', '## Status\n\nZebracorn marker paragraph.\n');
const file = (content: string) => [{ path: '954960/en-US.md', content }];

/**
 * The FTS rows of a translation must follow it: after an edit, words it no longer has find nothing.
 * Databases indexed before the rowid scheme hold FTS rows under SQLite's own sequential rowids;
 * migration 0003 renumbers them, since the writer deletes by the computed rowid.
 */
describe('search index after an edit', () => {
  it('forgets removed words on a database written by the current code (control)', async () => {
    const db = freshDatabase();
    await importFiles(db, file(marked()));
    const search = createServices(db).search;
    expect((await search.search({ q: 'zebracorn' })).results.map((r) => r.id)).toEqual(['KB954960']);
    await importFiles(db, file(marked().replace('Zebracorn marker paragraph.', 'Plain paragraph.')));
    expect((await search.search({ q: 'zebracorn' })).results).toEqual([]);
    expect(Number(db.client.prepare('SELECT count(*) FROM articles_fts').pluck().get())).toBe(1);
  });

  it('migration 0003 renumbers an index written before the rowid scheme, so an edit replaces the old row', async () => {
    const db = freshDatabase();
    await importFiles(db, file(marked()));
    // What the index of a database written before 9a4365d looks like: the same rows under sequential rowids.
    db.client.exec(`
      CREATE TEMP TABLE f AS SELECT key, locale, title, summary, symptoms, body, codes FROM articles_fts;
      DELETE FROM articles_fts;
      INSERT INTO articles_fts (rowid, key, locale, title, summary, symptoms, body, codes) SELECT rowid, * FROM f;
      CREATE TEMP TABLE t AS SELECT key, locale, title, body FROM articles_trigram;
      DELETE FROM articles_trigram;
      INSERT INTO articles_trigram (rowid, key, locale, title, body) SELECT rowid, * FROM t;`);
    expect(Number(db.client.prepare("SELECT count(*) FROM articles_fts WHERE rowid = 954960 * 16 + 2").pluck().get())).toBe(0);
    // What `migrate` runs on such a database: the statements of migrations/0003_search_rowids.sql.
    const sql = readFileSync(join(MIGRATIONS_DIR, readdirSync(MIGRATIONS_DIR).find((f) => f.startsWith('0003_'))!), 'utf8');
    for (const statement of sql.split('--> statement-breakpoint')) db.client.exec(statement);
    expect(Number(db.client.prepare("SELECT count(*) FROM articles_fts WHERE rowid = 954960 * 16 + 2").pluck().get())).toBe(1);
    await importFiles(db, file(marked().replace('Zebracorn marker paragraph.', 'Plain paragraph.')));
    expect(Number(db.client.prepare('SELECT count(*) FROM articles_fts').pluck().get())).toBe(1);
    expect((await createServices(db).search.search({ q: 'zebracorn' })).results).toEqual([]);
  });
});
