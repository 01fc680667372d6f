import type { Level, Track } from '../bank/schema.ts';
import { analyse } from '../nlp/wink.ts';
import type { Taxonomy } from '../skills/taxonomy.ts';
import { NUMBER_WORD_PATTERN, NUMBER_WORDS } from '../text/numbers.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { cleanDocument } from './clean.ts';
import { employerOrNone } from './employer.ts';
import { classifyLines, type LineClass, type LineClassifier, type LineReading, lineClassifier } from './jd-lines.ts';
import { announcesProcess, inlineProcess, statesRound } from './jd-process.ts';
import {
  classifyHeading,
  DUTY_CUE,
  isLegalLine,
  type JdPart,
  type LogisticsKind,
  NICE_CUE,
  REQUIRED_CLAUSE,
  REQUIREMENT_CUE,
} from './jd-sections.ts';
import { termsIn } from './jd-terms.ts';
import { ROLE_NOUN, readTitle } from './jd-title.ts';
import { readTrack, type TrackClassifier, type TrackSource, trackClassifier } from './jd-track.ts';
import { type JobFamily, readJobFamily } from './job-family.ts';
import { detectLanguage, LANGUAGE_NAME, type Language, unknownLanguageOf } from './language.ts';
import { readSeniority, type SenioritySource } from './seniority.ts';
import { bulletText, plainLine, splitSections } from './structure.ts';

export type RequirementKind = 'must' | 'nice';

/**
 * Where a requirement was read: a heading that itself asks ('heading'); a line of a section whose heading says
 * requirements ('section'); a line the classifier placed there and is sure of ('classifier') or not ('guess'); a
 * duty line that states a requirement ('duty'); prose addressed to the reader outside any list ('prose'); a named skill
 * of an ad with no requirements list at all ('no-list'). The later ones are less often what a recruiter would call
 * required (jd-must.ts learns by how much).
 */
export type RequirementSource = 'heading' | 'section' | 'classifier' | 'guess' | 'duty' | 'prose' | 'no-list';

/** One requirement line of a job description, the skills it names, and where it was read. */
export interface Requirement {
  text: string;
  kind: RequirementKind;
  skills: string[];
  years?: number;
  source: RequirementSource;
}

export interface ParsedJd {
  title: string;
  company: string;
  team: string;
  seniority: Level;
  /** Where the level was read: a title, grade or stated years is firm; body wording is a guess; 'default' is mid for want of any cue. */
  seniorityFrom?: SenioritySource | 'family';
  track: Track;
  /** Where the track came from: the title, the skills asked for, the trained model (neither named one), or nothing. */
  trackFrom?: TrackSource;
  /** The trained model's probability for the track it read (only when it read the track). */
  trackConfidence?: number;
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
  /**
   * Lowercased words of the whole ad, for topic signals: each word (a hyphenated one also in its parts) and each pair of
   * neighbouring words ("ci cd" from "CI/CD", "on call" from "on-call").
   */
  words: Set<string>;
  /** Behavioural skills the ad asks for: they steer behavioural questions, never count as missing technical skills. */
  soft: string[];
  /** Groups of must-have skills the ad lists as alternatives ("Java and/or Python", "e.g. React, Vue"): one of each is enough. */
  alternatives: string[][];
  /** The language the ad is written in. */
  language: Language;
  /** Pay, place, remote share and travel, as the ad states them (verbatim lines). */
  logistics: Record<LogisticsKind, string[]>;
  /** The ad's own interview process, step by step, verbatim; empty when it states none. */
  process: string[];
  /** Reading notes for the report (an ad in another language, a missing requirements list). */
  notes: string[];
}

/** A sentence about experience, in the ad's languages: its years count towards the role's level. */
const EXPERIENCE_WORD = /experience|expérience|esperienza|erfahrung|experiencia|experiência|ervaring/i;

/** A number of years, in digits or words of the ad's languages, with an optional range ("3-5 years", "drei Jahre"). */
const YEARS = new RegExp(
  // (Not "results will come in 5 years", "within two years you will lead": a time ahead, not experience asked for.)
  `(?<!\\b(?:in|em|en|within|dentro de|entro|innerhalb|after|após|dans|nach|next|próximos|prossimi|nächsten)\\s+)\\b(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s*\\+?\\s*(?:(?:-|–|—|~|to|à|a|bis|and|y|e|et|und)\\s*(?:(?:massimo|max(?:imum)?|máximo|höchstens|maximal|au plus|at most)\\s+)?\\d{1,2}\\s*)?\\+?\\s*(?:years?|yrs?|anni|ans|années|jahre|jahren|años|anos|jaar|jaren)\\b`,
  'i',
);

/** "5+ years", "at least three years", "3-5 years", "5~7 years", "entre 5 y 10 años", "almeno 5 anni", "non inferiore a 7 anni" → the lower bound. */
export function yearsIn(text: string): number | undefined {
  const m = text.match(YEARS);
  if (!m) return undefined;
  const n = Number(m[1]) || NUMBER_WORDS[m[1].toLowerCase()];
  return n > 0 && n <= 30 ? n : undefined;
}

export { detectTrack, TITLE_TRACKS } from './jd-track.ts';

/**
 * The list of alternatives a must-have belongs to, named by the list's first member (its first list, for a skill in
 * two), or the skill itself: "Java, Python or Go" is one requirement whichever member is asked about.
 */
export function alternativeUnit(jd: Pick<ParsedJd, 'alternatives'>): (id: string) => string {
  const of = new Map<string, string>();
  for (const g of jd.alternatives ?? []) for (const id of g) if (!of.has(id)) of.set(id, g[0]);
  return (id) => of.get(id) ?? id;
}

/** Items grouped into requirements: the members of one list of alternatives together, every other item alone. */
export function requirementUnits<T>(jd: Pick<ParsedJd, 'alternatives'>, items: T[], idOf: (item: T) => string): T[][] {
  const unit = alternativeUnit(jd);
  const units = new Map<string, T[]>();
  for (const item of items) {
    const key = unit(idOf(item));
    units.set(key, [...(units.get(key) ?? []), item]);
  }
  return [...units.values()];
}

