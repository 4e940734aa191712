export type Lang = 'pl' | 'en';

const POLISH_LETTERS = /[ąćęłńóśźż]/i;
const POLISH_WORDS = /\b(jak|nie|się|czy|jest|mam|mamy|serwer(a|ze)?|aktualizacj\w*|błąd|bledu|błędu|komputer\w*|dlaczego|sprawdzić|sprawdzic|wersj\w*|dziękuję|dzieki|prosz\w*|działa|dziala)\b/i;

/** Polish when the text has Polish letters or common Polish words; English otherwise. */
export function detectLanguage(text: string): Lang {
  const sample = text.slice(0, 2000);
  return POLISH_LETTERS.test(sample) || POLISH_WORDS.test(sample) ? 'pl' : 'en';
}

export function localeOf(lang: Lang): 'pl-PL' | 'en-US' {
  return lang === 'pl' ? 'pl-PL' : 'en-US';
}

export function langOf(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  return locale.toLowerCase().startsWith('pl') ? 'pl' : locale.toLowerCase().startsWith('en') ? 'en' : undefined;
}
