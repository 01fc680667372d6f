import { analyse, type Entity } from '../nlp/wink.ts';
import type { SkillHit, Taxonomy } from '../skills/taxonomy.ts';
import { ENGLISH_NUMBER_WORDS, NUMBER_WORD_PATTERN, NUMBER_WORDS } from '../text/numbers.ts';
import { decodeEntities } from './clean.ts';
import { monthIndex, periodOf } from './cv-dates.ts';
import { fieldRoles } from './cv-fields.ts';
import { unflattenCv } from './cv-flat.ts';
import { isLatex, latexCvText } from './cv-latex.ts';
import { structuredCvText } from './cv-structured.ts';
import { ROLE_NOUN } from './jd-title.ts';
import { bulletText, plainLine, type Section, splitSections } from './structure.ts';

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
  /** A student job, internship or volunteer post: shown, but not counted as professional years. */
  minor: boolean;
}

export interface ParsedCv {
  name: string;
  skills: Map<string, SkillEvidence>;
  roles: Role[];
  /** Professional years: a total the CV states, else the union of its dated roles; 0 when not stated. */
  years: number;
  /** False when the CV gives neither dates nor a stated total: its experience is unknown, not zero. */
  yearsStated: boolean;
  /** The CV as read (structured CVs laid out as text): for profession cues. */
  text: string;
  /** The CV's own sentence stating its total ("6+ years industry experience"), when it has one. */
  statedLine?: string;
  /** Experience lines with a measured result, verbatim. */
  quantified: string[];
  /** Every bullet under Experience, verbatim, in order, with the skills it names. */
  experienceLines: { line: string; skills: string[] }[];
}

/** A study line that reads like a role ("Education Philadelphia, PA University of Pennsylvania Fall 2000 -- May 2005"). */
const DEGREE = /^education\b|\b(bachelor|master'?s|ph\.?d|b\.?sc|m\.?sc|degree|diploma|undergraduate|graduate student)\b/i;

/** Titles whose time is shown but not counted as professional years (a leave or a break is not work either). */
const MINOR_ROLE =
  /\b((?:parental|maternity|paternity|family|medical|sick) leave|sabbatical|career break|student|volunteer|intern|internship|teaching assistant|research assistant|tutor|apprentice|summer job|part[- ]time job|stagiaire|stage|tirocinio|praktikum|praktikant|bénévole|volontari[oa]|beca(?:rio|ria)?|erasmus|scholarship|exchange (?:semester|year|student)|bachelor(?:'s)?(?: of| in| degree)?|master(?:'s)? (?:of|in|degree)|máster en|master en|maestría|grado en|licenciatura|laurea|b\.?\s?sc|m\.?\s?sc|estudiante|étudiant(?:e)?|studente(?:ssa)?)\b/i;

/** A count of years in digits or English words ("8", "eight"); longest words first, so "fourteen" is not read as "four". */
const COUNT_WORDS = Object.keys(ENGLISH_NUMBER_WORDS).sort((a, b) => b.length - a.length);
const COUNT = `(\\d{1,2}(?:\\.\\d)?|${COUNT_WORDS.join('|')})`;
/** The same count where case matters: a word may open a sentence ("Twelve years in newsrooms"). */
const COUNT_CASED = `(\\d{1,2}(?:\\.\\d)?|${COUNT_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;
/** The count a stated total gives, in digits or words ("8", "eight"). */
const counted = (m: RegExpMatchArray) => Number(m[1]) || NUMBER_WORDS[m[1].toLowerCase()];
const STATED: [RegExp, (m: RegExpMatchArray) => number][] = [
  [
    new RegExp(
      `\\b(?:over|more than|nearly|almost|about)?\\s*${COUNT}(?:\\s*\\+|[- ]plus)?[\\s-]*(?:years?|yrs)['’]?\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,3}?(?:experience|exp\\b|in (?:the )?(?:industry|software|web|tech|it)|of (?:professional|industry|hands-on))`,
      'i',
    ),
    counted,
  ],
  [new RegExp(`\\bwith\\s+(?:over|more than)\\s+${COUNT}\\s+years\\b`, 'i'), counted],
  // "Marketing Technology Strategist with 8+ years driving revenue growth", "Designer with 6 years shipping apps": a
  // summary that opens with the title, or a "+" that only a career total carries.
  [new RegExp(`\\bwith\\s+(?:over|more than|nearly|almost|about)?\\s*${COUNT}\\s*\\+\\s*(?:years?|yrs)\\b`, 'i'), counted],
  [new RegExp(`^(?:[A-Z][\\w&/-]*\\s+){1,5}with\\s+${COUNT}\\s+(?:years?|yrs)\\b`), counted],
  [/\b(?:decade-plus|over a decade|more than a decade|a decade of|decade-long career)\b/i, () => 10],
  // "Two decades of experience", "nearly three decades in newsrooms".
  [/\b(two|three|2|3)\s+decades\b/i, (m) => 10 * (Number(m[1]) || NUMBER_WORDS[m[1].toLowerCase()])],
  // "Five-plus years building web applications": a "plus" only a career total carries.
  [new RegExp(`\\b${COUNT}[- ]plus\\s+(?:years?|yrs)\\b`, 'i'), counted],
  // "For the last 10+ years I have been working in project management": the span first, the work after it.
  [
    new RegExp(
      `\\b(?:for|over|in|during)\\s+the\\s+(?:last|past)\\s+${COUNT}\\s*\\+?\\s*(?:years?|yrs)\\b,?\\s+(?:[\\w'’-]+\\s+){0,3}?(?:work(?:ed|ing)?|employed|served|taught|been\\s+(?:a|an|in|at|with|working|leading|managing|building|developing))\\b`,
      'i',
    ),
    counted,
  ],
  // "practising as an advocate for 7 years", "worked for over 3 years".
  [
    new RegExp(
      `\\b(?:worked|working|served|serving|teaching|taught|practi[sc]ing|practi[sc]ed)\\s+(?:[\\w-]+\\s+){0,4}?(?:for|since)\\s+(?:over|more than|about|nearly|almost|the (?:last|past))?\\s*${COUNT}\\s*\\+?\\s*(?:years?|yrs)\\b`,
      'i',
    ),
    counted,
  ],
  // "Total Experience: 5 years", "Overall IT experience - 7.5 yrs", "Experience: 3 Years 6 Months".
  [
    /\b(?:(?:total|overall|relevant|work|professional|industry|it)\s+)*(?:experience|exp)\.?\s*(?:[:–-]|of)\s*(?:around|about|over|more than|nearly|almost)?\s*(\d{1,2}(?:\.\d{1,2})?)\s*\+?\s*(?:years?|yrs?)(?:\s*(?:and\s*)?(\d{1,2})\s*months?)?/i,
    (m) => Number(m[1]) + Number(m[2] ?? 0) / 12,
  ],
  [/\b(\d{2,3})\s+months\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?experience\b/i, (m) => Number(m[1]) / 12],
  // "After 10 years in the customer service industry, I have decided to…": a career changer's span, told as a story.
  [
    // (Case matters: "After two years in Berlin" names a place, not a trade.)
    new RegExp(
      `\\b[Aa]fter\\s+(?:over|more than|nearly|almost|about)?\\s*${COUNT_CASED}\\s*\\+?\\s*(?:[Yy]ears?|yrs)\\s+(?:of\\s+)?(?:working\\s+|work\\s+)?(?:in|as|at|across)\\s+(?:the\\s+|an?\\s+)?(?!(?:school|university|college)\\b)[a-z]`,
    ),
    counted,
  ],
  // "More than twenty years in newsrooms", "over 8 years as a reporter": a quantified span of a career.
  [new RegExp(`\\b(?:over|more than|nearly|almost)\\s+${COUNT}\\s*\\+?\\s*(?:years?|yrs)\\s+(?:in|as|at|across)\\b`, 'i'), counted],
  // "Twelve years in newsrooms across Europe", "5 years as a software engineer": a sentence that opens with the span
  // (not "two years in Berlin": a place is capitalised; not "three years in a row").
  [
    new RegExp(`(?:^|[.;:!]\\s+)${COUNT_CASED}\\s*\\+?\\s*(?:[Yy]ears?|yrs)\\s+(?:in|as)\\s+(?!a row\\b)(?:an?\\s+|the\\s+)?[a-z]`),
    counted,
  ],
  // "A journalist for 8 years", "I have been writing professionally for eight years".
  [
    new RegExp(
      `^(?:an?\\s+[\\w-]+(?:\\s+[\\w-]+)?|(?:i\\s+have|i['’]ve)\\s+been\\s+(?:[\\w-]+\\s+){1,4}?)\\s*for\\s+(?:over|more than|about|nearly|almost)?\\s*${COUNT}\\s*\\+?\\s*(?:years?|yrs)\\b`,
      'i',
    ),
    counted,
  ],
  // "6 years and 4 months of experience", "3 yrs, 6 months of industry experience".
  [
    new RegExp(
      `\\b${COUNT}\\s*(?:years?|yrs)\\s*(?:and|,)?\\s*(\\d{1,2})\\s*(?:months?|mos?)\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,2}?experience`,
      'i',
    ),
    (m) => counted(m) + Number(m[2]) / 12,
  ],
  // "Experience (7 years)": the total in brackets after the heading word.
  [/\bexperience\s*\(\s*(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs)\s*\)/i, (m) => Number(m[1])],
  // "A product manager with fifteen years in fintech", "with 8 years as a nurse": the span of a career in a summary
  // (not "with two years in Berlin": a place is capitalised).
  [
    new RegExp(
      `\\b[Ww]ith\\s+(?:over\\s+|more than\\s+|nearly\\s+|almost\\s+|about\\s+)?${COUNT_CASED}\\s+(?:[Yy]ears?|yrs)\\s+(?:in|as|across)\\s+(?!a row\\b)(?:an?\\s+|the\\s+)?[a-z]`,
    ),
    counted,
  ],
  // "Years of experience: 11".
  [/\byears of (?:professional |work |relevant )?experience\s*[:–-]\s*(\d{1,2})\b/i, (m) => Number(m[1])],
  // "8 Jahre Berufserfahrung", "10 ans d'expérience", "más de 5 años de experiencia", "7 anni di esperienza", "6 anos de experiência".
  [
    new RegExp(
      `(?<![\\d.])(\\d{1,2}|\\b(?:${NUMBER_WORD_PATTERN}))\\s*\\+?\\s*(?:jahren?|jahre|ans|années|años|anni|anos|jaar|jaren)\\s+(?:de\\s+|d['’]\\s*|di\\s+)?(?:berufserfahrung|berufspraxis|erfahrung|expérience|experiencia|esperienza|experiência|werkervaring|ervaring)`,
      'i',
    ),
    counted,
  ],
  // "Berufserfahrung: 8 Jahre", "Experiencia: 5 años", "Expérience : 10 ans", "Esperienza: 7 anni", "Werkervaring: 6 jaar".
  [
    /\b(?:berufserfahrung|berufspraxis|erfahrung|expérience(?: professionnelle)?|experiencia(?: laboral| profesional)?|esperienza(?: lavorativa| professionale)?|experiência(?: profissional)?|werkervaring)\s*[:–-]\s*(?:über|mehr als|plus de|más de|oltre|mais de|ruim|meer dan)?\s*(\d{1,2})\s*\+?\s*(?:jahren?|jahre|ans|années|años|anni|anos|jaar|jaren)\b/i,
    (m) => Number(m[1]),
  ],
  // "Seit über 10 Jahren als Entwicklerin tätig", "depuis plus de 8 ans en tant que…", "desde hace 6 años como…", "da oltre 7 anni
  // come…", "há mais de 5 anos como…": a career's span, only when the role follows (not "seit 3 Jahren Mitglied").
  [
    /\b(?:seit|depuis|desde hace|da|há)\s+(?:über\s+|mehr als\s+|plus de\s+|más de\s+|oltre\s+|più di\s+|mais de\s+|ruim\s+|meer dan\s+)?(\d{1,2})\s*(?:jahren|ans|années|años|anni|anos|jaar)\s+(?:\w+\s+){0,2}?(?:als|tätig|beruflich|en tant que|comme|como|come|in qualità di|werkzaam)\b/i,
    (m) => Number(m[1]),
  ],
];

