/** Numbers written as words in CVs and job ads ("six years", "twelve months"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
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
  fifteen: 15,
  twenty: 20,
};

/** A span of experience as a reader says it: "under a year", "1 year", "7 years". */
export function yearsPhrase(years: number): string {
  if (years > 0 && years < 1) return 'under a year';
  return years === 1 ? '1 year' : `${years} years`;
}
