import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { importFiles, validateFiles } from '../../../kb/import/import.service.ts';
import { InvalidArticleError } from '../../../kb/errors.ts';
import { createArticleWritesService } from '../../../kb/services/article-writes.service.ts';
import { MIGRATIONS_DIR } from '../../../node/paths.ts';
import { sha256Hex } from '../../../kb/util/hash.ts';
import { freshDatabase } from '../../helpers/db.ts';
import { copyAs, kb954960Files } from '../../helpers/files.ts';

const count = (db: ReturnType<typeof freshDatabase>, table: string) =>
  (db.client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('a fresh database', () => {
  it('is migrated from every file in migrations/', () => {
    const db = freshDatabase();
    const journal = JSON.parse(readFileSync(`${MIGRATIONS_DIR}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
    const sqlFiles = readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql'));
    expect(journal.entries).toHaveLength(sqlFiles.length);
    expect(count(db, '__drizzle_migrations')).toBe(sqlFiles.length);
    const tables = (db.client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['articles', 'translations', 'revisions', 'products', 'article_products', 'error_codes', 'log_excerpts', 'labels', 'articles_fts', 'articles_trigram']) {
      expect(tables).toContain(t);
    }
  });
});

describe('importFiles', () => {
  it('stores articles, translations, products per version, codes, excerpts, labels and the search index', async () => {
    const db = freshDatabase();
    const report = await importFiles(db, kb954960Files());
    expect(report.created.sort()).toEqual(['KB954960 en-US', 'KB954960 pl-PL']);
    expect(count(db, 'articles')).toBe(1);
    expect(count(db, 'translations')).toBe(2);
    expect(count(db, 'revisions')).toBe(2);
    // wsus 3.0 + 3.0 SP1, sbs 2003, sce 2007, sccm 2007 = 5 versions per locale
    expect(count(db, 'article_products')).toBe(10);
    expect(count(db, 'products')).toBe(4);
    expect(count(db, 'error_codes')).toBe(2);
    expect(count(db, 'log_excerpts')).toBe(4);
    const hit = db.client.prepare("SELECT key FROM articles_fts WHERE articles_fts MATCH 'zatwierdzen*'").all();
    expect(hit).toEqual([{ key: '954960:pl-PL' }]);
  });

  it('writes the search index in rowid order, whatever order the folder lists the files in', async () => {
    const db = freshDatabase();
    const inserted: number[] = [];
    const write = db.writeAtomic;
    // Observed, not replaced: the real statements run; FTS5 flushes a segment at every lower rowid.
    db.writeAtomic = (statements) => write(function* () {
      for (const s of statements) {
        if (s.sql.startsWith('INSERT INTO articles_trigram')) inserted.push(s.params[0] as number);
        yield s;
      }
    }());
    // As a folder lists them: en-US before pl-PL, and 1000000 before 954960 and 99.
    await importFiles(db, [copyAs(1_000_000), ...kb954960Files(), copyAs(99)]);
    expect(inserted).toHaveLength(4);
    expect(inserted).toEqual([...inserted].sort((a, b) => a - b));
    expect(count(db, 'articles_trigram')).toBe(4);
  });

  it('is idempotent: importing the same files again changes nothing', async () => {
    const db = freshDatabase();
    await importFiles(db, kb954960Files());
    const before = db.client.prepare('SELECT key, revision, updated_at FROM translations ORDER BY key').all();
    const report = await importFiles(db, kb954960Files());
    expect(report).toEqual({ created: [], updated: [], unchanged: ['KB954960 en-US', 'KB954960 pl-PL'], missingOnDisk: [] });
    expect(db.client.prepare('SELECT key, revision, updated_at FROM translations ORDER BY key').all()).toEqual(before);
    expect(count(db, 'revisions')).toBe(2);
  });

  it('does not parse a file again whose content is what is stored under the key its path names', async () => {
    const db = freshDatabase();
    await importFiles(db, kb954960Files());
    // A stored file the parser would now refuse (as after a stricter release): import trusts the
    // stored hash and reports it unchanged, while `validateFiles` (kbdesk validate) still reads it.
    const [en, pl] = kb954960Files();
    const refused = { path: en!.path, content: en!.content.replace('relation: affected', 'relation: nope') };
    db.client.prepare("UPDATE translations SET content_hash = ? WHERE key = '954960:en-US'").run(await sha256Hex(refused.content));
    const report = await importFiles(db, [refused, pl!]);
    expect(report).toEqual({ created: [], updated: [], unchanged: ['KB954960 en-US', 'KB954960 pl-PL'], missingOnDisk: [] });
    await expect(validateFiles([refused])).rejects.toThrow(InvalidArticleError);
  });

  it('still validates unchanged files when another file names the same translation', async () => {
    const db = freshDatabase();
    await importFiles(db, kb954960Files());
    const dup = { path: 'copies/954960/en-US.md', content: kb954960Files()[0]!.content };
    const err = await importFiles(db, [...kb954960Files(), dup]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArticleError);
    expect((err as InvalidArticleError).issues).toEqual([expect.objectContaining({ file: 'copies/954960/en-US.md', field: 'locale' })]);
  });

  it('makes a changed file a new revision and keeps the old one', async () => {
    const db = freshDatabase();
    await importFiles(db, kb954960Files());
    const files = kb954960Files();
    files[0]!.content = files[0]!.content.replace('title: Some computers', 'title: Several computers');
    const report = await importFiles(db, files);
    expect(report.updated).toEqual(['KB954960 en-US']);
    expect(report.unchanged).toEqual(['KB954960 pl-PL']);
    const revs = db.client.prepare("SELECT n, action, source LIKE '%Several computers%' AS changed FROM revisions WHERE key = '954960:en-US' ORDER BY n").all();
    expect(revs).toEqual([{ n: 1, action: 'create', changed: 0 }, { n: 2, action: 'update', changed: 1 }]);
    expect(db.client.prepare("SELECT revision, title FROM translations WHERE key = '954960:en-US'").get()).toEqual({ revision: 2, title: 'Several computers do not receive updates from the WSUS server' });
  });

  it('numbers the revision of a translation deleted through the API and imported again after its deletion', async () => {
    const db = freshDatabase();
    await importFiles(db, [...kb954960Files(), copyAs(100001)]);
    await createArticleWritesService(db).remove('KB954960', 'en-US');
    const report = await importFiles(db, [...kb954960Files(), copyAs(100001)]);
    expect(report.created).toEqual(['KB954960 en-US']);
    const revs = db.client.prepare("SELECT n, action FROM revisions WHERE key = '954960:en-US' ORDER BY n").all();
    expect(revs).toEqual([{ n: 1, action: 'create' }, { n: 2, action: 'delete' }, { n: 3, action: 'create' }]);
    expect(db.client.prepare("SELECT max(n) AS n FROM revisions WHERE key = '100001:en-US'").get()).toEqual({ n: 1 });
  });

  it('reports a translation whose file was removed, and never deletes it', async () => {
    const db = freshDatabase();
    await importFiles(db, kb954960Files());
    const report = await importFiles(db, kb954960Files().slice(1));
    expect(report.missingOnDisk).toEqual(['KB954960 en-US']);
    expect(count(db, 'translations')).toBe(2);
  });

  it('is atomic: one invalid file among valid ones leaves the database unchanged', async () => {
    const db = freshDatabase();
    await importFiles(db, kb954960Files());
    const snapshot = () => db.client.prepare('SELECT key, revision, content_hash FROM translations ORDER BY key').all();
    const before = snapshot();
    const files = [...kb954960Files(), copyAs(111111), copyAs(222222)];
    files[0]!.content = files[0]!.content.replace('title: Some', 'title: Changed');
    files[3]!.content = files[3]!.content.replace('relation: affected', 'relation: nope');
    await expect(importFiles(db, files)).rejects.toThrow(InvalidArticleError);
    expect(snapshot()).toEqual(before);
    expect(count(db, 'articles')).toBe(1);
  });

  it('is atomic when the database itself fails half-way', async () => {
    const db = freshDatabase();
    // A trigger that refuses the second article's row makes the write fail after the first succeeded.
    db.client.exec("CREATE TRIGGER refuse BEFORE INSERT ON translations WHEN NEW.number = 222222 BEGIN SELECT RAISE(ABORT, 'refused'); END");
    await expect(importFiles(db, [copyAs(111111), copyAs(222222)])).rejects.toThrow(/refused/);
    expect(count(db, 'translations')).toBe(0);
    expect(count(db, 'revisions')).toBe(0);
  });
});

describe('validateFiles', () => {
  it('refuses a duplicate locale, naming both files', async () => {
    const dup = { path: 'copies/954960/en-US.md', content: kb954960Files()[0]!.content };
    const err = await validateFiles([...kb954960Files(), dup]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidArticleError);
    expect((err as InvalidArticleError).issues).toEqual([
      expect.objectContaining({ file: 'copies/954960/en-US.md', field: 'locale', message: expect.stringContaining('954960/en-US.md') }),
    ]);
  });

  it('refuses a file whose name disagrees with its front matter', async () => {
    const [en] = kb954960Files();
    const err = (await validateFiles([{ path: '954960/pl-PL.md', content: en!.content }]).catch((e: unknown) => e)) as InvalidArticleError;
    expect(err.issues).toEqual([expect.objectContaining({ file: '954960/pl-PL.md', field: 'locale' })]);
  });

  it('collects the problems of every file, not just the first', async () => {
    const a = copyAs(111111);
    const b = copyAs(222222);
    a.content = a.content.replace(/^title: .*\n/m, '');
    b.content = b.content.replace('relation: affected', 'relation: nope');
    const err = (await validateFiles([a, b]).catch((e: unknown) => e)) as InvalidArticleError;
    expect(err.issues.map((i) => i.file)).toEqual(['111111/en-US.md', '222222/en-US.md']);
  });
});
