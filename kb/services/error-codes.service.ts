import { PUBLIC, type Audience } from '../access/roles.ts';
import type { KbDatabase } from '../db/database.ts';
import { BadRequestError } from '../errors.ts';
import { parseErrorCode } from '../codes/hresult.ts';
import { articlesWithCode } from '../store/catalog.queries.ts';
import { pickHeads } from './article-heads.ts';

/** Error-code lookups: any pasted form → the decoded code and the articles that list it. */
export function createErrorCodesService(db: KbDatabase) {
  return {
    async lookup(input: string, wanted: string[], audience: Audience = PUBLIC) {
      const lang = wanted[0]?.toLowerCase().startsWith('pl') ? 'pl' : 'en';
      const parsed = parseErrorCode(input, lang);
      if (!parsed.ok) throw new BadRequestError(`"${input.slice(0, 64)}" is not an error code: ${parsed.reason}`);
      const { numbers, heads } = await articlesWithCode(db, parsed.code.hex, audience);
      const articles = pickHeads(heads, numbers, wanted);
      return { input, ...parsed.code, articles: articles.map(({ id, title, locale }) => ({ id, title, locale })) };
    },

    /** The articles listing a normalised code, those whose main code it is first, for the assistant and triage. */
    async articlesFor(hex: string, wanted: string[], audience: Audience = PUBLIC) {
      const { numbers, main, heads } = await articlesWithCode(db, hex, audience);
      return pickHeads(heads, numbers, wanted).map((h) => ({ id: h.id, title: h.title, locale: h.locale, main: main.has(h.number) }))
        .sort((a, b) => Number(b.main) - Number(a.main));
    },
  };
}

export type ErrorCodesService = ReturnType<typeof createErrorCodesService>;
