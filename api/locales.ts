import type { Context } from 'hono';
import { parseAcceptLanguage } from '../kb/services/locale.ts';

/** The locales a request asks for, best first: `?locale=` wins over its Accept-Language. */
export function wantedLocales(c: Context, query: string | undefined): string[] {
  return [...(query ? [query] : []), ...parseAcceptLanguage(c.req.header('Accept-Language'))];
}
