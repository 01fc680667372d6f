import type { Level, Track } from '../bank/schema.ts';
import { analyse } from '../nlp/wink.ts';
import type { Taxonomy } from '../skills/taxonomy.ts';
import { bulletText, plainLine, type Section, splitSections } from './structure.ts';

export type RequirementKind = 'must' | 'nice';

/** One requirement line of a job description and the skills it names. */
export interface Requirement {
  text: string;
  kind: RequirementKind;
  skills: string[];
  years?: number;
}

export interface ParsedJd {
  title: string;
  company: string;
  team: string;
  seniority: Level;
  track: Track;
  requirements: Requirement[];
  /** Skill ids by importance: every skill in a must-have requirement, then the nice-to-haves not already must. */
  must: string[];
  nice: string[];
  /** Skills mentioned anywhere (responsibilities included). */
  mentioned: string[];
  minYears: number | undefined;
  responsibilities: string[];
  /** The company's own sentences about itself, verbatim. */
  companySentences: string[];
  /** Lowercased words of the whole ad, for topic signals. */
  words: Set<string>;
}

type Kind = 'must' | 'nice' | 'resp' | 'company' | 'team' | 'benefits' | 'other';

function classify(heading: string): Kind {
  const h = heading.toLowerCase();
  if (/nice|bonus|preferred|desirable|great if|would be great|would be nice|plus|ideally|extra credit|not required|also have/.test(h))
    return 'nice';
  if (/offer|benefit|perks|compensation|salary|package|why join|how to apply/.test(h)) return 'benefits';
  if (
    /requirement|qualification|must|need|looking for|you have|you bring|you'll bring|you’ll bring|bring|about you|who you are|skills|what we expect|experience/.test(
      h,
    )
  )
    return 'must';
  if (
    /responsibilit|what you('|’)?ll do|what you will do|day to day|you will|duties|your impact|in this role|the role|your role|role/.test(h)
  )
    return 'resp';
  if (/team|group/.test(h)) return 'team';
  if (/about|who we are|our company|our mission|company/.test(h)) return 'company';
  return 'other';
}

const NICE_WORDS =
  /\b(preferred|nice[- ]to[- ]have|bonus|a plus|is a plus|desirable|ideally|would be (great|nice|a plus)|familiarity|advantage|not required|will help)\b/i;
const MUST_WORDS = /\b(must|required|requires|essential|need|needs|at least|minimum|proven|you have|strong)\b/i;
const NUMBER_WORDS: Record<string, number> = {
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
  twelve: 12,
  fifteen: 15,
};

/** "5+ years", "at least three years", "3-5 years" → the lower bound. */
export function yearsIn(text: string): number | undefined {
  const m = text.match(
    /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?)\b/i,
  );
  if (!m) return undefined;
  const n = Number(m[1]) || NUMBER_WORDS[m[1].toLowerCase()];
  return n > 0 && n <= 30 ? n : undefined;
}

const TITLE_TRACKS: [RegExp, Track][] = [
  [/full[- ]?stack/i, 'fullstack'],
  [/front[- ]?end|\bui\b|web developer|react developer/i, 'frontend'],
  [/\b(ios|android|mobile)\b/i, 'mobile'],
  [/machine learning|\bml\b|\bai\b|research scientist|deep learning|nlp|computer vision/i, 'ml'],
  [/data engineer|analytics engineer|etl|data platform/i, 'data-engineering'],
  [/data scien|data analyst|analytics|statistician|quantitative/i, 'data-science'],
  [/devops|\bsre\b|site reliability|platform engineer|cloud|infrastructure|systems engineer|sysadmin|systems administrator/i, 'devops'],
  [/security|appsec|penetration|soc analyst|infosec/i, 'security'],
  [/\bqa\b|quality|\btest|sdet/i, 'qa'],
  [
    /back[- ]?end|\bapi\b|server|payments engineer|software engineer|software developer|programmer|golang|java developer|python developer/i,
    'backend',
  ],
];

const CATEGORY_TRACK: Record<string, Track> = {
  backend: 'backend',
  database: 'backend',
  language: 'backend',
  frontend: 'frontend',
  data: 'data-engineering',
  ml: 'ml',
  cloud: 'devops',
  devops: 'devops',
  mobile: 'mobile',
  security: 'security',
  qa: 'qa',
  business: 'general',
  behavioural: 'general',
};

