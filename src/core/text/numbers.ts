/** English number words ("one" … "twenty", "thirty"): the ones a CV's stated total is read in. */
export const ENGLISH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
};

/** Numbers written as words in CVs and job ads ("six years", "twelve months"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...ENGLISH_NUMBER_WORDS,
  // The same small numbers in the other languages ads and CVs are read in ("drei Jahre", "cinq ans", "dos años").
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  zehn: 10,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  dix: 10,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  diez: 10,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  dieci: 10,
  dois: 2,
  duas: 2,
  três: 3,
  sete: 7,
  oito: 8,
  dez: 10,
};

/** Any of NUMBER_WORDS, for a regular expression (longest first, so "dieci" is not read as "dez"). */
export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** A span of experience as a reader says it: "under a year", "1 year", "7 years". */
export function yearsPhrase(years: number): string {
  if (years > 0 && years < 1) return 'under a year';
  return years === 1 ? '1 year' : `${years} years`;
}
