// How CVs write dates and periods, in English, German, French, Spanish, Italian, Portuguese and Dutch. Shared by the CV
// reader (cv.ts) and the reader of flattened PDFs (cv-flat.ts), so both see the same periods.

/** Spellings grouped by month (January first) → [spelling, month index] pairs. */
const byMonth = (groups: string[][]) => groups.flatMap((names, i) => names.map((n): [string, number] => [n, i]));
/** Month names by their first letters, in English, German, French, Spanish, Italian, Portuguese and Dutch, and quarters. */
export const MONTHS: [string, number][] = [
  ...byMonth([
    ['jan', 'ene', 'gen'],
    ['feb', 'fév', 'fev'],
    ['mar', 'mär', 'maa'],
    ['apr', 'avr', 'abr'],
    ['may', 'mai', 'mag', 'mei'],
    ['jun', 'juin', 'giu'],
    ['jul', 'juil', 'lug'],
    ['aug', 'aoû', 'aou', 'ago'],
    ['sep', 'set'],
    ['oct', 'okt', 'ott', 'out'],
    ['nov'],
    ['dec', 'dez', 'déc', 'dic'],
  ]),
  // Quarters stand for their first month ("Q3 2021").
  ...byMonth([['q1'], [], [], ['q2'], [], [], ['q3'], [], [], ['q4']]),
].sort((a, b) => b[0].length - a[0].length);
export const MONTH = `(?<![a-zà-ÿ])(?:${MONTHS.map(([n]) => n).join('|')}|spring|summers?|fall|autumn|winter)[a-zà-ÿ]*\\.?,?`;
/** Seasons stand for their first month. */
export const SEASONS: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 0 };
export const YEAR = '(?:19|20)\\d{2}';
/** "Mar 2019", "March, 2019", "January 1, 2019", "Jan/2019", "enero de 2019", "2019", "03/2019", "03-2019", "19/12/2021", "2019-03", "2019-03-15", "03/19". */
export const DATE = `(?:(?:${MONTH}(?:[\\s/-]*(?:de|del)\\s+|[\\s/-]*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?))?${YEAR}(?:[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\\d|3[01]))?(?!\\d))?|(?:\\d{1,2}[/.])?\\d{1,2}[/.]${YEAR}|(?<![\\d-])(?:0?[1-9]|1[0-2])-${YEAR}|${MONTH}\\s*['’]\\d{2}(?!\\d)|(?<![\\d/])(?:0?[1-9]|1[0-2])/\\d{2}(?![\\d/]))`;
/** A role still held: "Present", "heute", "aujourd'hui", "hoy", "en curso", "atualmente", "o momento atual", "heden". */
export const OPEN_END =
  "present[ea]?|current(?:ly)?|now|today|date|ongoing|heute|jetzt|aktuell|oggi|attuale|in corso|aujourd[’']hui|en cours|actualidad|actualmente|actual|hoy|fecha|en curso|presente|(?:o\\s+)?momento(?:\\s+atual)?|atual(?:mente)?|hoje|agora|heden|nu";
/**
 * Between the two dates of a period: every dash (figure dash, minus, horizontal bar), arrows, an ellipsis ("2019 … 2023",
 * "2019..2021"), a slash with spaces around it ("2019 / 2021"), and the words for "to".
 */
const DASH = '(?:[–—‒―−‐‑…]|-{1,2}|\\.{2,3}|→|~|(?<=\\s)/(?=\\s))';
const TO_WORD = "(?<![a-zà-ÿ])(?:to|until|till|through|thru|bis|au|à|al|a|até|ate|hasta|tot)(?![a-zà-ÿ])(?:\\s+(?:l['’]|le|la|el|o)\\s*)?";
export const TO = `(?:${DASH}|${TO_WORD})`;
/** A date that ends a period: the date, or an open end ("till date", "to present"). */
const END = `${DATE}|(?:till\\s+|to\\s+)?(?:${OPEN_END})(?![a-zà-ÿ])`;
/**
 * "Jan 2019 – Present", "2015 à 2019", "2019–21", "Jan 2019 –" and "*October 2020 -*" (open: nothing after the dash but emphasis). A two-digit end
 * and an open dash only follow a dash: "In 2019 a 40-person team" is not a period.
 */