/** Words of study: a span next to them is a degree's, not a career's ("my 4 years at university"). */
const STUDY_WORDS = /\b(?:universit\w*|college|school|degree|stud(?:y|ies|ying)|ph\.?d|bachelor|master|course)\b/i;

/**
 * A career's span in the words of a summary: "I spent 13 years in broadcasting", "after 12 years at the BBC", "for the
 * past 8 years I have worked as…", "a 13-year career in radio", "a 10-year veteran", "during my 6 years as a nurse",
 * "I bring 9 years of…", "over the last decade I have built…". Read only on lines that say nothing of study.
 */
/** "I have worked", "I've been working", "I have led": a sentence about one's own work. */
const I_HAVE_WORKED = String.raw`\b(?:i|i['’]ve)\s+(?:have\s+)?(?:been\s+)?(?:worked|working|served|led|built|taught|managed|developed|designed)\b`;

const CAREER_SPANS: [RegExp, (m: RegExpMatchArray) => number][] = [
  // (Not "two years in Berlin": a place is capitalised; "12 years at the BBC" is a career.)
  [
    new RegExp(
      `\\b(?:spent|spending|after)\\s+(?:the\\s+(?:last|past)\\s+)?(?:over\\s+|more than\\s+|nearly\\s+|almost\\s+)?${COUNT}\\s*\\+?\\s*years?\\s+(?:in|at|as|working|with)\\s+(the\\s+|an?\\s+)?(\\S)`,
      'i',
    ),
    (m) => (!m[2] && /^\p{Lu}/u.test(m[3]) ? 0 : counted(m)),
  ],
  [new RegExp(`\\b(?:for|over|in)\\s+the\\s+(?:past|last)\\s+${COUNT}\\s+years?\\b[^.;]{0,30}?${I_HAVE_WORKED}`, 'i'), counted],
  [new RegExp(`\\b${COUNT}[- ]years?\\s+(?:career|veteran)\\b`, 'i'), counted],
  [new RegExp(`\\b${COUNT}\\s+years?\\s+(?:of\\s+)?working\\s+(?:in|as|at|with|for)\\b`, 'i'), counted],
  [
    new RegExp(
      `\\bhaving\\s+(?:worked|served|taught)\\s+(?:for\\s+)?(?:over\\s+|more than\\s+|nearly\\s+|almost\\s+)?${COUNT}\\s+years?\\b`,
      'i',
    ),
    counted,
  ],
  [new RegExp(`\\b(?:during|in|throughout)\\s+my\\s+${COUNT}\\s+years?\\s+(?:at|as|in|with)\\b`, 'i'), counted],
  [new RegExp(`\\bbring(?:s|ing)?\\s+(?:over\\s+|more than\\s+|nearly\\s+|almost\\s+)?${COUNT}\\s*\\+?\\s*years?\\s+of\\b`, 'i'), counted],
  [new RegExp(String.raw`\b(?:over|for|in)\s+the\s+(?:past|last)\s+decade\b[^.;]{0,30}?${I_HAVE_WORKED}`, 'i'), () => 10],
  // "Nach 4 Jahren entschied ich mich für eine Agentur", "après 6 ans chez…", "tras 5 años en…", "dopo 7 anni in…", "após 3
  // anos na…", "na 4 jaar bij…": a narrated career's span in the other languages, a lower bound of its total.
  [
    new RegExp(
      `\\b(?:nach|après|tras|después de|dopo|após|depois de|na)\\s+(?:über\\s+|plus de\\s+|más de\\s+|oltre\\s+|mais de\\s+|ruim\\s+)?(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s+(?:jahren|ans|años|anni|anos|jaar)\\b(?!\\s+(?:studium|d['’]études|de estudios|di studio|de estudo|studie))`,
      'i',
    ),
    counted,
  ],
];

