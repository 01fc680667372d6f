/**
 * CVs copied out of a PDF viewer or a web form often arrive flattened: the whole document on one
 * line, or a few very long ones, with its headings, bullets and roles run together ("Skills * Python
 * * SQL Education Details … Company Details company - Acme description - …"). This puts the breaks
 * back — a line per heading, per bullet, per "Skill - Experience - N months" entry and per role —
 * so the CV reader sees the sections it already understands. Only long lines are touched: a CV that
 * kept its layout passes through unchanged, and every word stays as written (evidence is quoted).
 */

import { joinSplitPeriods, PERIOD, periodOf } from './cv-dates.ts';

/** A line this long is a run of text, not a line a writer ended. */
const LONG_LINE = 160;

/** Headings distinctive enough to break on wherever they appear capitalised. */
const STRONG_HEADINGS = [
  'Skill Details',
  'Education Details',
  'Company Details',
  'Personal Details',
  'Project Details',
  'Training Details',
  'Technical Skills',
  'Key Skills',
  'Core Skills',
  'IT Skills',
  'Software Skills',
  'Skill Set',
  'Core Competencies',
  'Areas of Expertise',
  'Technical Proficiency',
  'Work Experience',
  'Professional Experience',
  'Employment History',
  'Work History',
  'Career History',
  'Professional Summary',
  'Profile Summary',
  'Career Objective',
  'Educational Qualifications?',
  'Academic Qualifications?',
  'Academic Projects',
  'Extra[- ]Curricular Activities',
  'Languages Known',
];

/** Ordinary words that are headings only after a sentence ends, or written in capitals. */
const WEAK_HEADINGS = [
  'Skills',
  'Experience',
  'Education',
  'Summary',
  'Profile',
  'Objective',
  'Projects',
  'Certifications?',
  'Certificates',
  'Trainings?',
  'Courses',
  'Achievements',
  'Awards',
  'Interests',
  'Hobbies',
  'Languages',
  'Publications',
  'Declaration',
  'Strengths',
  'Qualifications',
];

const upper = (h: string) => h.replace(/[a-z]/g, (c) => c.toUpperCase());
const alts = (hs: string[]) => [...hs, ...hs.map(upper)].join('|');
/**
 * A heading inside running text: a distinctive one wherever it stands; an ordinary word only when it
 * is not the end of a title-case phrase ("Communication Skills", "User Experience") and a list, a
 * colon or a capitalised word follows it.
 */
const HEADING = new RegExp(
  `(?<![#\\w])(?<!\\b(?:[Tt]otal|TOTAL|[Oo]verall|[Rr]elevant|IT|[Yy]ears of|[Mm]onths of|[Tt]eaching|[Ii]ndustry)\\s)(?:(${alts(STRONG_HEADINGS)})(?=\\s*[:*•\\-–]|\\s+\\S)|(${WEAK_HEADINGS.map(upper).join('|')})(?=\\s*[:*•\\-–]|\\s+[A-Z0-9(])|(?<!\\b[A-Z][a-z'’]+\\s)(${WEAK_HEADINGS.join('|')})(?=\\s*[:*•\\-–]|\\s+[A-Z0-9(]))(?!\\s*[:\\-–]?\\s*\\d+(?:\\.\\d+)?\\s*\\+?\\s*(?:years?|yrs?|months?)\\b)`,
  'g',
);

/** Bullet glyphs inside running text (a copied list keeps its markers but loses its line ends). */
const INLINE_BULLET = /\s+(?:\*|•|➢|➤|►|▪|●|○|◦|❖|✓|✔|\uf0b7|\uf0d8|\uf076|\uf0a7|â¢|â€¢|ï‚§)\s+/gu;

/** A line that is only a heading of the portal kind ("Company Details", "Skill Details"), which generic heading rules miss. */
const HEADING_LINE = new RegExp(`^(?:${alts(STRONG_HEADINGS)})\\s*:?$`);
/**
 * A CV's section named alone on its line in German, French, Spanish, Portuguese, Italian or Dutch ("Bildung", "Erfahrung",
 * "Projekte", "Compétences", "Formación"): a heading, as "Experience" alone is in English.
 */