const RANGE = new RegExp(
  `\\(?\\s*(${DATE})\\s*(?:${DASH}\\s*(${END}|(?<!(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.])\\d{2}(?!\\d)|(?=\\s*(?:[)|]|[*_]+\\s*$|$)))|${TO_WORD}\\s*(${END}))\\s*\\)?`,
  'i',
);
/** A month and year, by name or number: "Sep. 2023", "09/2023". */
const MONTH_YEAR = `(?:${MONTH}\\s*${YEAR}|(?<![\\d/.])(?:0?[1-9]|1[0-2])/${YEAR})`;
/** Flattened PDFs drop the dash (or keep it as a glyph with no text): "Sep. 2023 Mar. 2024", "01/2025 Present". */
const RANGE_NO_DASH = new RegExp(
  `(${MONTH_YEAR})\\s+(${MONTH_YEAR}|(?:present|current|today|heute|aujourd[’']hui|actualidad|atual)(?![a-zà-ÿ]))`,
  'i',
);
/** "Jan 16 – Dec 21": month names with two-digit years on both sides of a dash (not "May 15 - June 20, 2019": days). */
const RANGE_SHORT_YEARS = new RegExp(
  `(${MONTH})\\s*(\\d{2})(?![\\d:])\\s*${DASH}\\s*(?:(${MONTH})\\s*(\\d{2})(?![\\d:]|,?\\s*(?:19|20)\\d{2})|(${OPEN_END})(?![a-zà-ÿ]))`,
  'i',
);
/** "Since 2020", "seit 2015", "ab 2019", "sinds 2018", "a partir de 2017", a line that opens "from 2021 Goethe University…", and "2015 onwards": an open range written as its start. */
const SINCE = new RegExp(
  `(?:(?<![a-zà-ÿ])(?:since|depuis|dal|seit|ab|sinds|desde|dès|[àa] partir de)|^\\s*(?:[-*•]\\s*)?from)\\s+(${DATE})|(${DATE})\\s*(?:[-–]\\s*)?(?:onwards|and ongoing)\\b`,
  'i',
);
/**
 * "I started my career in 2010 as…", "my career began in 2008", "since graduating in 2012, I have worked…": a summary that
 * dates the start of a career in prose, an open range like "since 2010".
 */
const CAREER_START = new RegExp(
  `\\b(?:(?:start|began|begun|begin|launch)\\w*\\s+(?:my|her|his|their)\\s+(?:professional\\s+|working\\s+)?career|(?:my|her|his|their)\\s+(?:professional\\s+|working\\s+)?career\\s+(?:started|began))\\b[^.;]{0,40}?\\bin\\s+(${DATE})|\\bsince\\s+(?:graduating|graduation|finishing\\s+(?:my|university|college|school))\\b[^.;]{0,30}?\\bin\\s+(${DATE})`,
  'i',
);
/** A job told as a story and still held: "In 2012 I … join RESAAS as an aspiring software engineer. … I still work there". */
const JOINED_STILL = new RegExp(
  `\\bin\\s+(${YEAR})\\b,?[^.;]{0,80}?\\b(?:join(?:ed)?|was\\s+hired|started\\s+(?:at|with|working))\\b[^\\n]{0,240}?\\b(?:still\\s+(?:work|am|working)\\s+(?:there|with them|for them|at)|to\\s+this\\s+day)\\b`,
  'i',
);
/** A period inside running text, for splitting flattened lines: "Jan 2018 to Present", "2014-2017", "(2019 - Present)". */
export const PERIOD = new RegExp(
  `\\(?(?:\\bbetween\\s+${DATE}\\s+and\\s+${DATE}|(?:\\b(?:from|since)\\s+)?\\b${DATE}\\s*${TO}\\s*(?:${END}))\\b\\)?:?`,
  'gi',
);
const OPEN = new RegExp(`^(?:till\\s+|to\\s+)?(?:${OPEN_END})$`);