const STATED_AND_SPANS = [...STATED, ...CAREER_SPANS];

/** A total the CV states about itself ("6+ years industry experience", "a decade-plus", "104 months"). */
export function statedYears(text: string): { years: number; line: string } | undefined {
  let best: { years: number; line: string } | undefined;
  for (const line of text.split('\n')) {
    for (const [re, value] of STUDY_WORDS.test(line) ? STATED : STATED_AND_SPANS) {
      const m = line.match(re);
      const years = m ? value(m) : 0;
      if (m && years > 0 && years <= 50 && (!best || years > best.years)) best = { years, line: line.trim() };
    }
    // A skills table with time per skill ("| 36 months", "JAVA- Exprience - 36 months", "SQL- Experience - Less than
    // 1 year months"): the longest one is a lower bound of the career.
    const perSkill = skillTableYears(line);
    if (perSkill && (!best || perSkill > best.years)) best = { years: perSkill, line: line.trim() };
  }
  return best;
}

/** Time next to one skill in a skills table, in years; "less than 1 year" counts as half of one. */
export function skillTableYears(line: string): number | undefined {
  const piped = line.match(/\|\s*(\d{2,3})\s*(?:months|mo)\b/i);
  if (piped) return Number(piped[1]) / 12;
  const entry = line.match(SKILL_TABLE_ENTRY);
  if (!entry) return undefined;
  if (/less than/i.test(entry[2])) return 0.5;
  const n = Number(entry[2].replace(/\D/g, ''));
  return /^(y|yr)/i.test(entry[3] ?? '') ? n : n / 12;
}

/** "JAVA- Exprience - 36 months", "Python - Experience: 3 years": a skill, then how long it was used. */
const SKILL_TABLE_ENTRY =
  /^\s*(?:-\s+)?([^\n]{1,60}?)\s*[-:–]\s*Ex\w{0,3}r\w{0,3}ence\s*[-:–]\s*(less than \d+ years?|\d{1,3}\+?)\s*(years?|yrs?|months?)?/i;

