// Words that carry no topic: a search hit on them alone is no answer.
const STOP = new Set(('have with that this from what when does dont already tried about there their they your into will would could should '
  + 'please thanks hello help need want after before again still just some other than then only also turning jest oraz przez jak nie się czy mam mamy '
  + 'który która które może można będzie tego jego było były proszę dzięki pomoc potrzebuję').split(' '));

function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

function words(text: string): string[] {
  return fold(text.slice(0, 5000)).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !STOP.has(w));
}

/**
 * Whether an article is about what the user wrote: enough of the message's topic words appear
 * (by a five-letter stem, so Polish and English inflections meet) in the article's title,
 * summary and keywords. Full-text search ranks anything it finds; the assistant must not.
 */
export function isAbout(message: string, article: { title: string; summary: string; keywords: string[] }): boolean {
  const asked = [...new Set(words(message))];
  if (asked.length === 0) return false;
  const stems = new Set(words([article.title, article.summary, ...article.keywords].join(' ')).map((w) => w.slice(0, 5)));
  const hits = asked.filter((w) => stems.has(w.slice(0, 5))).length;
  return hits >= 2 || (hits === 1 && asked.length <= 2);
}