/** "X and/or Y", "one of", "e.g.", "such as", "like" and their equivalents mark a list of alternatives. */
const ALTERNATIVES =
  /\band\/or\b|\bor\b|\bone of\b|\bany of\b|\bsome (?:or all )?of (?:these|the following)\b|\beither\b|\be\.g\.|\beg\b|\bsuch as\b|\bi\.e\.|\blike\b|\bou\b|\boppure\b|\bo\b|\boder\b|\bbzw\b|\bpar exemple\b|\bcome\b|\bcomo\b|\bwie\b|\bper esempio\b|\bad esempio\b|\bz\.\s?b\./i;

/** Words between two items of one list ("Python, R or SQL", "Java und/oder Kotlin", "AWS/GCP (or Azure)"). */
const LIST_GLUE = new Set([
  ',',
  '/',
  '(',
  ')',
  '&',
  '|',
  '+',
  'and',
  'or',
  'and/or',
  'nor',
  'und',
  'oder',
  'bzw',
  'et',
  'ou',
  'e',
  'o',
  'y',
  'ni',
  'of',
  'en',
  'etc',
  'etc.',
  '.',
]);
/** Words just before a list that make its items examples of one requirement ("such as", "e.g.", "one of", "wie"). */
const LIST_CUE =
  /\b(?:such as|e\.g\.?|eg|i\.e\.?|like|one of|any of|either|for example|for instance|ideally|wie|z\.\s?b\.?|zum beispiel|beispielsweise|como|comme|par exemple|tels? que|come|ad esempio|per esempio|zoals|bijvoorbeeld)\s*[:(]?\s*$/i;

/**
 * The lists of alternatives in one requirement: runs of skills separated only by commas, slashes and "or"/"and" that
 * an "or" joins or an "e.g."/"such as" introduces. "Strong programming skills in tools such as Pyspark, Python, R, SQL
 * to manipulate data and conduct statistical analysis": the four tools are one requirement; statistics is another.
 */
function alternativeLists(text: string, hard: string[], taxonomy: Taxonomy, language: string): string[][] {
  const tokens = analyse(text).tokens;
  const hits = taxonomy.find(tokens, { language }).filter((h) => hard.includes(h.id));
  const runs: { ids: string[]; start: number; end: number; or: boolean }[] = [];
  for (const h of hits) {
    const last = runs[runs.length - 1];
    const gap = last ? tokens.slice(last.end, h.start) : [];
    if (last && gap.length <= 3 && gap.every((t) => LIST_GLUE.has(t.normal))) {
      if (!last.ids.includes(h.id)) last.ids.push(h.id);
      last.end = h.end;
      last.or ||= gap.some((t) => /^(?:or|and\/or|oder|bzw|ou|o|ni|nor)$/.test(t.normal));
    } else runs.push({ ids: [h.id], start: h.start, end: h.end, or: false });
  }
  const lists: string[][] = [];
  runs.forEach((r, i) => {
    const before = tokens
      .slice(Math.max(0, r.start - 4), r.start)
      .map((t) => t.value)
      .join(' ');
    const cued = LIST_CUE.test(before);
    // "configuration management tools such as Ansible or Chef": the practice the examples illustrate is one of them.
    const head = runs[i - 1];
    const umbrella = cued && head && r.start - head.end <= 5 ? [head.ids[head.ids.length - 1]] : [];
    const ids = [...umbrella, ...r.ids.filter((id) => !umbrella.includes(id))];
    if (ids.length >= 2 && (r.or || cued)) lists.push(ids);
  });
  // (A requirement whose skills stand too far apart to read as one list keeps the old reading: one list of them all.)
  return lists.length ? lists : [hard];
}

/** Wording that states a requirement whoever it addresses ("experience with Kubernetes", "3 years of", "esperienza con"). */
const STRONG_REQUIREMENT =
  /\b(experience (with|in|using)|years of|knowledge of|proficien\w*|must|required|at least|familiar(ity)? with|esperienza (con|in|nel|nella|di)|conoscenza (di|del|della|dei|delle)|expérience (en|de|avec|dans)|connaissance (de|des|du)|maîtrise (de|des|du)|erfahrung (mit|in)|kenntnisse (in|von)|experiencia (en|con)|conocimiento (de|en)|experiência (em|com)|conhecimento (de|em))\b/i;

const MANAGERIAL = new Set(['people-management', 'hiring']);

/**
 * The role itself stating what it needs, in a description paragraph: "This position requires development skills in Core
 * Java, Golang", "Le poste requiert", "Die Stelle erfordert", "Il ruolo richiede", "El puesto requiere", "A vaga exige".
 */
const ROLE_REQUIRES =
  /\b(?:(?:role|position|job|post|opportunity)\s+(?:also\s+)?requires?|(?:poste|r[ôo]le|mission)\s+(?:requiert|n[ée]cessite|exige)|(?:stelle|position|rolle|aufgabe)\s+(?:erfordert|verlangt|setzt\b[^.]{0,60}\bvoraus)|(?:ruolo|posizione)\s+richiede|(?:puesto|cargo|rol|posici[oó]n)\s+(?:requiere|exige)|(?:vaga|fun[cç][aã]o|cargo|posi[cç][aã]o)\s+(?:requer|exige))\b/i;

/** A sentence that speaks to the applicant. */
const ADDRESSES_READER =
  /\b(you|your|candidates?|applicants?|the ideal|vous|votre|candidat\w*|tu|voi|ti|sie|ihr|du|dich|usted|candidato|candidata|você)\b/i;

const KNOWN_LANGUAGES = new Set<string>(['en', 'fr', 'it', 'de', 'es', 'pt']);

export interface ParseJdOptions {
  /** The line classifier; undefined → the committed model (data/models/jd-lines.json), null → the hand rules alone. */
  lines?: LineClassifier | null;
  /** How the classifier's reading combines with the heading rules. */
  mode?: LineMode;
  /** The track model; undefined → the committed one (data/models/jd-track.json), null → the title and skill rules alone. */
  track?: TrackClassifier | null;
}
/**
 * model: the classifier decides every line (the rules enter it as features); hybrid: the heading rule where it
 * recognises the heading, the classifier elsewhere; veto (the default): the rules, unless the classifier is
 * confident — then it moves a line into or out of the requirements, or reads a line under an unknown heading.
 * Chosen by leave-one-source-out CV on the labelled dev ads (npm run train-jd-lines), re-run whenever labels are
 * added. On 178 ads from 78 sources (batch 16's line labels, its German compounds and aliases): must-have F1 veto 0.795,
 * model 0.795, hybrid 0.793, rules 0.771; nice veto 0.705, model 0.688. On 162 ads from 68 sources, with the skill aliases of the session that added the fit-band agreement: must-have
 * F1 veto 0.797, model 0.797, hybrid 0.792, rules 0.769, and nice-to-have F1 veto 0.701, model 0.688. Before those
 * aliases: model 0.793, hybrid 0.788, veto 0.787, rules 0.765; nice veto 0.703, model 0.690. On 150 ads: veto 0.799,
 * model 0.797. On 124 ads: veto 0.824, model 0.806. On 116 ads model had led, 0.817 to 0.809. The modes sit within a point or two of each other and trade the lead as labels are
 * added, so the default moves only on a clear lead: veto stays.
 */
export type LineMode = 'model' | 'hybrid' | 'veto' | 'rules';

const REQUIRED: LineClass[] = ['must', 'nice', 'soft'];
/**
 * Parts that say what the job asks or does, or what the company makes: an interview named there is a duty ("schedule
 * interviews") or a product ("helps users perform better in interviews"), not a round.
 */
const ASKS_OR_DOES = new Set<JdPart>(['must', 'nice', 'soft', 'resp', 'role', 'company']);
/** A sentence about the person wanted: addressed to them, asking for something, or saying who is sought. */
const SPEAKS_OF_APPLICANT = new RegExp(
  [
    ADDRESSES_READER.source,
    REQUIREMENT_CUE.source,
    ROLE_REQUIRES.source,
    String.raw`\b(?:looking for|seeking|searching for|we need|hiring|recherch\w*|cherchons|suchen|buscamos|cerchiamo|procuramos|zoeken)\b`,
  ].join('|'),
  'i',
);
/** Parts that ask nothing of the applicant, even in an ad with no requirements section. */
const NOT_ASKED = new Set<JdPart>(['company', 'benefits', 'legal', 'logistics', 'process']);

/**
 * The part a line is read as, from the rules' part and the classifier's guess. veto: the rules, except that a
 * confident classifier moves a line into or out of the requirements (boilerplate under "Qualifications",
 * a requirement in an unlabelled paragraph).
 */
function combine(mode: LineMode, rule: JdPart, guess: LineReading, unknownHeading: boolean, underHeading = false): LineClass {
  if (mode === 'rules') return rule;
  // A line more likely a requirement than not is one, whichever requirement class is likeliest (resp, role and
  // other can split the rest between them and outvote it one by one).
  const read = LINE_READING.grouped && guess.required > 0.5 ? guess.requiredCls : guess.cls;
  if (mode === 'model') return read;
  if (mode === 'hybrid') return unknownHeading ? read : rule;
  const sure = guess.p >= LINE_READING.veto;
  if (sure && REQUIRED.includes(rule) !== REQUIRED.includes(guess.cls)) return guess.cls;
  if (sure && rule === 'must' && guess.cls === 'nice') return guess.cls;
  // (Under a heading the rules do not know, a less confident reading that the line asks for something is enough. The
  // ad's opening lines, above any heading, need the usual confidence: they describe the company more often than they
  // ask; so does any other part — "¿Cómo aplico?" is how to apply, not a round of the interview.)
  const bar = underHeading && REQUIRED.includes(guess.cls) ? LINE_READING.unknownHeading : LINE_READING.veto;
  return unknownHeading && guess.p >= bar ? guess.cls : rule;
}
/**
 * How parseJd uses the classifier's reading, each choice made by leave-one-source-out cross-validation on the
 * dev ads (npm run train-jd-lines prints the figures): the confidence above which 'veto' mode overrides the
 * rules; the lower one from which it reads a line under a heading the rules do not know (five folds by source on
 * 282 ads: must-have F1 0.723 / 0.725 / 0.726 / 0.727 / 0.728 / 0.725 at 0.6 / 0 / 0.4 / 0.45 / 0.5 / 0.55, nice
 * 0.656 → 0.658 at 0.5); whether a soft-skill line keeps only its behavioural skills; whether a line read as company, role or
 * other is still scanned for requirements written as prose, and a duty line for a stated requirement.
 */
export const LINE_READING = {
  veto: 0.6,
  unknownHeading: 0.5,
  softBehaviouralOnly: true,
  proseRequirements: true,
  dutyRequirements: true,
  grouped: true,
};

/** A lead-in that wishes rather than requires: "It would be good if you have experience with most of the following:". */
const WISH_LEAD_IN =
  /\b(?:would be good|good if you|(?:most|some|any|several) of the following|sarebbe (?:bello|utile)|w[äa]re (?:gut|schön)|ser[íi]a (?:bueno|genial)|seria (?:bom|ótimo)|ce serait bien)\b/i;

/** The part a lead-in line announces for the bullets below it ("…que buscamos en cualquier candidato son:"), if it is one. */
function leadInPart(line: string): JdPart | undefined {
  const plain = plainLine(line);
  if (!/:\s*$/.test(plain) || plain.split(/\s+/).length > 25) return undefined;
  if (announcesProcess(plain)) return 'process';
  const part = NICE_CUE.test(plain) || WISH_LEAD_IN.test(plain) ? 'nice' : classifyHeading(plain);
  return part === 'must' || part === 'nice' || part === 'soft' || part === 'resp' ? part : undefined;
}

/** The text an ad is read from: the page's, or a job-family page's (several levels of one trade) at the title's level. */
export function adText(doc: ReturnType<typeof cleanDocument>): { text: string; family?: JobFamily } {
  const family = readJobFamily(doc.text, doc.meta.title ?? plainLine(doc.text.trim().split('\n')[0] ?? ''));
  return { text: family?.text ?? doc.text, family };
}

/** The ad's words and pairs of neighbouring words (ParsedJd.words). */
function adWords(text: string): Set<string> {
  const out = new Set<string>();
  let previous: string | undefined;
  for (const word of text.toLowerCase().match(/[a-z][a-z+#.-]*[a-z+#]|[a-z]/g) ?? []) {
    out.add(word);
    for (const part of word.split('-').filter(Boolean)) {
      out.add(part);
      if (previous) out.add(`${previous} ${part}`);
      previous = part;
    }
  }
  return out;
}

/** Reads a job ad: title, company, team, seniority, must vs nice requirements, years, responsibilities. */
export function parseJd(raw: string, taxonomy: Taxonomy, options: ParseJdOptions = {}): ParsedJd {
  const doc = cleanDocument(raw);
  const { text, family } = adText(doc);
  // A language the reader has no cue words for (Dutch, say) is read with the English ones, and the notes say so.
  const unknown = doc.meta.language && KNOWN_LANGUAGES.has(doc.meta.language) ? undefined : unknownLanguageOf(text);
  const language: Language =
    doc.meta.language && KNOWN_LANGUAGES.has(doc.meta.language) ? (doc.meta.language as Language) : unknown ? 'en' : detectLanguage(text);
  // French and Italian elide articles onto the next word ("d’essais automatisés", "l’accessibilité"): split them off.
  // Spellings that keep the elision ("gestion d’équipe") are looked up in the text as written too.
  const find = (t: string) => {
    if (language === 'en') return taxonomy.idsIn(t, { language });
    const split = taxonomy.idsIn(t.replace(/\b(d|l|j|qu|n|s|c|m|t|all|dell|nell|sull|dall|un)[’'](?=\p{L})/giu, '$1’ '), { language });
    return [...new Set([...split, ...taxonomy.idsIn(t, { language })])];
  };
  const sections = splitSections(text);
  const { title: readTitleText, company: namedCompany, team, skip } = readTitle(text, doc.meta);
  // A page's own words ("Job vacancy", "Compensation", "Engineering") are not an employer's name.
  let company = employerOrNone(namedCompany);

  const requirements: Requirement[] = [];
  const responsibilities: string[] = [];
  const companySentences: string[] = [];
  const logistics: ParsedJd['logistics'] = { pay: [], remote: [], travel: [], location: [] };
  const noteLogistics = (line: string, kinds: LogisticsKind[]) => {
    // (">Grade: SO1" in a block quote at the top, "Grade: SO1" again below: one quote, without the quote mark.)
    const quote = line.replace(/^(?:>[ \t]?)+/, '').trim();
    for (const k of kinds) if (quote && logistics[k].length < 4 && !logistics[k].includes(quote)) logistics[k].push(quote);
  };
  // The page's own fields ("location: São Paulo", "salary = …" in front matter) come first.
  if (doc.meta.location) noteLogistics(`Location: ${doc.meta.location}`, termsIn(`Location: ${doc.meta.location}`));
  // Only a figure is pay: boards' "pay: paid" or "salary: gratis" flags say nothing.
  if (doc.meta.salary && /\d/.test(doc.meta.salary)) noteLogistics(`Salary: ${doc.meta.salary}`, ['pay']);
  // A page's summary field that names the salary ("The salary is £40,000 - £55,000").
  const statedPay = doc.meta.description?.match(/[^.]*(?:[$€£]\s?\d|\d\s?(?:€|EUR|USD|GBP)\b)[^.]*/)?.[0].trim();
  if (statedPay && !doc.meta.salary) noteLogistics(statedPay, ['pay']);
  if (doc.meta.travel && !/^(?:no|none|n\/a|false|0%?)$/i.test(doc.meta.travel)) noteLogistics(`Travel: ${doc.meta.travel}`, ['travel']);
  const process: string[] = [];
  let experienceYears: number | undefined;
  const softFound: string[] = [];
  let anyMustSection = false;
  /** Sentences read as the company's description, benefits, legal text, logistics or the process: never requirements. */
  const notAsked = new Set<string>();
  const add = (t: string, kind: RequirementKind, source: RequirementSource) => {
    const r = requirement(t, kind, find, source);
    requirements.push(r);
    return r;
  };

  // The classifier's reading of every non-heading line, in document order.
  const classifier = options.lines === undefined ? lineClassifier() : options.lines;
  const mode: LineMode = classifier ? (options.mode ?? 'veto') : 'rules';
  const predicted: LineReading[] = [];
  if (mode !== 'rules' && classifier)
    for (const r of classifyLines(text, language, taxonomy, classifier)) if (!r.line.isHeading) predicted.push(r);
  let lineNo = 0;

  let previousPart: JdPart = 'other';
  sections.forEach((s, index) => {
    const atTop = !s.heading || plainLine(s.heading) === readTitleText;
    const own: JdPart = atTop ? (index <= 1 ? 'company' : 'other') : classifyHeading(s.heading);
    // A lead-in or sub-heading that announces nothing of its own ("As a result, we expect:", "Product areas")
    // continues the list it sits in.
    const leadIn = !atTop && new RegExp(`${escapeRegExp(s.heading)}\\s*:\\s*$`, 'm').test(text);
    const headingPart: JdPart = own === 'other' && leadIn && ['must', 'nice', 'resp'].includes(previousPart) ? previousPart : own;
    previousPart = headingPart;
    const headingNice = headingPart === 'nice';
    // A heading that itself asks for something ("Experiencia en Python(3.x) y la plataforma Django, incluyendo:") is a
    // requirement too; the list below it gives the details.
    if (
      !atTop &&
      (headingPart === 'must' || headingPart === 'nice') &&
      s.heading.split(/\s+/).length >= 4 &&
      REQUIREMENT_CUE.test(s.heading)
    ) {
      const r = requirement(plainLine(s.heading).replace(/:$/, ''), headingNice ? 'nice' : 'must', find, 'heading');
      if (r.skills.length) requirements.push(r);
    }
    // A heading can itself state a term ("**Ort: Berlin**", "LOCATION: London", "Compensation: €60-100k / year").
    if (!atTop && /:\s*\S/.test(s.heading)) {
      const h = plainLine(s.heading);
      noteLogistics(h, termsIn(h));
    }
    let seenBullet = false;
    // A lead-in inside the section ("Adicionalmente, valoraremos la formación y/o experiencia con:") names the part of the list below it.
    let listPart: JdPart | undefined;
    for (const rawLine of s.lines) {
      const line = rawLine.trim();
      const guess = line ? predicted[lineNo++] : undefined;
      if (!line || skip.has(line) || plainLine(line) === readTitleText) continue;
      const bullet = bulletText(line);
      if (!bullet) listPart = leadInPart(line);
      // Paragraphs after a requirements list are the ad moving on (the unit, the team, an invitation to apply).
      const sectionPart: JdPart = (headingPart === 'must' || headingPart === 'nice') && seenBullet && !bullet ? 'other' : headingPart;
      const rulePart: JdPart = bullet && listPart ? listPart : sectionPart;
      seenBullet ||= Boolean(bullet);
      const known = !(own === 'other' || atTop) || (bullet !== undefined && listPart !== undefined);
      const decided: LineClass = !guess ? rulePart : combine(mode, rulePart, guess, !known, !atTop);
      // A lead-in ("An excellent candidate will be able to:") announces the lines below it and asks for nothing itself.
      if (decided === 'heading') continue;
      const part: JdPart = decided;
      const headed = !(own === 'other' || atTop) && rulePart === part;
      const pieces = bullet
        ? [bullet]
        : analyse(line)
            .sentences.map((x) => x.trim())
            .filter(Boolean);
      // A round stated across what the sentence splitter cut ("Diese Gespräche finden in der Woche von 6. bis 10. September
      // … statt") is taken whole.
      const roundsBefore = process.length;
      const roundAllowed = !ASKS_OR_DOES.has(part) || (seenBullet && !bullet);
      for (const piece of pieces) {
        // (A firm reading — a heading's, or the classifier's when sure — or a sentence that speaks of no applicant. The
        // opening paragraph is 'company' by default alone, and a bullet-less ad often asks there: "Vous maîtrisez Java".)
        const firm = headed || (guess !== undefined && guess.cls === part && guess.p >= LINE_READING.veto);
        if (NOT_ASKED.has(part) && (firm || !SPEAKS_OF_APPLICANT.test(piece))) notAsked.add(piece);
        if (isLegalLine(piece) || (part === 'legal' && mode === 'rules')) continue;
        // The largest "N years of experience" anywhere, for ads whose requirement lines were not recognised.
        const stated = EXPERIENCE_WORD.test(piece) ? yearsIn(piece) : undefined;
        if (stated !== undefined) experienceYears = Math.max(experienceYears ?? 0, stated);
        // A line the classifier reads as legal boilerplate can still say where and how the team works.
        noteLogistics(piece, termsIn(piece));
        if (part === 'process') {
          if (piece.split(/\s+/).length >= 2) process.push(piece);
          continue;
        }
        // "Hiring process: informal chat, technical interview, offer": each step on its own.
        const inline = inlineProcess(piece);
        if (inline) {
          for (const step of inline) if (!process.includes(step)) process.push(step);
          continue;
        }
        // A round of the hiring process stated outside any process section ("all interviews will be conducted via video"):
        // never in the duties or requirements (a recruiter "schedules interviews"), unless a paragraph after their list.
        if (roundAllowed && statesRound(piece) && !process.includes(piece)) process.push(piece);
        if (part === 'legal') continue;
        if (part === 'benefits' || part === 'logistics') continue;
        if (part === 'must' || part === 'nice' || part === 'soft') {
          anyMustSection ||= part === 'must' || part === 'soft';
          // A paragraph read as optional because one of its sentences is ("Kenntnisse in Kafka sind von Vorteil")
          // leaves the other sentences required.
          // A line read as optional only for its own wording, under a heading that asks for it ("Experience with relational
          // databases, ideally PostgreSQL", "Solid JavaScript (TypeScript is a bonus)"): the wording covers its clause only.
          const ownWording = part === 'nice' && !headingNice && listPart !== 'nice' && NICE_CUE.test(piece);
          const lineNice =
            !ownWording && (headingNice || (part === 'nice' && (bullet !== undefined || pieces.length === 1 || NICE_CUE.test(piece))));
          // "Excel and SQL (we use Looker). Python/R is a nice-to-have": the optional wording covers its own clause only.
          for (const clause of NICE_CUE.test(piece) && !lineNice ? clauses(piece) : [piece]) {
            const r = add(clause, lineNice || NICE_CUE.test(clause) ? 'nice' : 'must', headed ? 'section' : firm ? 'classifier' : 'guess');
            // A line that asks for behaviour ("excellent written communication and technical writing ability")
            // contributes its behavioural skills, not the trades its words happen to name.
            if (part === 'soft' && LINE_READING.softBehaviouralOnly)
              r.skills = r.skills.filter((id) => taxonomy.get(id)?.category === 'behavioural' || MANAGERIAL.has(id));
          }
        } else if (DUTY_CUE.test(piece) && REQUIRED_CLAUSE.test(piece)) {
          // "You will collaborate with developers, should be comfortable with code (HTML, CSS, GitHub), and …":
          // the duty wording opens the sentence, the requirement is the clause after "should be".
          const clause = piece.match(REQUIRED_CLAUSE)?.[0] ?? piece;
          add(clause, NICE_CUE.test(clause) ? 'nice' : 'must', 'duty');
          if (part === 'resp') responsibilities.push(piece);
        } else if (part === 'resp') {
          // A duty line can still state what the person must know ("experience with Kubernetes is required").
          if (
            (STRONG_REQUIREMENT.test(piece) || ROLE_REQUIRES.test(piece)) &&
            !DUTY_CUE.test(piece) &&
            (mode === 'rules' || LINE_READING.dutyRequirements)
          )
            add(piece, NICE_CUE.test(piece) ? 'nice' : 'must', 'duty');
          else responsibilities.push(piece);
        } else {
          if (part === 'company' && !bullet && piece.split(/\s+/).length >= 6) companySentences.push(plainLine(piece));
          // Requirements written as prose in the introduction or an unlabelled section — addressed to the
          // reader ("you have…", "candidates with…"), not the company describing its own team.
          if (
            (mode === 'rules' || LINE_READING.proseRequirements) &&
            ((REQUIREMENT_CUE.test(piece) && (STRONG_REQUIREMENT.test(piece) || ADDRESSES_READER.test(piece))) ||
              ROLE_REQUIRES.test(piece)) &&
            !DUTY_CUE.test(piece)
          ) {
            const r = requirement(piece, NICE_CUE.test(piece) ? 'nice' : 'must', find, 'prose');
            if (r.skills.length || r.years !== undefined) requirements.push(r);
          }
        }
      }
      const whole = plainLine(line);
      if (part !== 'process' && roundAllowed && process.length === roundsBefore && pieces.length > 1 && statesRound(whole))
        process.push(whole);
    }
  });
  if (!company) company = companyOf(text, companySentences, taxonomy, readTitleText);
  company = employerOrNone(company);
  // "Backend Developer (Node.js / NestJS) - Kubide": the employer's name after the job is no part of it.
  // ("Talent Acquisition Specialist at GFI", "Entwickler bei Acme", "Développeur chez Acme": the same.)
  const title = company
    ? readTitleText.replace(new RegExp(`\\s+(?:[-–—|·@]|at|bei|chez)\\s+${escapeRegExp(company)}\\s*$`, 'i'), '')
    : readTitleText;

  // An ad without a requirements heading: every named skill counts as required unless worded as optional.
  if (!anyMustSection) {
    const read = new Set(requirements.map((r) => bulletText(r.text) ?? r.text));
    for (const s of sections) {
      const part = classifyHeading(s.heading);
      if (['benefits', 'legal', 'logistics', 'process', 'company'].includes(part) && s.heading) continue;
      // Each bullet is a requirement of its own; a paragraph is read sentence by sentence.
      const pieces = s.lines.flatMap((l) => {
        const b = bulletText(l.trim());
        return b !== undefined ? [b] : analyse(l).sentences;
      });
      for (const sentence of pieces.map((x) => x.trim()).filter(Boolean)) {
        if (isLegalLine(sentence) || read.has(sentence) || notAsked.has(sentence)) continue;
        const r = requirement(sentence, part === 'nice' || NICE_CUE.test(sentence) ? 'nice' : 'must', find, 'no-list');
        if (r.skills.length) requirements.push(r);
      }
    }
  }

  // Managing people and hiring are a manager's trade, asked for as hard requirements; the other behavioural skills are soft.
  const isSoft = (id: string) => taxonomy.get(id)?.category === 'behavioural' && !MANAGERIAL.has(id);
  for (const r of requirements) softFound.push(...r.skills.filter(isSoft));
  // The job title names the trade itself ("Head of Customer Support", "Data Engineer"): a requirement of the role.
  const titleSkills = find(title);
  const must = unique([...requirements.filter((r) => r.kind === 'must').flatMap((r) => r.skills), ...titleSkills]).filter(
    (id) => !isSoft(id),
  );
  const nice = unique(requirements.filter((r) => r.kind === 'nice').flatMap((r) => r.skills)).filter(
    (s) => !must.includes(s) && !isSoft(s),
  );
  const alternatives: string[][] = [];
  for (const r of requirements) {
    const hard = r.skills.filter((id) => !isSoft(id) && must.includes(id));
    if (r.kind === 'must' && hard.length >= 2 && ALTERNATIVES.test(r.text))
      alternatives.push(...alternativeLists(r.text, hard, taxonomy, language));
  }
  const years = requirements.filter((r) => r.kind === 'must' && r.years !== undefined).map((r) => r.years as number);
  const minYears = years.length ? Math.max(...years) : undefined;
  const mentioned = find(text);
  const notes: string[] = [];
  if (language !== 'en')
    notes.push(
      `The job description is written in ${LANGUAGE_NAME[language]}: it was read with ${LANGUAGE_NAME[language]} headings and cue words, and the questions are in English — practise your answers in the interview's language too.`,
    );
  if (unknown)
    notes.push(
      `The job description seems to be written in ${unknown === 'another language' ? 'a language' : unknown}, which prep-bot cannot read yet: its headings were not recognised, so check the must-haves and nice-to-haves below against the ad yourself.`,
    );
  if (!anyMustSection) notes.push('The ad has no requirements list: requirements were read from its prose.');
  if (family)
    notes.push(
      `The page describes the role at ${family.levels.length} levels (${family.levels.join(', ')}): it was read at the ${family.kept} level, the title's — the other levels' requirements were left out.`,
    );
  const track = readTrack(title, text, must, mentioned, taxonomy, options.track === undefined ? trackClassifier() : options.track);
  const level = family
    ? { level: family.kept, from: 'family' as const }
    : readSeniority(
        title,
        minYears ?? experienceYears,
        language,
        doc.meta.experience ? `${text}\n${doc.meta.experience}` : text,
        doc.meta.gsGrade,
      );
  return {
    title,
    company,
    team,
    seniority: level.level,
    seniorityFrom: level.from,
    track: track.track,
    trackFrom: track.from,
    trackConfidence: track.p,
    requirements,
    must,
    nice,
    mentioned,
    minYears,
    responsibilities,
    companySentences: companySentences.slice(0, 8),
    words: adWords(text),
    soft: unique(softFound),
    alternatives,
    language,
    logistics,
    process: process.slice(0, 12),
    notes,
  };
}

/** "No Kubernetes experience required", "you don't need to know Go, we'll teach you": a skill the ad says it does not ask for. */
const NOT_NEEDED =
  /\bno (?:prior |previous )?(?:[\w.+#/-]+\s+){0,4}(?:experience|knowledge)\s+(?:is\s+|with\s+[\w.+#/-]+\s+)?(?:required|needed|necessary)\b|\b(?:don('|’)t|do not|doesn('|’)t|does not) (?:need|have) to (?:know|have|be)\b|\bwe('|’)ll teach you\b|\bwe will teach you\b/i;

function requirement(text: string, kind: RequirementKind, find: (t: string) => string[], source: RequirementSource): Requirement {
  const t = text.trim();
  const skills = NOT_NEEDED.test(t) ? [] : find(expandSlashes(withoutAsides(withoutDegreeFields(t))));
  return { text: t, kind, skills, years: yearsIn(t), source };
}

/**
 * "A Bachelor's degree in Computer Science, Machine Learning, or a related field": the fields of a degree say
 * what someone studied, not a skill the job requires. They are left out of the skills a requirement names.
 */
const DEGREE_FIELDS =
  /\b(?:(?:bachelor|master)(?:'|’)?s?(?:\s+degree)?|ph\.?\s?d\.?|doctorate|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.s\.|m\.s\.|bs(?:\/ms)?|b\.?a\.?|degree|diploma|laurea|licence|diplôme|titulación|título|studium|hochschulabschluss)\b(?:\s+of\s+(?:science|arts|engineering|technology))?[^.;\n]{0,20}?\s(?:in|en|im|em|di)\s+([^.;\n]{3,140}?)(?=,?\s+or\s+(?:an?\s+)?(?:other\s+)?(?:related|equivalent|similar|relevant)\b|,?\s+o\s+(?:afines|equivalente|simili)|\s+ou\s+équivalent|[.;\n]|$)/gi;

function withoutDegreeFields(text: string): string {
  return text.replace(DEGREE_FIELDS, (whole, fields: string) => whole.slice(0, whole.length - fields.length));
}

/**
 * What a requirement line names without asking for it as a skill: an account to link ("If you have a GitHub account,
 * include a link"), and what the person should care about ("Enthusiasm for open source software", "Leidenschaft für
 * Open Source"): an interest, not a skill to be tested on.
 */
const ASIDES = [
  /\b(?:github|gitlab|bitbucket|stack overflow)\s+(?:account|profile|handle|username|page)s?\b/gi,
  // (Not when the line asks for experience of the same thing: "experience in and passion for user-centred design".)
  /(?<!\b(?:experience|knowledge|skills?|expertise)(?:\s+(?:in|with|of))?,?\s+(?:and|or|and\/or)\s+)\b(?:enthusiasm|passion|interest|curiosity|love|affinity|begeisterung|leidenschaft|interesse|intérêt|passione|pasión|paixão)\s+(?:for|in|about|für|an|pour|per|por|pelo|pela)\s+[^.;,\n]{2,60}/gi,
];

function withoutAsides(text: string): string {
  return ASIDES.reduce((t, re) => t.replace(re, ' '), text);
}

/** "data analysis/visualization" → also "data visualization": a shared first word applies to both. */
export function expandSlashes(text: string): string {
  const extra = [...text.matchAll(/\b([A-Za-z]+)\s+([A-Za-z]{3,})\/([A-Za-z]{3,})\b/g)].map((m) => `${m[1]} ${m[3]}`);
  return extra.length ? `${text} (${extra.join(', ')})` : text;
}

/** Sentences, then clauses joined by "but" or a semicolon. */
function clauses(text: string): string[] {
  // "Solid JavaScript (TypeScript is a bonus)": an aside that is optional is a clause of its own; one that holds only the
  // optional wording ("(Not essential) experience in …") covers the whole line.
  const asides: string[] = [];
  const cueWords = new RegExp(NICE_CUE.source, 'gi');
  const main = text.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
    // ("(oder Einarbeitungsbereitschaft)", "(or willing to learn)": a conjunction and the cue are the optional wording alone.)
    const rest = inner.replace(cueWords, '').replace(/\b(?:or|oder|ou|o|of|and|und|et|y|e)\b/giu, '');
    if (!NICE_CUE.test(inner) || !/\p{L}/u.test(rest)) return whole;
    asides.push(inner);
    return ' ';
  });
  return analyse(main)
    .sentences.flatMap((s) =>
      // "8+ years in B2B sales, preferably at a startup": the preference covers what follows it, not the whole line.
      s.split(
        /;\s+|,?\s+but\s+|,?\s+mais\s+|,?\s+ma\s+|,?\s+aber\s+|,?\s+pero\s+|,\s+(?=(?:preferabl[ey]|ideally|idealmente|idealerweise|idéalement|de préférence|preferentemente|preferibilmente|preferencialmente)\b)|,\s+(?=(?:and\s+)?(?:some\s+)?(?:knowledge|experience|familiarity|exposure|understanding)\s+(?:of|with|in|to)\b[^,;]*?\b(?:preferred|(?:is\s+)?a\s+(?:plus|bonus)|desirable|nice to have|an advantage|welcome)[\s.]*$)/i,
      ),
    )
    .concat(asides)
    .map((c) => c.trim())
    .filter(Boolean);
}

const ARTICLE = "(?:The|Le|La|Les|L[’']|Il|Lo|l|Der|Die|Das|El|O|A)";

/**
 * The employer's name from the ad's own words: "The Canadian Digital Service (CDS) is…",
 * "Il dipartimento per la trasformazione digitale è alla ricerca…", "Sourcegraph’s team…",
 * "At Harrow & Finch we sell…".
 */
/** A name followed by its legal form, in the ad's languages (not the article before it: "Die LanguageTooler GmbH"). */
const LEGAL_NAME =
  /\b(?!(?:Die|Der|Das|La|Le|Les|Il|El|The|Lo|O|A)\s)([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})\s+(GmbH|AG|S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.A\.S\.|SAS|SARL|S\.A\.|B\.V\.|BV|Ltd\.?|LLC|Inc\.|Lda\.|Ltda\.)(?=[\s,.;:)*_]|$)/;

/** Capitalised words that open sentences and never name an employer. */
const common =
  /^(We|Our|You|Your|This|The|They|It|He|She|Team|Teammate|Everyone|Nobody|Here|There|Today|Now|Join|Why|What|How|When|Where|Who|As|If|In|On|For|With|And|But|So|Each|Every|All|Any|Bachelor|Master|Masters|Degree|Diploma|University|College|English|French|German|Spanish|Wir|Dies|Diese|Dieser|Das|Es|Sie|Ihr|Wij|Dit|Het|Nous|Ce|Ceci|Cela|Il|Elle|Noi|Questo|Questa|Esto|Esta|Este|Isto|Essa|Esse|Nosotros|Somos|Ella|Ele|Ela|Lei|Council|Company|Organisation|Organization|Department|Ministry|Agency|Authority|Government|Service|Board|Office|City|State|County|Institute|Firm|Business|Group|Employer)$/;

/** "Peer 2 Peer University (P2PU) is a …", "Les Territoires de la Mémoire sont un …", "Acme ist ein …": a name, then what it is. */
const IS_A = new RegExp(
  `(?:^|[.!?]\\s+|\\n)(?:${ARTICLE}\\s+)?(\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+(?:(?:de|du|des|of|for|la|le|der|für|di|del|da|do|and|&)\\s+)*[\\p{Lu}\\d][\\p{L}\\d&'’.-]*){0,5})(?:\\s+\\(([A-Z][A-Za-z0-9]{1,7})\\))?,?\\s+(?:is|are|est|sont|ist|sind|è|es|é)\\s+(?:an?|une?|eine?|un[ao]?|uma?|one of)\\s`,
  'mu',
);

/** What an employer calls itself: "a fully remote company", "a non-profit organisation", "une coopérative". */
const ORG_NOUN =
  /\b(?:company|companies|organi[sz]ation|startup|start-up|non-?profit|foundation|cooperative|agency|firm|business|empresa|entreprise|société|coopérative|association|unternehmen|firma|stiftung|verein|azienda|società|organizzazione|empresa|organização|bedrijf|organisatie)\b/i;

/** A heading "About <Name>" in the ad's languages ("## About MUI", "À propos de Necoh"); the name is checked on its own. */
const ABOUT_HEADING =
  /^(?:#{1,6}[ \t]+|\*\*)?(about|à propos de|a propos de|über|sobre|chi è|wie is|over)[ \t]+([^\n*:]{2,40}?)[ \t]*(?:\*\*)?:?[ \t]*$/gim;
/** One to four capitalised words, not a pronoun or an article ("us", "dich", "the role"): a name. */
const NAME_WORDS =
  /^(?!(?:Us|The|This|Our|Your|You|Me|Uns|Dich|Sie|Euch|Nous|Vous|Toi|Nosotros|Nós|Noi|Ons|Jou|De|La|Le|El|Die|Der|Das|Working|Work|Remote|Benefits|Compensation|Pay|Salary|Hiring|Applying|Application|Interviews?|Position|Job|Role|Team|Company|Culture|Diversity|Life|Us)\b)\p{Lu}[\p{L}\d&.'’-]*(?:[ \t]+\p{Lu}[\p{L}\d&.'’-]*){0,3}$/u;

function companyOf(text: string, sentences: string[], taxonomy: Taxonomy, title = ''): string {
  const intro = text.slice(0, 3000);
  // The job's own name ("The Account Executive (AE) will…") is not the employer.
  const inTitle = (n: string) => n.toLowerCase() === title.toLowerCase() || ROLE_NOUN.test(n);
  // "## About MUI", "À propos de Necoh", "Über LanguageTooler": the employer's own section names it, even when the name is
  // also a tool's ("MUI").
  // (Not from a heading in capitals, "ABOUT HACK CLUB": its name's own spelling is lost.)
  const about = [...text.matchAll(ABOUT_HEADING)]
    .filter((m) => m[1] !== m[1].toUpperCase())
    .map((m) => m[2].trim())
    .find((n) => NAME_WORDS.test(n) && !inTitle(n));
  if (about) return about;
  const abbreviated = intro.match(new RegExp(`(?:^|[.!?]\\s+|\\n)${ARTICLE}\\s+([^()\\n.]{3,60}?)\\s+\\(([A-Z]{2,6})\\)`, 'm'));
  if (abbreviated && !inTitle(abbreviated[1])) return capitalise(abbreviated[1]);
  const seeking = intro.match(
    new RegExp(
      `(?:^|[.!?]\\s+|\\n)(?:\\w+\\s+)?${ARTICLE}\\s+([^\\n.,]{3,60}?)\\s+(?:è alla ricerca|cerca|is looking|is hiring|est à la recherche|recherche|sucht|busca|está buscando|procura)\\b`,
      'm',
    ),
  );
  if (seeking && !/^(we|nous|noi|wir|team)\b/i.test(seeking[1]) && !inTitle(seeking[1])) return capitalise(seeking[1]);
  // "Dun & Bradstreet Technology and Corporate Services India LLP is looking for…": a name of capitalised words (joined
  // by "and", "&", "of") opening a sentence, with no article, that says it is hiring.
  const named = intro.match(
    /(?:^|[.!?]\s+|\n)(\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:(?:and|of|for|&|und|et|de|y|e)\s+)?\p{Lu}[\p{L}\d&'’.-]*){1,7})\s+(?:is|are)\s+(?:looking|hiring|seeking|recruiting)\b/mu,
  );
  if (named && !common.test(named[1].split(/\s+/)[0]) && !inTitle(named[1])) return named[1];
  const at = intro.match(/(?:^|[.!?]\s+|\n)At\s+([A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3}),?\s+(?:we|our)\b/m);
  if (at) return at[1];
  // A registered name with its legal form: "PagoPA S.p.A.", "LanguageTooler GmbH", "Acme Ltd".
  const registered = text.match(LEGAL_NAME);
  if (registered && !inTitle(registered[1])) return `${registered[1]} ${registered[2]}`;
  // "Peer 2 Peer University (P2PU) is a non-profit", "Les Territoires de la Mémoire sont un centre": a name that says what it is.
  const isA = intro.match(IS_A);
  // (A name that is also a tool's counts when the sentence calls it an organisation: "MUI is a fully remote company".)
  const orgAfter = isA ? ORG_NOUN.test(intro.slice((isA.index ?? 0) + isA[0].length, (isA.index ?? 0) + isA[0].length + 40)) : false;
  if (isA && !common.test(isA[1]) && !inTitle(isA[1]) && (!taxonomy.resolve(isA[1]) || orgAfter))
    return isA[2] ? `${isA[1]} (${isA[2]})` : isA[1];
  // A name the ad keeps using as an owner or a subject: "Sourcegraph’s", "Sourcegraph is", "at Sourcegraph".
  const counts = new Map<string, number>();
  for (const m of text.matchAll(
    // (Not a possessive inside a longer name: "the Governor's Office of Information Technology", "Google's Material Design".)
    /\b([A-Z][A-Za-z0-9&-]{2,}(?:\.(?:io|com|ai|org|co|dev|app|net|gov))?(?:\s[A-Z][A-Za-z0-9&-]+){0,2})(?:[’']s\b(?!\s+[A-Z])|\s+(?:is|was|has|builds|helps|makes)\b)/g,
  ))
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  for (const m of text.matchAll(
    // (… and in the ad's other languages: "chez Necoh", "presso PagoPA", "bij Euroknaller".)
    /\b(?:at|join|joining|chez|presso|bij)\s+([A-Z][A-Za-z0-9&-]{2,}(?:\.(?:io|com|ai|org|co|dev|app|net|gov))?(?:\s[A-Z][A-Za-z0-9&-]+){0,2})/g,
  ))
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  // The job's own name ("Account Executive is…") is not the employer either.

  // A tool the ad keeps naming ("Airflow is…") is not the employer.
  const best = [...counts.entries()].filter(([n]) => !common.test(n) && !taxonomy.resolve(n) && !inTitle(n)).sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] >= 2) return best[0];
  for (const s of sentences) {
    const m = s.match(
      /^(?:At\s+)?((?:[A-Z][\w&'.-]*\s?){1,4}?)\s+(?:is|are|builds|makes|helps|was|has|we|creates|provides|powers|runs|sells|offers)\b/,
    );
    if (m && !common.test(m[1].trim()) && !inTitle(m[1].trim())) return m[1].trim();
  }
  return best?.[0] ?? '';
}

function capitalise(s: string): string {
  const t = s.trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
