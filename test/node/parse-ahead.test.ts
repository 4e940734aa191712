import { describe, expect, it } from 'vitest';
import { importFiles, parseInPlace, type ArticleFile, type ArticleParser } from '../../kb/import/import.service.ts';
import { InvalidArticleError } from '../../kb/errors.ts';
import { parseAhead } from '../../node/parse-ahead.ts';
import { readArticleFiles } from '../../node/article-files.ts';
import { BUNDLED_ARTICLES_DIR } from '../../node/paths.ts';
import { freshDatabase } from '../helpers/db.ts';
import { copyAs } from '../helpers/files.ts';
import { steadyThreadCount, threadCount, threadsSettleAt } from '../helpers/threads.ts';

/** Every file through the worker, however few (the default parses small imports in place). */
const onWorker = parseAhead(0);

/** The bundled articles plus enough copies that the worker's read-ahead window is crossed several times. */
async function corpus(): Promise<ArticleFile[]> {
  const bundled = await readArticleFiles(BUNDLED_ARTICLES_DIR);
  return [...bundled, ...Array.from({ length: 80 }, (_, i) => copyAs(800_000 + i, `Copy number ${i}`))];
}

function tableRows(db: ReturnType<typeof freshDatabase>) {
  return {
    translations: db.client.prepare('SELECT key, title, document, source, content_hash FROM translations ORDER BY key').all(),
    words: db.client.prepare('SELECT rowid, * FROM articles_fts ORDER BY rowid').all(),
    substrings: db.client.prepare('SELECT rowid, * FROM articles_trigram ORDER BY rowid').all(),
    codes: db.client.prepare('SELECT key, code, position FROM error_codes ORDER BY key, position').all(),
  };
}

describe('parseAhead', () => {
  it('answers what parsing in place answers, file by file and in order, invalid files included', async () => {
    const files = await corpus();
    const broken = { path: '954961/en-US.md', content: files[0]!.content.replace(/^number: .*$/m, 'number: many') };
    const input = [...files.slice(0, 40), broken, ...files.slice(40)];
    const inPlace = [...parseInPlace(input)];
    expect(inPlace.filter((r) => !r.ok)).toHaveLength(1);
    expect([...onWorker(input)]).toEqual(inPlace);
  });

  it('imports the same rows as parsing in place', async () => {
    const files = await corpus();
    const now = '2026-11-24T00:00:00.000Z';
    const [a, b] = [freshDatabase(), freshDatabase()];
    const reports = [await importFiles(a, files, { now, parser: onWorker }), await importFiles(b, files, { now, parser: parseInPlace })];
    expect(reports[0]!.created).toHaveLength(files.length);
    expect(reports[0]).toEqual(reports[1]);
    expect(tableRows(a)).toEqual(tableRows(b));
  });

  it('fails an import with an invalid file the same way, writing nothing', async () => {
    const files = await corpus();
    const wrong = { path: '800003/en-US.md', content: files.find((f) => f.path === '800003/en-US.md')!.content.replace('number: 800003', 'number: 800004') };
    const input = [...files.filter((f) => f.path !== '800003/en-US.md'), wrong];
    const errors = await Promise.all([onWorker, parseInPlace].map((parser: ArticleParser) =>
      importFiles(freshDatabase(), input, { parser }).catch((e: unknown) => e)));
    expect(errors[0]).toBeInstanceOf(InvalidArticleError);
    expect((errors[0] as InvalidArticleError).issues).toEqual((errors[1] as InvalidArticleError).issues);
    expect((errors[0] as InvalidArticleError).issues[0]).toMatchObject({ file: '800003/en-US.md', field: 'number' });
    const db = freshDatabase();
    await importFiles(db, input, { parser: onWorker }).catch(() => undefined);
    expect(db.client.prepare('SELECT count(*) AS n FROM translations').get()).toEqual({ n: 0 });
  });

  it('stops its worker when the reader gives up early, and when it reads to the end', async () => {
    const files = await corpus();
    const before = await steadyThreadCount();
    const early = onWorker(files)[Symbol.iterator]();
    expect(early.next().value).toMatchObject({ ok: true });
    expect(threadCount()).toBeGreaterThan(before);
    early.return?.();
    expect(await threadsSettleAt(before)).toBe(before);
    expect([...onWorker(files)]).toHaveLength(files.length);
    expect(await threadsSettleAt(before)).toBe(before);
  });

  it('parses small imports in place, without starting a worker', async () => {
    const before = await steadyThreadCount();
    const small = parseAhead(3)(Array.from({ length: 2 }, (_, i) => copyAs(800_000 + i)))[Symbol.iterator]();
    expect(small.next().value).toMatchObject({ ok: true });
    expect(threadCount()).toBe(before);
    small.return?.();
  });
});
