import { analyse, type Entity } from '../nlp/wink.ts';
import type { Taxonomy } from '../skills/taxonomy.ts';
import { bulletText, plainLine, splitSections } from './structure.ts';

/** How strongly a CV line proves a skill: used in work, described in a summary or project, or only listed. */
export type EvidenceStrength = 'experience' | 'summary' | 'listed';

export interface SkillEvidence {
  id: string;
  /** The CV line that proves it, verbatim. */
  line: string;
  strength: EvidenceStrength;
  /** The proving line carries a number (a quantified result). */
  quantified: boolean;
  mentions: number;
}

export interface Role {
  title: string;
  company: string;
  /** The line it was read from, verbatim. */
  line: string;
  start: string;
  end: string;
  /** Month indices (year * 12 + month) of the first and last month. */
  from: number;
  to: number;
}

export interface ParsedCv {
  name: string;
  skills: Map<string, SkillEvidence>;
  roles: Role[];
  years: number;
  /** Experience lines with a measured result, verbatim. */
  quantified: string[];
  /** Every bullet under Experience, verbatim, in order, with the skills it names. */
  experienceLines: { line: string; skills: string[] }[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const RANGE = new RegExp(
  `\\(?\\s*((?:${MONTH}\\s+)?\\d{4})\\s*(?:–|-|—|to|until)\\s*((?:${MONTH}\\s+)?\\d{4}|present|current|now|today|date)\\s*\\)?`,
  'i',
);

/** A "Mon YYYY" or "YYYY" as a month index; a bare year counts from its middle. */
function monthIndex(s: string, now: Date): number {
  const t = s.trim().toLowerCase();
  if (/present|current|now|today|date/.test(t)) return now.getUTCFullYear() * 12 + now.getUTCMonth();
  const year = Number(t.match(/\d{4}/)?.[0]);
  const mon = MONTHS.findIndex((m) => t.startsWith(m));
  return year * 12 + (mon >= 0 ? mon : 5);
}

const SECTION_KIND: [RegExp, 'experience' | 'education' | 'skills' | 'summary' | 'projects' | 'other'][] = [
  [/experience|employment|work history|career|positions/i, 'experience'],
  [/education|certific|training|courses|qualifications|languages|interests/i, 'education'],
  [/skill|technolog|tools|stack|competenc/i, 'skills'],
  [/summary|profile|about|objective/i, 'summary'],
  [/project|open source|portfolio|achievements|publications/i, 'projects'],
];

/** A number that measures something, not a version ("React 18") or a year. */
const QUANTITY = /(?:^|[^\w.])(?:[$£€]\s?)?\d+(?:[.,]\d+)?\s*(?:%|[kmb]n?\b|x\b|×)?/i;
const VERSION_OR_YEAR = /\b[A-Z][\w.+#-]*\s+v?\d+(?:\.\d+)*\b|\b(?:19|20)\d{2}\b/g;

/** Reads a CV: skills with the line proving each, roles with dates, total years, quantified results. */
export function parseCv(text: string, taxonomy: Taxonomy, now: Date): ParsedCv {
  const sections = splitSections(text);
  const lines = text.split('\n').map((l) => l.trim());
  const name = plainLine(lines.find((l) => l.length > 0) ?? '');
  const roles: Role[] = [];
  const skills = new Map<string, SkillEvidence>();
  const quantified: string[] = [];
  const experienceLines: ParsedCv['experienceLines'] = [];
  const rank: Record<EvidenceStrength, number> = { experience: 3, summary: 2, listed: 1 };
  const hasExperienceHeading = sections.some((s) => s.heading && SECTION_KIND.find(([re]) => re.test(s.heading))?.[1] === 'experience');

  sections.forEach((s, index) => {
    const kind = s.heading ? (SECTION_KIND.find(([re]) => re.test(s.heading))?.[1] ?? 'other') : index === 0 ? 'summary' : 'other';
    const inExperience = kind === 'experience' || (!hasExperienceHeading && kind !== 'education' && kind !== 'skills');
    for (const raw of s.lines) {
      const line = raw.trim();
      if (!line) continue;
      const bullet = bulletText(line);
      const content = bullet ?? plainLine(line);
      const range = inExperience && !bullet ? line.match(RANGE) : null;
      if (range) {
        const role = readRole(content, range, now);
        if (role) roles.push(role);
        continue;
      }
      if (/@|https?:|linkedin|github\.com/i.test(line) && !bullet) continue;
      const analysed = analyse(content);
      const ids = [...new Set(taxonomy.find(analysed.tokens).map((h) => h.id))];
      if (inExperience && bullet) experienceLines.push({ line: bullet, skills: ids });
      const isQuantified = inExperience && Boolean(bullet) && hasQuantity(content, analysed.entities);
      if (isQuantified) quantified.push(content);
      const strength: EvidenceStrength =
        kind === 'skills' || kind === 'education'
          ? 'listed'
          : inExperience && bullet
            ? 'experience'
            : kind === 'projects'
              ? 'summary'
              : 'summary';
      for (const id of ids) {
        const prev = skills.get(id);
        const better =
          !prev || rank[strength] > rank[prev.strength] || (rank[strength] === rank[prev.strength] && isQuantified && !prev.quantified);
        if (better) skills.set(id, { id, line: content, strength, quantified: isQuantified, mentions: (prev?.mentions ?? 0) + 1 });
        else prev.mentions++;
      }
    }
  });
  return { name, skills, roles, years: totalYears(roles), quantified, experienceLines };
}

function hasQuantity(line: string, entities: Entity[]): boolean {
  // Versions after a name ("React 18", "Python 3.12") and years are not results; the line's first word may be capitalised.
  const first = line.split(/\s+/)[0] ?? '';
  const rest = line.slice(first.length).replace(VERSION_OR_YEAR, ' ');
  const cleaned = `${first.replace(/\d{4}/g, '')}${rest}`;
  if (!QUANTITY.test(cleaned)) return false;
  // wink's entities confirm a number that is a measure, not a year or a version in a name.
  const versions = new Set([...line.slice(first.length).matchAll(VERSION_OR_YEAR)].map((m) => m[0].replace(/^\D+/, '')));
  return entities.some(
    (e) =>
      ['PERCENT', 'MONEY', 'CARDINAL', 'DURATION', 'TIME', 'ORDINAL'].includes(e.type) &&
      !/^(19|20)\d{2}$/.test(e.value) &&
      !versions.has(e.value),
  );
}

function readRole(content: string, range: RegExpMatchArray, now: Date): Role | undefined {
  const start = monthIndex(range[1], now);
  const end = monthIndex(range[2], now);
  if (end < start) return undefined;
  const rest = content
    .replace(range[0], ' ')
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,|·—–-]+$/, '');
  const parts = rest
    .split(/\s+[|·—–-]\s+|\s*,\s+|\s+at\s+|\s*\|\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { title: parts[0] ?? rest, company: parts[1] ?? '', line: content, start: range[1], end: range[2], from: start, to: end };
}

/** Years of experience from the union of role date ranges (overlaps count once). */
function totalYears(roles: Role[]): number {
  const months = new Set<number>();
  for (const r of roles) for (let m = r.from; m <= r.to; m++) months.add(m);
  // A year counts once nine months of it are done.
  return Math.floor((months.size + 3) / 12);
}