/** The track a role belongs to: its title first, else the categories of what it requires. */
export function detectTrack(title: string, skills: string[], taxonomy: Taxonomy): Track {
  for (const [re, track] of TITLE_TRACKS) if (re.test(title)) return track;
  const votes = new Map<Track, number>();
  for (const id of skills) {
    const cat = taxonomy.get(id)?.category;
    const t = cat ? CATEGORY_TRACK[cat] : undefined;
    if (t) votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : 'general';
}

export function detectSeniority(title: string, years: number | undefined): Level {
  if (/\b(intern|junior|jr\.?|graduate|entry[- ]level|trainee|apprentice)\b/i.test(title)) return 'junior';
  if (/\b(staff|principal|distinguished|head of|director|vp|architect)\b/i.test(title)) return 'staff';
  if (/\b(senior|sr\.?|lead)\b/i.test(title)) return 'senior';
  if (/\bmid(-level)?\b|\bintermediate\b/i.test(title)) return 'mid';
  if (years !== undefined && years >= 8) return 'staff';
  if (years !== undefined && years >= 5) return 'senior';
  if (years !== undefined && years <= 1) return 'junior';
  return 'mid';
}

const LOCATION = /\b(remote|hybrid|on-?site|london|berlin|office|uk|us|eu|usa|europe|anywhere|gmt|cet|based)\b/i;

/** Reads a job ad: title, company, team, seniority, must vs nice requirements, years, responsibilities. */
export function parseJd(text: string, taxonomy: Taxonomy): ParsedJd {
  const sections = splitSections(text);
  const nonEmpty = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const titleLine = nonEmpty[0] ?? '';
  const title = plainLine(titleLine.replace(/^(job title|position|role)\s*:\s*/i, '')).slice(0, 120);

  // The line under the title usually reads "Company | Team | Location".
  const second = nonEmpty[1] ? plainLine(nonEmpty[1]) : '';
  const parts =
    second.length <= 140 && !/[.!?]$/.test(second)
      ? second
          .split(/\s+[|·—–-]\s+|\s*[|·]\s*/)
          .map((p) => p.trim())
          .filter(Boolean)
      : [];
  let company = parts.find((p) => !LOCATION.test(p) && !/team|platform|group|squad/i.test(p)) ?? '';
  const team = parts.find((p) => /team|platform|group|squad|research|tribe|department/i.test(p) && p !== company) ?? '';
  const companyLine = text.match(/^\s*(?:company|employer|organi[sz]ation)\s*:\s*(.+)$/im);
  if (companyLine) company = plainLine(companyLine[1]);

  const requirements: Requirement[] = [];
  const responsibilities: string[] = [];
  const companySentences: string[] = [];
  let anyMustSection = false;
  sections.forEach((s: Section, index) => {
    // The text right under the ad's title (often a "# Title" heading) is the company's own introduction.
    const kind: Kind = !s.heading || plainLine(s.heading) === title ? (index <= 1 ? 'company' : 'other') : classify(s.heading);
    const bullets = s.lines.map((l) => bulletText(l)).filter((b): b is string => Boolean(b));
    const prose = s.lines.filter((l) => l.trim() && !bulletText(l)).join('\n');
    if (kind === 'must' || kind === 'nice') {
      anyMustSection ||= kind === 'must';
      for (const b of bullets) requirements.push(requirement(b, kind === 'nice' || NICE_WORDS.test(b) ? 'nice' : 'must', taxonomy));
      for (const sentence of analyse(prose).sentences) {
        if (!sentence.trim()) continue;
        const k: RequirementKind = kind === 'nice' || NICE_WORDS.test(sentence) ? 'nice' : 'must';
        requirements.push(requirement(sentence, k, taxonomy));
      }
    } else if (kind === 'resp') {
      responsibilities.push(...bullets);
      for (const sentence of analyse(prose).sentences) {
        if (MUST_WORDS.test(sentence) && /\b(experience|knowledge|skills?|years?)\b/i.test(sentence))
          requirements.push(requirement(sentence, NICE_WORDS.test(sentence) ? 'nice' : 'must', taxonomy));
        else if (sentence.trim() && bullets.length === 0) responsibilities.push(sentence.trim());
      }
    } else if (kind === 'company' || (kind === 'other' && index === 0)) {
      for (const line of s.lines) {
        const l = line.trim();
        if (!l || l === titleLine || plainLine(l) === second || bulletText(l)) continue;
        for (const sentence of analyse(l).sentences) if (sentence.trim().split(/\s+/).length >= 6) companySentences.push(sentence.trim());
      }
    }
  });
  if (!company) company = companyFromSentences(companySentences);

  // An ad without a requirements heading: every named skill counts as required unless worded as optional.
  if (!anyMustSection) {
    for (const sentence of analyse(text).sentences) {
      if (requirements.some((r) => r.text === sentence)) continue;
      const r = requirement(sentence, NICE_WORDS.test(sentence) ? 'nice' : 'must', taxonomy);
      if (r.skills.length) requirements.push(r);
    }
  }

  const must = unique(requirements.filter((r) => r.kind === 'must').flatMap((r) => r.skills));
  const nice = unique(requirements.filter((r) => r.kind === 'nice').flatMap((r) => r.skills)).filter((s) => !must.includes(s));
  const years = requirements.filter((r) => r.kind === 'must' && r.years !== undefined).map((r) => r.years as number);
  const minYears = years.length ? Math.max(...years) : undefined;
  const mentioned = taxonomy.idsIn(text);
  return {
    title,
    company,
    team,
    seniority: detectSeniority(title, minYears),
    track: detectTrack(title, must.length ? must : mentioned, taxonomy),
    requirements,
    must,
    nice,
    mentioned,
    minYears,
    responsibilities,
    companySentences: companySentences.slice(0, 8),
    words: new Set(text.toLowerCase().match(/[a-z][a-z+#.-]*[a-z+#]|[a-z]/g) ?? []),
  };
}

function requirement(text: string, kind: RequirementKind, taxonomy: Taxonomy): Requirement {
  const t = text.trim();
  return { text: t, kind, skills: taxonomy.idsIn(t), years: yearsIn(t) };
}

/** "Northvane Pay builds …", "At Harrow & Finch we sell …" → the company name. */
function companyFromSentences(sentences: string[]): string {
  for (const s of sentences) {
    const m = s.match(
      /^(?:At\s+)?((?:[A-Z][\w&'.-]*\s?){1,4}?)\s+(?:is|are|builds|makes|helps|was|has|we|creates|provides|powers|runs|sells|offers)\b/,
    );
    if (m) return m[1].trim();
  }
  return '';
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
