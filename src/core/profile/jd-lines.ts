import { cleanDocument } from './clean.ts';
import { bulletText, headingOf } from './structure.ts';

/** One non-empty line of a cleaned job ad, with the context a reader uses to tell what it is. */
export interface JdLine {
  /** The line as written (trimmed). */
  text: string;
  /** True when the line is itself a section heading. */
  isHeading: boolean;
  /** The heading of the section the line sits in ('' before any heading; a heading line's own text). */
  heading: string;
  /** The previous heading (the one above the section's heading), for lead-ins and sub-headings. */
  parentHeading: string;
  /** The bullet's content without its marker, or undefined. */
  bullet: string | undefined;
  /** Position among the ad's non-empty lines, 0-based, and their count. */
  index: number;
  count: number;
  /** Position of the line inside its section (0 = first line after the heading). */
  inSection: number;
}

/** The non-empty lines of already-cleaned ad text, in order, the way splitSections sees them. */
export function linesOfText(text: string): JdLine[] {
  const raw = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const out: JdLine[] = [];
  let heading = '';
  let parentHeading = '';
  let inSection = 0;
  raw.forEach((t, index) => {
    const h = headingOf(t);
    if (h !== undefined) {
      parentHeading = heading;
      heading = h;
      inSection = 0;
      out.push({ text: t, isHeading: true, heading: h, parentHeading, bullet: undefined, index, count: raw.length, inSection: 0 });
      return;
    }
    out.push({
      text: t,
      isHeading: false,
      heading,
      parentHeading,
      bullet: bulletText(t),
      index,
      count: raw.length,
      inSection: inSection++,
    });
  });
  return out;
}

/** The lines of a raw ad (cleaned as parseJd cleans it). */
export function jdLines(raw: string): JdLine[] {
  return linesOfText(cleanDocument(raw).text);
}
