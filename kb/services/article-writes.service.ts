import type { KbDatabase } from '../db/database.ts';
import { BadRequestError, InvalidArticleError, KbError, NotFoundError } from '../errors.ts';
import { isKnownLocale } from './locale.ts';
import { parseArticle } from '../parse/article.parser.ts';
import { createArticleStore } from '../store/article.store.ts';
import { deleteTranslation, translationKey, writeTranslation } from '../store/translation.writes.ts';
import { sha256Hex } from '../util/hash.ts';
import { parseArticleId } from './article-id.ts';

export interface WriteResult {
  id: string;
  locale: string;
  revision: number;
  action: 'create' | 'update' | 'unchanged' | 'delete';
}

function checkLocale(locale: string) {
  if (!isKnownLocale(locale)) throw new BadRequestError(`locale "${locale.slice(0, 20)}" is not supported; use pl-PL or en-US.`);
}

/** A unique-constraint failure here means another writer took the same revision number. */
function asConflict(err: unknown): never {
  if (err instanceof Error && /UNIQUE|PRIMARY KEY|constraint/i.test(err.message)) {
    throw new KbError('conflict', 'The article changed while it was being written; send the request again.');
  }
  throw err;
}

/** Editorial writes through the API: each one is a new revision, applied atomically. */
export function createArticleWritesService(db: KbDatabase) {
  const store = createArticleStore(db);
  return {
    async put(idInput: string, locale: string, source: string, now = new Date().toISOString()): Promise<WriteResult> {
      const number = parseArticleId(idInput);
      checkLocale(locale);
      const file = `${number}/${locale}.md`;
      const parsed = parseArticle(source, file);
      if (!parsed.ok) throw new InvalidArticleError(parsed.issues);
      const { article } = parsed;
      if (article.number !== number) throw new InvalidArticleError([{ file, line: 2, field: 'number', message: `is ${article.number} but the URL names ${number}` }]);
      if (article.locale !== locale) throw new InvalidArticleError([{ file, line: 2, field: 'locale', message: `is ${article.locale} but the URL names ${locale}` }]);
      const hash = await sha256Hex(source);
      const key = translationKey(number, locale);
      const current = await store.storedOne(key);
      if (current?.contentHash === hash) return { id: article.id, locale, revision: current.revision, action: 'unchanged' };
      const n = (await store.lastRevision(key)) + 1;
      const action = current ? 'update' : 'create';
      await db.writeAtomic(writeTranslation(db.orm, article, hash, { n, action }, 'api', now)).catch(asConflict);
      return { id: article.id, locale, revision: n, action };
    },

    async remove(idInput: string, locale: string, now = new Date().toISOString()): Promise<WriteResult> {
      const number = parseArticleId(idInput);
      checkLocale(locale);
      if (!(await store.localesOf(number)).includes(locale)) throw new NotFoundError(`Article KB${number} has no ${locale} translation.`);
      const key = translationKey(number, locale);
      const n = (await store.lastRevision(key)) + 1;
      await db.writeAtomic(deleteTranslation(db.orm, number, locale, n, 'api', now)).catch(asConflict);
      return { id: `KB${number}`, locale, revision: n, action: 'delete' };
    },
  };
}