const SECTION_LINE =
  /^(?:(?:berufs)?erfahrung|beruflicher werdegang|werdegang|(?:schul|aus|weiter)?bildung|studium|kenntnisse|(?:technische\s+)?f(?:ä|ae)higkeiten|sprachen|projekte|interessen|hobbys|exp[ée]riences?(?: professionnelles?)?|parcours(?: professionnel)?|formations?|[ée]tudes|comp[ée]tences(?: techniques)?|langues|projets|centres d['’]int[ée]r[êe]t|loisirs|experiencia(?: (?:laboral|profesional))?|antecedentes (?:laborales|acad[ée]micos)|formaci[óo]n(?: acad[ée]mica)?|educaci[óo]n|habilidades|idiomas|proyectos|experi[êe]ncia(?: profissional)?|forma[çc][ãa]o(?: acad[êe]mica)?|educa[çc][ãa]o|compet[êe]ncias|projetos|esperienz[ae](?: (?:lavorative|professionali))?|istruzione|formazione|competenze|lingue|progetti|(?:werk)?ervaring|opleidingen?|vaardigheden|talen|projecten)\s*:?$/i;
/** "description - …" under a role: what the person did there. */
const DESCRIPTION_LINE = /^(?:description|responsibilities|roles? (?:and|&) responsibilities)\s*[-:]\s+\S/i;

/** One entry of a "Skill Details" table: "JAVA- Exprience - 36 months", "SQL- Exprience - Less than 1 year months". */
const SKILL_ENTRY_END =
  /(\bEx\w{0,3}r\w{0,3}ence\s*[-:–]\s*(?:less than \d+ years?|\d{1,3}\+?)\s*(?:years?|yrs?|months?)?(?:\s*months?)?)(?:\s+|$)/gi;

/** A job-portal export's role fields: "company - Acme", "description - …". */
const FIELDS = /\s+(company|description|project|role|designation|duration|client|responsibilities)\s+-\s+/gi;

/** True when the text looks flattened: some line runs far longer than a writer would end it. */
export function isFlattened(text: string): boolean {
  const bullet = new RegExp(INLINE_BULLET.source, 'u');
  return text.split('\n').some((l) => l.length >= LONG_LINE * 2 || (l.length >= LONG_LINE && bullet.test(l)));
}

/** The CV with its line breaks put back; a CV whose lines are all short only has its portal headings marked. */
export function unflattenCv(text: string): string {
  const flat = isFlattened(text);
  return joinSplitPeriods(text)
    .split('\n')
    .map((line) => line.replace(GLUED_DATE, '$1 '))
    .map((line) => (flat && line.length >= LONG_LINE ? unflattenLine(line) : portalLine(line)))
    .join('\n');
}

/** A PDF's text run together after a date: "09/2019 - CURRENTManager | Gibby's", "06/2022University of Minnesota". */
const GLUED_DATE = /(\b(?:19|20)\d{2}|\b(?:CURRENT|PRESENT|Current|Present))(?=\p{Lu}\p{Ll})/gu;

/** A heading in capitals that opens a line of content, as a PDF's text keeps it: "WORK HISTORY 09/2019 - …", "SKILLS Responsive Web Design". */
const CAPITAL_HEADING_OPENS = new RegExp(
  `^((?:${[...STRONG_HEADINGS, ...WEAK_HEADINGS].map(upper).join('|')}))\\s+(?=[\\p{Lu}\\d(])(?!\\p{Lu}{2,}\\b)`,
  'u',
);

/** A heading in capitals alone: "EDUCATION", "WORK EXPERIENCE". */
const CAPITAL_HEADING = new RegExp(`^(?:${[...STRONG_HEADINGS, ...WEAK_HEADINGS].map(upper).join('|')})$`, 'u');

/** "Company Details" alone on its line is a heading; "description - …" is a bullet of the role above. */
function portalLine(line: string): string {
  const t = line.trim();
  // Letter-spaced headings from PDFs: "S U M M A R Y" is "SUMMARY", not the skills R and C.
  if (/^(?:[A-Za-z] ){3,}[A-Za-z]$/.test(t)) return t.replace(/ /g, '');
  if (HEADING_LINE.test(t) || SECTION_LINE.test(t)) return `## ${t.replace(/\s*:$/, '')}`;
  // "**HR Data and Evaluations (2022 - current)**", "**Mobile Application Team (2022)**": a bold line holding a period or
  // ending in its year is a role, not a section heading.
  if (/^\*\*[^*]+\*\*\s*:?$/.test(t) && (periodOf(t) || /\((?:19|20)\d{2}\)\**\s*:?$/.test(t))) return t.replace(/\*\*/g, '');
  // "WORK EXPERIENCE (5)", "EDUCATION (1)": a résumé builder's heading with its count of entries.
  const counted = /^(.*\S)\s*\(\d{1,3}\)$/.exec(t);
  if (counted && (HEADING_LINE.test(counted[1]) || SECTION_LINE.test(counted[1]) || CAPITAL_HEADING.test(counted[1])))
    return `## ${counted[1]}`;
  const opens = t.match(CAPITAL_HEADING_OPENS);
  if (opens) return `## ${opens[1]}\n${t.slice(opens[0].length)}`;
  if (DESCRIPTION_LINE.test(t)) return `- ${t}`;
  return line;
}

function unflattenLine(line: string): string {
  const out = line
    .replace(HEADING, (h: string) => `\n\n## ${h}\n`)
    .replace(SKILL_ENTRY_END, '$1\n')
    // A description is what the person did there: a bullet, like any other experience line.
    .replace(FIELDS, (_, f: string) => (/^desc|^resp/i.test(f) ? `\n- ${f} - ` : `\n${f} - `))
    .replace(INLINE_BULLET, '\n- ');
  // Periods open a role of their own: the text before is its title, the text after its description.
  return out
    .split('\n')
    .map((l) => (l.length >= LONG_LINE / 2 ? splitPeriods(l) : l))
    .join('\n')
    .replace(/^\s*[:*•-]\s*(?=##)/gm, '')
    .replace(/^## (.+)\n\s*:\s*/gm, '## $1\n')
    .replace(/\n{3,}/g, '\n\n')
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
}

/** "Area Sales Manager, Acme Jan 2018 to Present Managing 45 dealers…" → title line, period line, description bullet. */
function splitPeriods(line: string): string {
  // Years mentioned in passing inside a long parenthesis ("(three talks …; posters from 2014-2018)") open no role.
  const matches = [...line.matchAll(PERIOD)].filter((m) => {
    const before = line.slice(0, m.index ?? 0);
    const open = before.lastIndexOf('(');
    return open < before.lastIndexOf(')') || open < 0 || before.length - open < 40;
  });
  if (matches.length === 0) return line;
  const parts: string[] = [];
  let at = 0;
  for (const m of matches) {
    const start = m.index ?? 0;
    const before = line.slice(at, start).trim();
    if (/\w/.test(before)) parts.push(at === 0 ? before : `- ${before}`);
    parts.push(m[0].trim());
    at = start + m[0].length;
  }
  const rest = line.slice(at).trim();
  if (/\w/.test(rest)) parts.push(`- ${rest}`);
  return parts.join('\n');
}
