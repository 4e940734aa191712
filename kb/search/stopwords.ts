/**
 * Words too common to narrow a search, in both article languages (fully folded). They are left
 * out of the required terms so `jak naprawić błąd 0x8024400E` does not demand the word `jak`;
 * exact-phrase boosts still use them.
 */
const WORDS = `
a aby ale albo bez by byc byl czy dla do gdy gdzie i ich jak jaki jakie jest jej jego juz lub
na nad nie o od oraz po pod przez przy sa sie tak takze tam ten ta te to tego tej tylko u w we
wiec z za ze zeby ktory ktora ktore ktorych moze mozna co
an and are as at be been but by can do does did for from has have had how i if in into is it
its my no not of on or our so than that the their then there this to was were what when where
which who why will with you your
`;

const STOPWORDS = new Set(WORDS.split(/\s+/).filter(Boolean));

/** Whether a fully folded word is a stopword in Polish or English. */
export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}
