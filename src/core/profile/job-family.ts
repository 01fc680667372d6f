// Job-family pages: one page describing a role at several levels ("Junior Data Engineer", "Senior Data
// Engineer", "Staff Data Engineer"), each with its own duties and requirements on top of the shared ones.
// A recruiter reads such a page at the level of the opening — the title's — not as the sum of all levels.
import type { Level } from '../bank/schema.ts';
import { headingOf } from './structure.ts';

const LEVEL_WORDS: [RegExp, Level][] = [
  [/\b(?:junior|associate|entry[- ]level|graduate)\b|\b(?:engineer|developer|analyst|designer|manager)\s+i\b/i, 'junior'],
  [/\b(?:intermediate|mid[- ]level)\b|\b(?:engineer|developer|analyst|designer|manager)\s+ii\b/i, 'mid'],
  [/\b(?:staff|principal|distinguished|fellow|director|head of|vp)\b|\b(?:engineer|developer|analyst|designer)\s+iv\b/i, 'staff'],
  [/\b(?:senior|sr\.?|lead)\b|\b(?:engineer|developer|analyst|designer|manager)\s+iii\b/i, 'senior'],
];

/** The level a heading or title names; undefined when it names none. */
function levelOf(text: string): Level | undefined {
  for (const [re, level] of LEVEL_WORDS) if (re.test(text)) return level;
  return undefined;
}

export interface JobFamily {
  /** The page with the other levels' sections removed. */
  text: string;
  /** The levels the page describes, in page order. */
  levels: Level[];
  /** The level kept: the title's, else mid. */
  kept: Level;
}

const depthOf = (line: string) => line.match(/^\s*(#{1,6})\s/)?.[1].length ?? 7;

/**
 * Reads a page as a job family when two or more headings name different levels of the same trade; returns
 * undefined for an ordinary ad. `title` is the page's own title (front matter or first line).
 */
export function readJobFamily(text: string, title: string): JobFamily | undefined {
  const lines = text.split('\n');
  const trade = tradeWords(title);
  const headings: { index: number; depth: number; level: Level }[] = [];
  lines.forEach((line, index) => {
    const h = headingOf(line);
    if (h === undefined || h.length > 90) return;
    const level = levelOf(h);
    // "Senior Data Engineer", "Data Engineer (Intermediate)": a level of this trade, not "Senior leadership".
    if (level && (trade.size === 0 || [...tradeWords(h)].some((w) => trade.has(w)))) headings.push({ index, depth: depthOf(line), level });
  });
  const levels = [...new Set(headings.map((h) => h.level))];
  if (levels.length < 2) return undefined;
  const kept = levelOf(title) ?? 'mid';
  const drop = new Set<number>();
  for (const h of headings) {
    if (h.level === kept) continue;
    drop.add(h.index);
    for (let i = h.index + 1; i < lines.length; i++) {
      const next = headingOf(lines[i]);
      if (next !== undefined && depthOf(lines[i]) <= h.depth) break;
      drop.add(i);
    }
  }
  return { text: lines.filter((_, i) => !drop.has(i)).join('\n'), levels, kept };
}

const NOT_TRADE = new Set([
  'junior',
  'senior',
  'staff',
  'principal',
  'lead',
  'intermediate',
  'associate',
  'the',
  'of',
  'and',
  'i',
  'ii',
  'iii',
  'iv',
]);

/** The words that name the trade in a title ("Senior Data Engineer" → data, engineer). */
function tradeWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 1 && !NOT_TRADE.has(w)),
  );
}
