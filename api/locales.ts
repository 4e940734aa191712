import { parseAcceptLanguage } from '../kb/services/locale.ts';

/** The locales a request asks for, best first: `?locale=` wins over Accept-Language. */
export function wantedLocales(query: string | undefined, header: string | undefined): string[] {
  return [...(query ? [query] : []), ...parseAcceptLanguage(header)];
}