/** A date as a month index (year * 12 + month); a bare year counts from its middle; an open end is `now`. */
export function monthIndex(s: string, now: Date, startYear?: number): number {
  const t = s.trim().toLowerCase();
  // "Jan 2019 –" with nothing after the dash: a role still held.
  if (!t || OPEN.test(t)) return now.getUTCFullYear() * 12 + now.getUTCMonth();
  // "2019–21": the end written with two digits shares the start's century.
  if (/^\d{2}$/.test(t) && startYear) return (Math.floor(startYear / 100) * 100 + Number(t)) * 12 + 5;
  // "Jun'14": a two-digit year is this century's unless that is in the future.
  const short = t.match(/['’](\d{2})(?!\d)/);
  const shortYear = short ? 2000 + Number(short[1]) : 0;
  // "03/19": a month and a two-digit year.
  const slashed = t.match(/^(\d{1,2})\/(\d{2})$/);
  if (slashed) {
    const y = 2000 + Number(slashed[2]);
    return (y > now.getUTCFullYear() + 1 ? y - 100 : y) * 12 + Number(slashed[1]) - 1;
  }
  const year = Number(t.match(/(?:19|20)\d{2}/)?.[0] ?? (shortYear > now.getUTCFullYear() + 1 ? shortYear - 100 : shortYear));
  const mon = MONTHS.find(([m]) => t.startsWith(m))?.[1];
  if (mon !== undefined) return year * 12 + mon;
  const season = Object.keys(SEASONS).find((k) => t.startsWith(k));
  if (season) return year * 12 + SEASONS[season];
  const numeric = t.match(/(\d{1,2})[/.-](?:19|20)\d{2}/) ?? t.match(/(?:19|20)\d{2}[-/.](\d{1,2})/);
  if (numeric && Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12) return year * 12 + Number(numeric[1]) - 1;
  return year * 12 + 5;
}

/** A period broken after its dash, as a PDF's narrow date column keeps it: "Jan 2015 -" over "present". */
const SPLIT_PERIOD = new RegExp(`(${DATE})[ \\t]*(${DASH})[ \\t]*\\n[ \\t]*(?=(?:${END})[ \\t]*$)`, 'gim');

/** The text with each period broken over two lines joined on one ("Jan 2015 - present"). */
export function joinSplitPeriods(text: string): string {
  return text.replace(SPLIT_PERIOD, '$1 $2 ');
}

/** The period a line gives: a range, a dash-less flattened range, or an open range written as its start. */
export function periodOf(line: string): RegExpMatchArray | null {
  // [whole, start, end]: a range ends where it says (after its dash or its word); "since 2020" is still open.
  const period = (m: RegExpMatchArray, start: string, end: string) => Object.assign([m[0], start, end], { index: m.index });
  const range = line.match(RANGE);
  if (range) return period(range, range[1], range[2] ?? range[3] ?? '') as RegExpMatchArray;
  const short = line.match(RANGE_SHORT_YEARS);
  if (short) return period(short, `${short[1]} '${short[2]}`, short[3] ? `${short[3]} '${short[4]}` : (short[5] ?? '')) as RegExpMatchArray;
  const flat = line.match(RANGE_NO_DASH);
  if (flat) return period(flat, flat[1], flat[2]) as RegExpMatchArray;
  const since = line.match(SINCE) ?? line.match(CAREER_START) ?? line.match(JOINED_STILL);
  return since ? (period(since, since[1] ?? since[2], 'present') as RegExpMatchArray) : null;
}
