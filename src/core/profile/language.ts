/** Languages whose job-ad headings and cue words the JD reader knows. */
export type Language = 'en' | 'fr' | 'it' | 'de' | 'es' | 'pt';

export const LANGUAGE_NAME: Record<Language, string> = {
  en: 'English',
  fr: 'French',
  it: 'Italian',
  de: 'German',
  es: 'Spanish',
  pt: 'Portuguese',
};

/** Frequent function words that are distinctive for each language. */
const STOPWORDS: Record<Language, string[]> = {
  en: ['the', 'and', 'of', 'to', 'with', 'you', 'we', 'our', 'for', 'will', 'are', 'is', 'this', 'that', 'your', 'have'],
  fr: ['le', 'la', 'les', 'des', 'et', 'vous', 'nous', 'pour', 'dans', 'une', 'est', 'avec', 'sur', 'du', 'au', 'aux', 'votre', 'qui'],
  it: ['il', 'di', 'della', 'delle', 'dei', 'e', 'per', 'con', 'una', 'che', 'nel', 'nella', 'sono', 'alla', 'degli', 'gli', 'è'],
  de: ['der', 'die', 'das', 'und', 'mit', 'für', 'wir', 'sie', 'ist', 'eine', 'ein', 'du', 'auf', 'bei', 'dich', 'ihr', 'von'],
  es: ['el', 'los', 'las', 'del', 'y', 'para', 'con', 'una', 'que', 'en', 'por', 'es', 'tu', 'nuestro', 'como', 'experiencia'],
  pt: ['o', 'os', 'as', 'da', 'do', 'dos', 'das', 'e', 'para', 'com', 'uma', 'que', 'em', 'você', 'nosso', 'não', 'experiência'],
};

const STOPWORD_SETS = Object.entries(STOPWORDS).map(([lang, ws]) => [lang as Language, new Set(ws)] as const);

/** The language most of a text is written in, by distinctive function words; English when unsure. */
export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/[a-zà-ÿœ]+/g) ?? [];
  const counts = new Map<Language, number>();
  for (const w of words) for (const [lang, set] of STOPWORD_SETS) if (set.has(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[0] === 'en') return 'en';
  // Code names and English tool names sprinkle English words into any ad: ask for a clear margin.
  const en = counts.get('en') ?? 0;
  return best[1] > 1.3 * en && best[1] >= 4 && (!second || best[1] >= second[1]) ? best[0] : 'en';
}

/** Languages the reader has no headings for but can name, by distinctive function words. */
const OTHER_LANGUAGES: [string, Set<string>][] = [
  [
    'Dutch',
    new Set(['het', 'een', 'van', 'voor', 'je', 'jij', 'jouw', 'wij', 'zijn', 'bij', 'ook', 'wat', 'naar', 'niet', 'onze', 'deze']),
  ],
  ['Polish', new Set(['jest', 'się', 'oraz', 'na', 'dla', 'nie', 'jak', 'przez', 'lub', 'będzie', 'twoje'])],
  ['Swedish', new Set(['och', 'att', 'för', 'med', 'som', 'är', 'på', 'du', 'vi', 'av', 'till', 'det', 'har', 'vår'])],
];

/**
 * When a text is written in none of the languages the reader knows: the language's name if it is one of a few
 * recognisable others, 'another language' when hardly any of its words are English; undefined otherwise.
 */
export function unknownLanguageOf(text: string): string | undefined {
  const words = text.toLowerCase().match(/[a-zà-ÿœąćęłńóśźżåäö]+/g) ?? [];
  if (words.length < 40) return undefined;
  const knownHits = Math.max(...STOPWORD_SETS.map(([, set]) => words.filter((w) => set.has(w)).length));
  const [name, hits] = OTHER_LANGUAGES.map(([n, set]) => [n, words.filter((w) => set.has(w)).length] as const).sort(
    (a, b) => b[1] - a[1],
  )[0];
  if (hits >= 8 && hits > 1.5 * knownHits) return name;
  // Hardly any function word of a known language: the text is in a language nobody here names.
  return knownHits < 0.015 * words.length ? 'another language' : undefined;
}