/** A role's own length when it has no dates: "(3 years)", "Duration: 2 yrs", "(18 months)". */
const DURATION =
  /(?:\(\s*|\b(?:duration|tenure|period)\s*[:-]\s*)(\d{1,2}(?:\.\d)?)\+?\s*(years?|yrs?|months?|mos?)(?:\s*(?:and\s*)?(\d{1,2})\s*(?:months?|mos?))?\b/gi;

/** Time given to one skill in a list: "Java (5 years)", "SQL - 3 yrs", "Python: 4+ years". */
const SKILL_YEARS = /(?:\(\s*|[-:–]\s*)(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\b/gi;

/** Lengths that are not a job's: a project inside one, a course, an internship. */
const NOT_A_ROLE = /\b(project|course|training|certificat\w*|intern(ship)?|trainee|degree|semester)\b/i;

const LINK =
  /\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:github|gitlab|bitbucket|linkedin|twitter|x|medium|dev|stackoverflow|behance|dribbble|kaggle|npmjs)\.(?:com|to|io|org)\/\S*|(?<![\w.])@[\w-]{2,}|\[redacted\]/gi;

/** The line without its URLs, e-mail addresses and @handles (each replaced by a space). */
export function withoutLinks(line: string): string {
  return line.replace(LINK, ' ');
}

function durationYears(line: string): number {
  let total = 0;
  for (const m of line.matchAll(DURATION)) {
    const n = Number(m[1]);
    total += /^(y|yr)/i.test(m[2]) ? n + Number(m[3] ?? 0) / 12 : n / 12;
  }
  return total;
}

type SectionKind = 'experience' | 'education' | 'skills' | 'summary' | 'projects' | 'interests' | 'other';
/** Headings inside one job's entry: what it is, what the person did there. */
const JOB_SUBHEADING =
  /^(?:what is\b|about\b|responsibilit|duties|tasks|key (?:results|contributions|accomplishments)|accomplishments|results|highlights|impact|role\b|tech(?:nologies)? used|stack used|environment)|\?$/i;

const SECTION_KIND: [RegExp, SectionKind][] = [
  [/objective|summary/i, 'summary'],
  [
    /experience|employment|work history|career|positions|company details|erfahrung|werdegang|beschäftigung|expériences?|parcours professionnel|experiencia|experiência|esperienz[ae]|ervaring|loopbaan|antecedentes laborales|trayectoria (?:profesional|laboral)|percurso profissional/i,
    'experience',
  ],
  [
    /skill|technolog|tools|stack|competenc|expertise|proficienc|programming|languages|kenntnisse|fähigkeiten|fertigkeiten|sprachen|compétences|langues|competencias|habilidades|idiomas|competências|competenze|lingue|vaardigheden|talen/i,
    'skills',
  ],
  [
    /interests|hobbies|extra[- ]curricular|activities|personal (details|information)|declaration|references|interessen|hobbys|centres d['’]intérêt|loisirs|intereses|interesses|interessi|hobby['’]s/i,
    'interests',
  ],
  [
    /education|degrees?\b|certific|training|courses|coursework|qualifications|academic|awards|honou?rs|bildung|studium|formation|études|educación|formación|formação|educação|istruzione|formazione|opleiding|antecedentes académicos/i,
    'education',
  ],
  [/summary|profile|about|objective|profil|über mich|à propos|sobre mí|sobre mim|chi sono|over mij/i, 'summary'],
  [/project|open source|portfolio|achievements|publications|projekte|projets|proyectos|projetos|progetti|projecten/i, 'projects'],
];

/**
 * Lines that name a course, a certificate or a degree rather than work done: "DB1101 - Basic SQL",
 * "Intro to Artificial Intelligence", "AWS Certified Advanced Networking", "Coursework: Algorithms; AI".
 * A skill only a course names is one the person studied, not one they have used.
 */
const COURSE_LINE =
  /^(?:[A-Z]{2,5}\s?-?\d{3,4}[A-Z]?\b|(?:relevant |graduate |selected |key |online )?(?:course ?work|courses|modules|certifications?|certificates?|trainings?)\s*:)|\b(?:intro(?:duction)? to|certified|certification|certificate|bootcamp|nanodegree|mooc|udemy|coursera|edx|online course|coursework|courses?\s*(?::|in|on)\s)/i;
const COURSE_PREFIX = /^(?:relevant |graduate |selected |key |online )?(?:course ?work|courses|modules|certifications?|certificates?)\s*:/i;

/** A sentence about the employer or its product, not about the person's work ("The company's system manages…", "Acme is a…"). */
const EMPLOYER_SENTENCE =
  /^(?:(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]his) (?:company|client|customer|employer|firm|startup|organi[sz]ation|business)(?:['’]s)?\b|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:is|was)\s+(?:a|an|one of)\b)/;

/** "…, which is a leading provider of…", "one of the largest retailers": a sentence describing a company. */
const COMPANY_DESCRIPTION =
  /\b(?:is|was|are|were)\s+(?:a|an|one of the)\s+(?:\w+\s+)?(?:leading|largest|top|global|fast[- ]growing|multinational|renowned|well[- ]known|premier|biggest)\b/i;

function withoutEmployerSentences(text: string): string {
  return text
    .replace(/^(?:description|about the (?:company|client|employer))\s*[-:]\s*/i, '')
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((sentence) => !EMPLOYER_SENTENCE.test(sentence) && !COMPANY_DESCRIPTION.test(sentence))
    .join(' ');
}

/** "Interests: chess, Go, hiking", "Hobbies - …", "Currently learning Rust": what the person likes or wants, not what they offer. */
const INTERESTS_LINE =
  /^(?:interests|hobbies|personal interests|hobbies (?:and|&) interests|interested in|currently learning|learning|eager to learn|looking for|seeking)\b\s*[:-]?/i;
/** Markers of a contact line: an address, a profile link or icon, a phone, a redaction. */
const CONTACT = /@|https?:|www\.|linkedin|github\.com|github-square|\[redacted\]|\b(?:phone|mobile|e-?mail|tel)\s*[:.]/i;

/** A portal's employer field: "company - Acme", "Client: Globex". */
const EMPLOYER_LINE = /^(?:company|client|employer|organi[sz]ation)\s*[-:]\s/i;
const EMPLOYER_FIELD = /^(?:company|client|employer|organi[sz]ation)\s*[-:]\s*/i;

/** The line is a role's title and employer: its dates follow alone on the next line ("2019 - Present:"). */
function beforeBarePeriod(lines: string[], i: number): boolean {
  return isBarePeriod(
    lines
      .slice(i + 1)
      .find((l) => l.trim())
      ?.trim() ?? '',
  );
}

/** Dates and nothing else ("2019 - Present:", "(Jan 2018 to Present)", "*Jan 2018 – Present*"). */
function isBarePeriod(line: string): boolean {
  const m = periodOf(line);
  return Boolean(m) && line.replace(m?.[0] ?? '', '').replace(/[\s,:;|·—–()*_-]|\b(?:from|between|since)\b/gi, '').length === 0;
}

/** "unit and integration testing", "product and project management": the first word shares the last one. */
const ELLIPSIS =
  /\b([A-Za-z][\w-]*)(?:\s*,\s*|\s+(?:and|or|&)\s+|\s*\/\s*)(?:[A-Za-z][\w-]*\s+)?(testing|tests|development|management|analysis)\b/gi;

/** The text, with each shared-word phrase spelt out after it ("unit and integration testing. unit testing"). */
function withEllipsisExpanded(text: string): string {
  const spelt = [...text.matchAll(ELLIPSIS)].map((m) => `${m[1]} ${m[2]}`);
  return spelt.length ? `${text} (${spelt.join(', ')})` : text;
}

/** Words before "at" that make it a skill's context ("skilled at Python"), not an employer ("Director at GitHub"). */
const AT_SKILL = /^(proficient|skilled|good|expert|experienced|great|excellent|fluent|competent|strong|better|best|adept)$/;

/** A number that measures something, not a version ("React 18") or a year. */
const QUANTITY = /(?:^|[^\w.])(?:[$£€]\s?)?\d+(?:[.,]\d+)?\s*(?:%|[kmb]n?\b|x\b|×)?/i;
const VERSION_OR_YEAR = /\b[A-Z][\w.+#-]*\s+v?\d+(?:\.\d+)*\b|\b(?:19|20)\d{2}\b/g;

/** A data file's field line: `date: "September 2013 - September 2014",`. */
const QUOTED_FIELD_LINE = /^["']?[A-Za-z_][\w-]*["']?\s*:\s*["'`]/;
/** The date fields of a data file, dropped once its jobs are rebuilt as role lines. */
const DATE_FIELD_LINES =
  /^["']?(?:date|dates|period|duration|time|years?|details|subtitle|meta|start\w*|end\w*|from|to|since|until)["']?\s*:.*$/gim;

/**
 * A site template's front matter keeps its comments ("# bio: My research interests include distributed robotics", "#
 * Display name"): no part of the CV, though a prose reader would take them for a heading and a line of the career.
 * (A comment-like line inside a block scalar, "summary: |" then "  # Goals", is the value's own text and stays.)
 */
export function withoutFrontMatterComments(text: string): string {
  const fm = text.match(/^---\n[\s\S]*?\n---(?=\n|$)/);
  if (!fm) return text;
  let scalar = -1;
  // (Each comment leaves an empty line: where a line sits, the CV's opening lines among them, stays as it was.)
  const kept = fm[0].split('\n').map((line) => {
    const indent = line.length - line.trimStart().length;
    if (scalar >= 0 && (line.trim() === '' || indent > scalar)) return line;
    scalar = /:[ \t]*[|>][-+0-9]*[ \t]*$/.test(line) ? indent : -1;
    return /^[ \t]*#/.test(line) ? '' : line;
  });
  return kept.join('\n') + text.slice(fm[0].length);
}

/** Reads a CV: skills with the line proving each, roles with dates, total years, quantified results. */
export function parseCv(text: string, taxonomy: Taxonomy, now: Date): ParsedCv {
  const input = withoutFrontMatterComments(text);
  // The reader works on lines without their indentation (intake keeps it only in YAML: front matter or a whole document).
  const raw = input.replace(/^[ \t]+/gm, '');
  // A whole document in YAML is read with its indentation, which is its nesting (a builder's sections hold its jobs).
  // (A page's front matter is read as before, without it: read with its nesting, a résumé kept whole in front matter
  // becomes data and loses the weight its summary and lists carry as prose.)
  const cv = readCv(raw, taxonomy, now, /^\s*---\s*\n/.test(input) ? undefined : structuredCvText(input));
  // Roles read off a data file's own date fields ('date: "2013 - 2014",') carry no title: the file's jobs say more.
  const fieldDated = cv.roles.filter((r) => QUOTED_FIELD_LINE.test(r.line)).length;
  const untitled = fieldDated > 0 && fieldDated >= cv.roles.length / 2;
  if (cv.yearsStated && cv.years >= 1 && !untitled) return cv;
  // A CV kept as data in a site's source (one field per line): its jobs are rebuilt as role lines and read again
  // (also when the text alone found only dates that add up to nothing, such as a widget's own date format).
  const jobs = fieldRoles(raw);
  if (!jobs.length) return cv;
  const fields = untitled ? raw.replace(DATE_FIELD_LINES, '') : raw;
  const rebuilt = readCv(`${fields}\n\n## Experience\n${jobs.join('\n')}\n`, taxonomy, now);
  return rebuilt.years > cv.years || !cv.yearsStated || untitled ? rebuilt : cv;
}

function readCv(raw: string, taxonomy: Taxonomy, now: Date, structured?: string): ParsedCv {
  const text =
    structured ??
    structuredCvText(raw) ??
    unflattenCv(withoutMarkup((isLatex(raw) ? latexCvText(raw) : raw).replace(/<!--[\s\S]*?-->/g, ' ')));
  const sections = splitSections(text);
  const lines = text.split('\n').map((l) => l.trim());
  const name = plainLine(lines.find((l) => l.length > 0) ?? '');
  const roles: Role[] = [];
  const skills = new Map<string, SkillEvidence>();
  /** Skills only courses, certificates and degrees name. */
  const studied = new Map<string, SkillEvidence>();
  const quantified: string[] = [];
  const experienceLines: ParsedCv['experienceLines'] = [];
  const rank: Record<EvidenceStrength, number> = { experience: 3, summary: 2, listed: 1 };
  /** Years from roles that give their length instead of dates ("(3 years)", "Duration: 2 yrs"). */
  let undatedYears = 0;
  /** The longest time a skills list gives one skill ("Java (5 years)"). */
  let skillYears = 0;
  // (Empty headings that end the text are a PDF's side column read last — "Projects", "Experience"; "SUMMARY", "WORK
  // EXPERIENCE (5)", "EDUCATION (1)" — and head nothing.)
  const strayLast = (i: number) => sections.slice(i).every((x) => x.lines.every((l) => !l.trim()));
  const isExperience = (s: Section) => Boolean(s.heading) && SECTION_KIND.find(([re]) => re.test(s.heading))?.[1] === 'experience';
  const hasExperienceHeading = sections.some((s, i) => isExperience(s) && !strayLast(i));
  // Then the jobs sit under whatever heading came before them, education too: a period over a job's title is a role.
  const headingsLast = sections.some((s, i) => isExperience(s) && strayLast(i));
  // (The title may have been read as the next section's heading.)
  const jobAfter = (lines: string[], at: number, after: Section | undefined) => {
    const next = (lines.slice(at + 1).find((l) => l.trim()) ?? after?.heading ?? '').trim();
    const job = next.length <= 80 && ROLE_NOUN.test(next) && !STUDY_WORDS.test(next) && !/\b(?:academy|boot ?camp)\b/i.test(next);
    return job ? next : '';
  };

  let previousKind = 'other';
  /** The Markdown level of the heading that opened the current experience section. */
  let experienceLevel: number | undefined;
  // A PDF whose section headings came out first, stacked with nothing under them ("PROFILE", "WORK HISTORY", "PROJECTS",
  // "TRAINING"), then all the text: the text is under the last of them only by position, so it is read as unheaded.
  const stackedAbove = (index: number) =>
    index >= 3 && [1, 2, 3].every((k) => sections[index - k].heading && sections[index - k].lines.every((l) => !l.trim()));
  sections.forEach((s, index) => {
    const unheaded = stackedAbove(index);
    const named =
      s.heading && !unheaded ? (SECTION_KIND.find(([re]) => re.test(s.heading))?.[1] ?? 'other') : index === 0 ? 'summary' : 'other';
    // A sub-heading inside a job ("Responsibilities:", "What is Yarden?") continues the experience it sits in, and so
    // does a job's own heading under "## Experience" ("### Content Designer, Acme", "**Content Designer**").
    // (A plain or bold heading must name a job for that: "Leadership & Community" is a section of its own.)
    const nested = s.level !== undefined && experienceLevel !== undefined ? s.level > experienceLevel : ROLE_NOUN.test(s.heading);
    // A job's own Markdown heading under the experience heading stays in it whatever its words ("## Desenvolvedor Full
    // Stack – Corelab" is no skills section), and so does a job's sub-heading ("Projetos:") before the next job.
    // (A bold job heading whose words name a section, "**Information Technology Specialist, Acme**", is still a job.)
    const underExperience =
      experienceLevel !== undefined &&
      previousKind === 'experience' &&
      (s.level !== undefined ? s.level > experienceLevel : named === 'other' || named === 'projects' || ROLE_NOUN.test(s.heading));
    /** A job's own heading ("### Junior Developer, Acme"): the title of dates that open its section. */
    const jobHeading =
      !unheaded && (named === 'other' || (underExperience && (s.level !== undefined || ROLE_NOUN.test(s.heading)))) ? s.heading : '';
    const kind =
      (named === 'other' && previousKind === 'experience' && (JOB_SUBHEADING.test(s.heading) || nested)) || underExperience
        ? 'experience'
        : named;
    // (Only a real heading opens the block: "# An instance of the Experience widget." is a YAML comment.)
    if (kind === 'experience' && named === 'experience' && !underExperience)
      experienceLevel = s.heading.split(/\s+/).length <= 4 && !/[.]$/.test(s.heading) ? s.level : undefined;
    // (A heading at the experience heading's level or above closes it.)
    if (experienceLevel !== undefined && s.level !== undefined && s.level <= experienceLevel && named !== 'experience')
      experienceLevel = undefined;
    previousKind = kind;
    const inExperience = kind === 'experience' || (!hasExperienceHeading && kind !== 'education' && kind !== 'skills');
    for (const [at, raw] of s.lines.entries()) {
      const line = raw.trim();
      if (!line) continue;
      const bullet = bulletText(line);
      const content = bullet ?? plainLine(line);
      // A portal's "description - …" bullet is the role itself: its dates are the role's.
      // So is a short bullet that is a title and its dates ("* Data Engineer (July 2025 - Present)") in a nested list.
      const titled = bullet !== undefined && titleWithDates(bullet);
      // And a nested bullet that holds only dates ("  * Nov 2018 - present") under the title's bullet.
      const datesOnly = bullet !== undefined && !titled && onlyDates(bullet);
      const datable = !bullet || /^description\s*[-:]/i.test(bullet) || titled || datesOnly;
      const jobBelow = headingsLast && kind === 'education' && !bullet ? jobAfter(s.lines, at, sections[index + 1]) : '';
      const readsRole = inExperience || Boolean(jobBelow);
      const range = readsRole && datable ? periodOf(line) : null;
      // (Dates over a degree, "2010 - 2014" then "BSE Electrical Engineering … at University of Michigan", are study.)
      const bare = range !== null && isBarePeriod(content);
      const below = bare ? titleBelow(s.lines, at) : '';
      if (bare && !below && studyBelow(s.lines, at)) continue;
      if (range) {
        // A description's dates belong to the employer named above it; nested dates to the bullet they sit under.
        // (Dates first in a job's own section, "### Junior Developer, Acme" then "Jan 2021 – Jun 2023": the heading.)
        const before =
          jobBelow ||
          (datesOnly
            ? parentLine(s.lines, at)
            : bare
              ? below || headingBelow(s.lines, at, sections[index + 1]) || titleOverEmployer(s.lines, at)
              : previousLine(s.lines, at)) ||
          jobHeading;
        // ("**Telemont (2021–2023):** Built…": the bold lead-in is the role's line, the rest its description.)
        const lead = titled && bullet ? datedLead(bullet) : undefined;
        const role = readRole(lead ?? (bullet && !titled ? range[0] : content), range, now, before);
        if (role) roles.push(role);
        // A flattened role line carries its description too; a short one is only a title and dates.
        if (!bullet && content.length < 120) continue;
      } else if (inExperience && !STATED.some(([re]) => re.test(content)) && !NOT_A_ROLE.test(content))
        undatedYears += durationYears(content);
      // "Java (5 years), SQL - 3 yrs" in a skills list: the longest is a lower bound of the career.
      if (kind === 'skills') for (const m of content.matchAll(SKILL_YEARS)) skillYears = Math.max(skillYears, Number(m[1]));
      // Interests, hobbies and personal details are not skills the person offers.
      if (kind === 'interests' || INTERESTS_LINE.test(content)) continue;
      // A role's header names an employer ("Swift Logistics", "company - Ruby Mills"), not a skill.
      if (inExperience && !bullet && (EMPLOYER_LINE.test(content) || beforeBarePeriod(s.lines, at))) continue;
      // A contact line ("📱 … | ✉ … | GITHUB-SQUARE jdoe | LINKEDIN jdoe") names profiles, not skills.
      if (!bullet && CONTACT.test(content) && (content.length < 200 || content.split(/\s[|·•]\s/).length >= 3)) continue;
      // Addresses, links and handles name no skill ("github.com/jane/react-demo", "jane@rails.dev").
      const words = withoutEmployerSentences(withoutLinks(content));
      if (!/\w/.test(words)) continue;
      const analysed = analyse(withEllipsisExpanded(words));
      const tokens = analysed.tokens;
      // "Director of Enablement at GitHub": the employer, not the tool.
      const employer = (h: SkillHit) =>
        tokens[h.start - 1]?.normal === 'at' && /^[A-Z]/.test(tokens[h.start].value) && !AT_SKILL.test(tokens[h.start - 2]?.normal ?? '');
      const ids = [
        ...new Set(
          taxonomy
            .find(tokens)
            .filter((h) => !employer(h) && !domainOfData(h, tokens))
            .map((h) => h.id),
        ),
      ];
      // A course, a certificate or a degree is studied, not used: those lines prove no skill.
      // (A course or certificate title is a short line; a long sentence that mentions one is about something else.)
      // (Under an education heading of a PDF whose headings came out last, projects and jobs follow the studies: each line
      // is what it says.)
      const course =
        (kind === 'education' && !headingsLast) ||
        (inExperience && bullet ? COURSE_PREFIX.test(content) : content.length <= 90 && COURSE_LINE.test(content));
      // A skills-table entry names one skill, whatever its case ("SPRING- Exprience - 24 months").
      const entry = kind === 'skills' ? content.match(SKILL_TABLE_ENTRY) : null;
      const named = entry ? taxonomy.resolve(entry[1].replace(/^[-\s]+/, '')) : undefined;
      if (named && !ids.includes(named.id)) ids.push(named.id);
      if (inExperience && bullet) experienceLines.push({ line: bullet, skills: course ? [] : ids });
      if (course) {
        for (const id of ids)
          if (!studied.has(id)) studied.set(id, { id, line: content, strength: 'listed', quantified: false, mentions: 1 });
        continue;
      }
      const isQuantified = inExperience && Boolean(bullet) && hasQuantity(content, analysed.entities);
      if (isQuantified) quantified.push(content);
      const strength: EvidenceStrength = kind === 'skills' ? 'listed' : inExperience && bullet ? 'experience' : 'summary';
      for (const id of ids) {
        const prev = skills.get(id);
        const better =
          !prev || rank[strength] > rank[prev.strength] || (rank[strength] === rank[prev.strength] && isQuantified && !prev.quantified);
        if (better) skills.set(id, { id, line: content, strength, quantified: isQuantified, mentions: (prev?.mentions ?? 0) + 1 });
        else prev.mentions++;
      }
    }
  });
  const stated = statedYears(text);
  // A current student's jobs are student jobs, whatever their titles say.
  if (STUDENT_CV.test(text)) for (const r of roles) r.minor = true;
  endFutureRoles(roles, now);
  const dated = totalYears(roles) + Math.round(undatedYears);
  const hasDates = roles.length > 0;
  // A stated figure under a year ("Exprience - 3 months") is still experience: never read as 0 years.
  const years = Math.max(stated ? Math.max(Math.round(stated.years), 1) : 0, dated, Math.round(skillYears));
  // A student's or a new graduate's courses are all the evidence they have; anyone else's only name what they studied.
  if (years < 1) for (const [id, ev] of studied) if (!skills.has(id)) skills.set(id, ev);
  // A tool proves the practice it serves: Jenkins → CI/CD, pytest → unit testing.
  for (const ev of [...skills.values()])
    for (const id of taxonomy.get(ev.id)?.implies ?? []) if (!skills.has(id)) skills.set(id, { ...ev, id, mentions: 1 });
  return {
    name,
    skills,
    roles,
    // A stated total can count only the current profession: the dated career (or a skill's own years), when longer, wins.
    years,
    yearsStated: Boolean(stated) || hasDates || undatedYears > 0 || skillYears > 0,
    statedLine: stated?.line,
    text,
    quantified,
    experienceLines,
  };
}

const STUDENT_CV = /\b(expected graduation|expected (completion|to graduate)|(?<!since )graduating in|currently (studying|enrolled))/i;

/** A bullet's bold lead-in when it holds a period ("**Telemont (2021–2023):** …" → "Telemont (2021–2023):"). */
function datedLead(bullet: string): string | undefined {
  const lead = bullet.match(/^\*\*([^*]{3,80})\*\*/)?.[1];
  return lead && periodOf(lead) ? lead : undefined;
}

/** "Data Engineer (July 2025 - Present)", "Associate, Acme — 2018–2019": a role's title and dates, nothing else. */
function titleWithDates(bullet: string): boolean {
  // "**Telemont (2021–2023):** Built a Python tool used across the team": a bold lead-in holding the dates is the role.
  const lead = datedLead(bullet);
  if (lead && lead !== bullet) return titleWithDates(lead.replace(/:\s*$/, ''));
  const m = periodOf(bullet);
  if (!m || m.index === undefined) return false;
  const rest = `${bullet.slice(0, m.index)} ${bullet.slice(m.index + m[0].length)}`.replace(/[()[\],:|·—–*_`-]/g, ' ').trim();
  const words = rest.split(/\s+/).filter(Boolean);
  // Dates after the title ("Data Engineer (July 2025 - Present)"), or first ("`2019 – now` Editor, The Weekly").
  const datesFirst = !/\w/.test(bullet.slice(0, m.index));
  return words.length >= 1 && words.length <= 8 && /^\p{Lu}/u.test(rest) && (datesFirst || m.index >= rest.length / 2);
}

/** Business functions a data person works on rather than in: "their sales behaviours", "HR analytics", "finance reports". */
const BUSINESS_DOMAINS = new Set(['sales', 'marketing', 'human-resources', 'accounting', 'procurement', 'customer-support']);
const DATA_NOUN =
  /^(?:data|dataset|datasets|behaviou?rs?|figures|numbers|forecasts?|forecasting|analytics|analysis|reports?|reporting|dashboards?|trends|volumes|records|metrics|kpis|predictions?|models?|pipelines?|databases?|tables?)$/;

function domainOfData(h: SkillHit, tokens: { normal: string }[]): boolean {
  return BUSINESS_DOMAINS.has(h.id) && DATA_NOUN.test(tokens[h.end]?.normal ?? '');
}

/** Layout tags that end a line (block elements, hgroups and the page's sections) and those that sit inside one. */
const BLOCK_TAGS = 'div|p|dl|dt|dd|ul|ol|li|h[1-6]|hgroup|section|header|article|footer|aside|table|tr';
const INLINE_TAGS = 'span|strong|em|b|i|small|sup|sub|td|th';
const MARKUP = new RegExp(`<\\/?(?:br|${BLOCK_TAGS}|${INLINE_TAGS})\\b[^>]*>|&[a-z]+;|&#\\d+;`, 'i');
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi');
const INLINE_TAG = new RegExp(`<\\/?(?:${INLINE_TAGS})\\b[^>]*>`, 'gi');

/**
 * Résumé pages exported as Markdown keep some layout HTML (<span>…</span>, <br>, &mdash;): reduce that
 * to text. Only layout tags go; anything else stays as written, so the report quotes it (escaped).
 */
function withoutMarkup(text: string): string {
  if (!MARKUP.test(text)) return text;
  return decodeEntities(
    text
      .replace(/<br\s*\/?>/gi, '\n')
      // Block elements end a line ("<dt>2015–2019</dt><dd>Reporter, The Daily</dd>"); inline ones are a space.
      .replace(BLOCK_TAG, '\n')
      .replace(INLINE_TAG, ' '),
  )
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n\s*\n(?:\s*\n)+/g, '\n\n');
}

/** A bullet that is a date range and nothing else. */
function onlyDates(bullet: string): boolean {
  const m = periodOf(bullet);
  return m !== null && bullet.replace(m[0], '').replace(/[\s()[\],.:;|·—–-]/g, '').length === 0;
}

/**
 * The bullet a dates-only bullet sits under: the nearest line above that names a role ("**Data Scientist**,
 * *Bundesbank*") rather than a place ("Frankfurt am Main, DEU"), within the few lines a nested entry spans.
 */
function parentLine(lines: string[], i: number): string {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const t = lines[j].trim();
    if (!t) break;
    if (ROLE_NOUN.test(t) || /\*\*[^*]+\*\*/.test(t)) return roleHeader(plainLine(bulletText(t) ?? t));
  }
  return previousLine(lines, i);
}

/** The last "as a(n) <role>" of a story ("as a senior software engineer"), or undefined. */
function storyTitle(text: string): string | undefined {
  const named = [...text.matchAll(/\bas\s+an?\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/giu)].map((m) => m[1]).filter((t) => ROLE_NOUN.test(t));
  const last = named.at(-1);
  return last?.replace(new RegExp(`(${ROLE_NOUN.source}).*$`, 'i'), '$1');
}

/**
 * A job written on three lines, title over employer over dates ("Computer Scientist" / "US Air Force Civilian Service –
 * Tinker AFB, OK" / "April 2023 – Present"): the title and the employer, joined as one role line. Else the line before.
 */
function titleOverEmployer(lines: string[], i: number): string {
  const employer = previousLine(lines, i);
  if (!employer || ROLE_NOUN.test(employer)) return employer;
  // (The two written lines above the dates, by position: an employer's line may repeat, "University of Kansas".)
  const written: string[] = [];
  for (let j = i - 1; j >= 0 && written.length < 2; j--) if (/\w/.test(lines[j])) written.push(lines[j].trim());
  const above = written[1] ? plainLine(bulletText(written[1]) ?? written[1]) : '';
  const short = above.split(/\s+/).length <= 6 && !/[.:;]$/.test(above) && !periodOf(above);
  return above && short && ROLE_NOUN.test(above) ? `${above} – ${plainLine(written[0])}` : employer;
}

/**
 * Dates first, then the job ("*Jan 2023 – Apr 2024*" over "Software Engineer (Acme)"): dates alone on their line that
 * open an entry (after a blank line, a bullet of the job before, or the section's start) and have a short job title on
 * the next line. Empty otherwise.
 */
function titleBelow(lines: string[], i: number): string {
  const above = lines[i - 1]?.trim() ?? '';
  const next = lines[i + 1]?.trim() ?? '';
  if (!next || bulletText(next) !== undefined || periodOf(next)) return '';
  const title = plainLine(next);
  // (A résumé builder's PDF runs its entries together: "…200,000+ users." / "May 2013 - Dec 2014" / "Software Engineer at
  // Cribspot". A "title at employer" line below is the job's, unless the line above is a title itself.)
  const titleAt = /^(.{2,60}?)\s+at\s+(\S.{1,60})$/.exec(title);
  // (Nor is a field, "Reference (SDM): …", a title.)
  const aboveTitle = (t: string) => t.split(/\s+/).length <= 10 && ROLE_NOUN.test(t) && !/[.!?]$/.test(t) && !/\S:\s/.test(t);
  if (titleAt && ROLE_NOUN.test(titleAt[1]) && !aboveTitle(plainLine(above))) return `${titleAt[1]} – ${titleAt[2]}`;
  if (above && bulletText(above) === undefined) return '';
  return title.split(/\s+/).length <= 10 && ROLE_NOUN.test(title) ? title.replace(/\s*\(([^()]+)\)\s*$/, ' – $1') : '';
}

/**
 * Dates that end their section, over a job's own heading: "##### Fall 2015 - Winter 2019" then "### Web Developer & Art
 * Generalist" (an hgroup of headings, the dates one of them).
 */
function headingBelow(lines: string[], i: number, after: Section | undefined): string {
  if (!after?.heading || lines.slice(i + 1).some((l) => l.trim())) return '';
  const title = after.heading.trim();
  return title.split(/\s+/).length <= 10 && ROLE_NOUN.test(title) ? title : '';
}

/** A degree on the line after dates that stand alone ("BSE Electrical Engineering, Minor in Economics at University of Michigan"). */
function studyBelow(lines: string[], i: number): boolean {
  const next = plainLine(lines.slice(i + 1).find((l) => l.trim()) ?? '');
  const job = /^(.{2,60}?)\s+at\s+/.exec(next);
  if (job && ROLE_NOUN.test(job[1])) return false;
  return DEGREE_OPENS.test(next) || DEGREE.test(next) || (STUDY_WORDS.test(next) && !ROLE_NOUN.test(next));
}
const DEGREE_OPENS =
  /^(?:B\.?S\.?E?|B\.?Sc|B\.?A|M\.?Sc|M\.?S|M\.?A|MBA|B\.?Tech|M\.?Tech|Ph\.?D|Bachelor|Master|Associate(?:'s)? degree)\b/i;

/** The line before a role's dates, when the dates stand alone on theirs (of a run of text, its last sentence). */
function previousLine(lines: string[], i: number): string {
  for (let j = i - 1; j >= 0; j--) {
    const t = plainLine(bulletText(lines[j]) ?? lines[j].trim()).replace(EMPLOYER_FIELD, '');
    // The previous role's own dates: this role's title was not written.
    if (isBarePeriod(t)) return '';
    if (/\w/.test(t))
      return roleHeader(
        t
          .split(/(?<=[a-z0-9)][.;!?])\s+(?=[A-Z])/)
          .pop()
          ?.trim() ?? t,
      );
  }
  return '';
}

/**
 * A title and employer that a flattened CV ran onto the end of the previous bullet ("…with Redis caching
 * Software Engineer | Finmark Solutions |"): the capitalised words before the first separator, and what follows.
 */
function roleHeader(text: string): string {
  if (text.split(/\s+/).length <= 8) return text;
  // A whole header line, the title first: "Correctional Officer V | Texas Department of Criminal Justice — Holliday Unit,
  // Huntsville, TX" is that officer's job, not a "Huntsville" run onto the end of a bullet.
  const first = text.split(/\s+[|·—–]\s+/)[0];
  if (first !== text && first.split(/\s+/).length <= 8 && ROLE_NOUN.test(first) && !/[.!?]/.test(first)) return text;
  // A header is short: look only at the end of a long run of text.
  const m = text
    .slice(-240)
    .match(/(?:^|\s)((?:[A-Z][\w&/.+'’-]*\s+(?:(?:of|and|&|for)\s+)?){0,5}[A-Z][\w&/.+'’-]*\s*(?:[|·—–,]|\s-\s)[^|·—–,]*(?:[|·—–,]\s*)?)$/);
  return m ? m[1].trim() : text;
}

/** Identifiers that carry digits but measure nothing: versions, models, standards, forms ("v2.3", "RTX 3080", "ISO 27001", "Form 1040", "W-2"). */
const IDENTIFIER =
  /\b(?:v\d+(?:\.\d+)*|version\s+\d+(?:\.\d+)*|(?:form|iso|iec|soc|pci|section|rule|schedule|article|wcag|rfc|ieee|en|din|cve-\d{4}-)\s*-?\d+(?:[.-]\d+)*|[A-Za-z]+-?\d+[A-Za-z]*\d*|\d+(?:\.\d+){2,})\b/gi;

/** What makes a number a result: a share, money, a multiple, a change from one value to another, or a count of something measured. */
const RESULT =
  /\d\s*%|\bper ?cent\b|[$£€¥]\s?\d|\d\s?(?:k|m|bn|million|billion)?\s?(?:usd|eur|gbp|dollars|euros|pounds)\b|\d\s?(?:x|×)(?=\W|$)|\bfrom\s+[$£€]?\d[\d.,]*\s*\S*\s+to\s+[$£€]?\d|\b(?:reduc|cut|sav|increas|improv|grew|grow|rais|boost|decreas|drop|fell|rose|doubl|tripl|halv|shr[ai]nk|lower|accelerat|speed|sped)\w*\b[^.]*?\d|(?:\d[\d,.]*\s*(?:k|m|bn)?\+?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens? of|hundreds of|thousands of|millions of))\s+(?:[\w-]+\s+){0,3}?(?:users|customers|clients|requests|rps|qps|people|engineers|developers|employees|members|students|accounts|transactions|orders|downloads|installs|visitors|sessions|issues|bugs|tickets|incidents|servers|nodes|services|models|records|rows|events|messages|calls|leads|deals|stars|countries|markets|stores|hospitals|schools|partners|teams|reports|projects|pages|apps|countries|hires|candidates|ms|milliseconds|seconds|secs|minutes|mins|hours|hrs|days|weeks|months|tb|gb|pb)\b|\bteam of\s+\d|\b\d+\s+of\s+\d+\b|\b(?:p\d{2}|latency|uptime|sla|nps|arr|mrr|revenue|retention|conversion|churn)\b[^.]*\d/i;

function hasQuantity(line: string, entities: Entity[]): boolean {
  // Versions after a name ("React 18", "Python 3.12") and years are not results; the line's first word may be capitalised.
  const first = line.split(/\s+/)[0] ?? '';
  const rest = line.slice(first.length).replace(VERSION_OR_YEAR, ' ');
  const cleaned = `${first.replace(/\d{4}/g, '')}${rest}`.replace(IDENTIFIER, ' ');
  if (!QUANTITY.test(cleaned) || !RESULT.test(cleaned)) return false;
  // wink's entities confirm a number that is a measure, not a year or a version in a name.
  const versions = new Set([...line.slice(first.length).matchAll(VERSION_OR_YEAR)].map((m) => m[0].replace(/^\D+/, '')));
  return entities.some(
    (e) =>
      ['PERCENT', 'MONEY', 'CARDINAL', 'DURATION', 'TIME', 'ORDINAL'].includes(e.type) &&
      !/^(19|20)\d{2}$/.test(e.value) &&
      !versions.has(e.value),
  );
}

function readRole(content: string, range: RegExpMatchArray, now: Date, before = ''): Role | undefined {
  const start = monthIndex(range[1], now);
  const end = monthIndex(range[2], now, Math.floor(start / 12));
  if (end < start) return undefined;
  const own = content
    .replace(range[0].trim(), ' ')
    .replace(/[()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,:;|·—–*_`-]+$/, '')
    .replace(/^[\s,:;|·—–*_`-]+/, '')
    .replace(/^(?:from|between|during)$/i, '');
  // Dates alone on their line ("2019 - Present:"): the title and company are the line before.
  const rest = own || before.replace(/[\s,:;|·—–-]+$/, '');
  // A job's own heading above an employer's line ("#### Mathematics Teacher" over "**Hays, Preston** (Nov 2022 – Jan
  // 2025)"): the heading is the title, the line the employer.
  const heading = plainLine(before).replace(/[\s,:;|·—–-]+$/, '');
  // (Not a line that is a job of its own, dated by a single year: "2018 Helium Services | Software Engineer Apprentice".)
  const headed =
    own &&
    heading &&
    !ROLE_NOUN.test(own) &&
    ROLE_NOUN.test(heading) &&
    heading.split(/\s+/).length <= 8 &&
    !periodOf(heading) &&
    !/^(?:19|20)\d{2}\b/.test(heading);
  const parts = headed
    ? [heading, own.split(/\s*,\s+|\s+[|·—–-]\s+/)[0]?.trim() ?? '']
    : rest
        .split(/\s+[|·—–-]\s+|\s*,\s+|\s+at\s+|\s*\|\s*/)
        .map((p) => p.trim())
        .filter(Boolean);
  // A job told in sentences ("… join RESAAS as an aspiring software engineer … I still work there as a senior software
  // engineer."): the title is the last "as a …" that names a role.
  const told = own.length > 100 && /[.!?]\s/.test(own) ? storyTitle(own) : undefined;
  const title = told ?? parts[0] ?? rest;
  return {
    title,
    company: parts[1] ?? '',
    line: content,
    start: range[1],
    end: range[2],
    from: start,
    to: end,
    // A degree named as the title is study ("MSc Computer Science"); a "PhD Researcher" is employed to do research.
    minor:
      MINOR_ROLE.test(`${title} ${parts[1] ?? ''} ${own ? '' : before}`) || (DEGREE.test(title) && !/\b(researcher|fellow)\b/i.test(title)),
  };
}

/**
 * An end date after today is a typo or a plan ("Apr 2019 – Sep 2029"): the role ends when the next one starts,
 * or today if it is the latest.
 */
function endFutureRoles(roles: Role[], now: Date): void {
  const today = now.getUTCFullYear() * 12 + now.getUTCMonth();
  for (const r of roles) {
    if (r.to <= today) continue;
    const next = roles.filter((o) => o !== r && !o.minor && o.from > r.from).sort((a, b) => a.from - b.from)[0];
    r.to = Math.max(r.from, Math.min(today, next ? next.from - 1 : today));
  }
}

/** Years of experience from the union of role date ranges (overlaps count once). */
export function totalYears(roles: Role[]): number {
  const months = new Set<number>();
  for (const r of roles) if (!r.minor) for (let m = r.from; m <= r.to; m++) months.add(m);
  // A year counts once nine months of it are done; three months or more of a first year is "under a year" (0.5), not none.
  const whole = Math.floor((months.size + 3) / 12);
  return whole === 0 && months.size >= 3 ? 0.5 : whole;
}
