import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Taxonomy } from '../skills/taxonomy.ts';
import { cleanDocument } from './clean.ts';
import {
  classifyHeading,
  DUTY_CUE,
  isLegalLine,
  type JdPart,
  logisticsIn,
  NICE_CUE,
  REQUIRED_CLAUSE,
  REQUIREMENT_CUE,
} from './jd-sections.ts';
import type { Language } from './language.ts';
import { argmax, checkModelRows, modelLoader, softmax } from './linear-model.ts';
import { bulletText, headingOf, plainLine } from './structure.ts';

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

/** What a line of an ad is: a part of the ad, or a heading / lead-in ("An excellent candidate will:"). */
export type LineClass = JdPart | 'heading';
export const LINE_CLASSES: LineClass[] = [
  'company',
  'role',
  'resp',
  'must',
  'nice',
  'soft',
  'benefits',
  'process',
  'legal',
  'logistics',
  'other',
  'heading',
];

const LEAD_IN = /:\s*(\*\*)?$/;

/** The sentence introducing the list a line sits in ("Adicionalmente, valoraremos la experiencia con:"), if any. */
export function leadInOf(lines: JdLine[], i: number): JdLine | undefined {
  if (!lines[i].bullet) return undefined;
  let j = i - 1;
  while (j >= 0 && lines[j].bullet && !lines[j].isHeading) j--;
  const l = lines[j];
  return l && !l.isHeading && !l.bullet && LEAD_IN.test(l.text) ? l : undefined;
}

/**
 * What the hand rules make of each line: its section heading's part (a lead-in or sub-heading that announces
 * nothing continues the list above it; text above the first heading is the company's), prose after a
 * requirements list is the ad moving on, and legal boilerplate is legal wherever it stands.
 */
export function ruleParts(lines: JdLine[]): LineClass[] {
  const out: LineClass[] = [];
  let sectionPart: JdPart = 'other';
  let previous: JdPart = 'other';
  let seenBullet = false;
  let sections = 0;
  for (const l of lines) {
    if (l.isHeading) {
      sections++;
      const own = classifyHeading(l.heading);
      const leadIn = /:\s*(\*\*)?$/.test(l.text);
      sectionPart = own === 'other' && leadIn && ['must', 'nice', 'resp'].includes(previous) ? previous : own;
      previous = sectionPart;
      seenBullet = false;
      out.push('heading');
      continue;
    }
    let part: JdPart = sections === 0 ? 'company' : sectionPart;
    if ((part === 'must' || part === 'nice') && seenBullet && !l.bullet) part = 'other';
    seenBullet ||= Boolean(l.bullet);
    // A list's own lead-in, when it announces something, outranks the section heading.
    const leadIn = leadInOf(lines, out.length);
    const announced = leadIn ? classifyHeading(leadIn.text) : 'other';
    if (announced !== 'other') part = announced;
    out.push(isLegalLine(l.text) ? 'legal' : part);
  }
  return out;
}

/** Counts of the skills a line names: technical ones and behavioural ones. */
export interface SkillCount {
  hard: number;
  soft: number;
}

/** The taxonomy lookup the features use: how many technical and behavioural skills a text names. */
export function skillCounts(taxonomy: Taxonomy, language: string): (text: string) => SkillCount {
  return (text) => {
    let hard = 0;
    let soft = 0;
    for (const id of taxonomy.idsIn(text, { language: language as Language })) {
      if (taxonomy.get(id)?.category === 'behavioural') soft++;
      else hard++;
    }
    return { hard, soft };
  };
}

export interface FeatureContext {
  /** The ad's language code. */
  language: string;
  /** ruleParts() of the ad's lines. */
  rules: LineClass[];
  /** The skills a text names (the engine's taxonomy lookup); omitted, no skill features. */
  skills?: (text: string) => SkillCount;
}

const YEARS = /\b\d{1,2}\s*\+?\s*(?:(?:-|–|—|~|to|à|a|bis)\s*\d{1,2}\s*)?\+?\s*(?:years?|yrs?|anni|ans|années|jahre|jahren|años|anos)\b/i;
const READER_WORDS = /\b(you|your|you're|you’re|vous|votre|tu|voi|sie|ihr|du|dich|usted|você|candidat\w*|applicants?)\b/i;
const WE = /^(we|we're|we’re|our|us|nous|notre|noi|il nostro|wir|unser\w*|nosotros|nuestr\w*|nós|nosso)\b/i;

/** Words that mean the same across the six languages, so what one language teaches the others can use. */
const CONCEPTS: [string, RegExp][] = [
  ['experience', /\b(experience[sd]?|expérience|esperienz[ae]|erfahrung\w*|experiencia|experiência)\b/i],
  [
    'knowledge',
    /\b(knowledge|understanding|familiar\w*|connaissances?|conoscenz[ae]|kenntnis\w*|conocimientos?|conhecimentos?|dominio|domínio|maîtrise|padronanza)\b/i,
  ],
  ['ability', /\b(ability|able to|capable|capacit\w+|capacidad\w*|capacidade\w*|fähigkeit\w*|aptitud\w*|habilet\w+)\b/i],
  ['skills', /\b(skills?|compétences?|competenze|competencias|kompetenz\w*|habilidades|destrezas)\b/i],
  [
    'degree',
    /\b(degree|bachelor'?s?|master'?s?|phd|diplôme|laurea|abschluss|studium|título|licenciatura|graduação|formación|formazione|formation)\b/i,
  ],
  [
    'proficiency',
    /\b(proficien\w+|fluen\w+|solid|strong|deep|extensive|solide|forte|approfondit\w*|fundiert\w*|sólid[oa]s?|profund[oa]s?)\b/i,
  ],
  ['offer', /\b(offer|offers|offrons|offriamo|bieten|ofrecemos|oferecemos|perks?|benefits?|avantages|vantaggi|beneficios|benefícios)\b/i],
  [
    'leave',
    /\b(vacation|holidays?|pto|paid time off|insurance|health\w*|vacances|congés|ferie|urlaub|vacaciones|férias|seguro|assurance|assicurazione|versicherung|stipend|equity)\b/i,
  ],
  ['pay', /\b(salary|salaire|stipendio|retribuzione|gehalt|salario|salário|compensation|rémunération|remuneración|remuneração|pay)\b/i],
  ['interview', /\b(interviews?|entretiens?|colloqui\w*|vorstellungsgespräch\w*|entrevistas?|call|calls|chiamata|appel)\b/i],
  ['apply', /\b(apply|application|postuler|postulez|candidatura|candidature|bewirb|bewerbung|postula\w*|aplicar|candidate-se)\b/i],
  ['language', /\b(english|french|inglese|anglais|englisch|inglés|inglês|bilingu\w+|français|francese|französisch|francés|francês)\b/i],
  ['passion', /\b(passion\w*|passionn\w*|appassionat\w*|leidenschaft\w*|pasión|apasionad\w*|paixão|enthusias\w+|excited|love)\b/i],
  ['communication', /\b(communicat\w*|comunica\w*|kommunikat\w*)\b/i],
  ['team', /\b(team\w*|équipes?|squadra|equipos?|equipes?|colleagues|collègues|colleghi|kollegen|compañeros|colegas)\b/i],
  ['we', /\b(we|our|us|nous|notre|nos|noi|nostr\w|wir|unser\w*|nosotros|nuestr\w+|nós|noss\w+)\b/i],
  ['you', READER_WORDS],
];

/** The cross-language concepts a text names. */
export function concepts(text: string): string[] {
  return CONCEPTS.filter(([, re]) => re.test(text)).map(([c]) => c);
}

/** Lower-cased word tokens, numbers as 0. */
export function tokens(text: string): string[] {
  return (
    plainLine(text)
      .toLowerCase()
      .replace(/[’']/g, "'")
      .match(/[\p{L}\p{N}+#]+(?:'[\p{L}]+)?/gu)
      ?.map((w) => (/\d/.test(w) ? w.replace(/\d+/g, '0') : w)) ?? []
  );
}

const bucket = (n: number, edges: number[]) => {
  let i = 0;
  while (i < edges.length && n > edges[i]) i++;
  return i;
};

/**
 * Features named "@name=class" point at a class: they carry one weight shared by all classes, added to the class
 * they name, so agreement with the heading rule transfers to a class the training sources rarely show.
 *
 * The features of one (non-heading) line: its words and word pairs, its section heading's words and the heading
 * rule's reading of it, its shape (bullet, length, position) and the cue words the rules use.
 */
export function lineFeatures(lines: JdLine[], i: number, ctx: FeatureContext): string[] {
  const line = lines[i];
  const body = line.bullet ?? line.text;
  const f = new Set<string>(['bias']);
  // A requirements heading announces soft skills as much as hard ones: its pointer names both, the words decide.
  const point = (name: string, cls: LineClass) => {
    f.add(`@${name}=${cls}`);
    if (cls === 'must') f.add(`@${name}=soft`);
  };
  const words = tokens(body);
  for (const w of words) f.add(`w:${w}`);
  for (let k = 0; k + 1 < words.length; k++) f.add(`b:${words[k]}_${words[k + 1]}`);
  if (words[0]) f.add(`f:${words[0]}`);
  for (const c of concepts(body)) f.add(`c:${c}`);
  if (words[1]) f.add(`f2:${words[0]}_${words[1]}`);
  // The section it sits in: the heading's words and what the heading rule makes of it (and of the heading above).
  if (line.heading) {
    for (const w of tokens(line.heading)) f.add(`h:${w}`);
    for (const c of concepts(line.heading)) f.add(`hc:${c}`);
    f.add(`hr:${classifyHeading(line.heading)}`);
    point('hr', classifyHeading(line.heading));
  } else f.add('hr:none');
  if (line.parentHeading) {
    f.add(`phr:${classifyHeading(line.parentHeading)}`);
    if (classifyHeading(line.heading) === 'other') point('phr', classifyHeading(line.parentHeading));
  }
  point('rule', ctx.rules[i]);
  f.add(`rule:${ctx.rules[i]}`);
  // A lead-in line ending with a colon just above ("An excellent candidate will be able to:").
  const prev = lines[i - 1];
  const leadIn = leadInOf(lines, i);
  if (leadIn) {
    for (const w of tokens(leadIn.text)) f.add(`li:${w}`);
    for (const c of concepts(leadIn.text)) f.add(`lic:${c}`);
    f.add(`lir:${classifyHeading(leadIn.text)}`);
    point('lir', classifyHeading(leadIn.text));
  }
  if (prev?.bullet) f.add('prev:bullet');
  if (prev?.isHeading) f.add('prev:heading');
  // Shape.
  if (line.bullet) f.add(/^\s*\d+[.)]/.test(line.text) ? 'shape:numbered' : 'shape:bullet');
  else f.add('shape:prose');
  if (/:\s*(\*\*)?$/.test(line.text)) f.add('shape:colon');
  if (/^\*\*/.test(line.text)) f.add('shape:bold');
  f.add(`len:${bucket(words.length, [3, 8, 20, 40])}`);
  f.add(`pos:${Math.min(4, Math.floor((5 * line.index) / Math.max(1, line.count)))}`);
  if (line.index >= line.count - 3) f.add('pos:last3');
  f.add(`insec:${Math.min(3, line.inSection)}`);
  // The rules' cue words.
  if (NICE_CUE.test(body)) f.add('cue:nice').add('@cue=nice');
  if (REQUIREMENT_CUE.test(body)) f.add('cue:req');
  if (DUTY_CUE.test(body)) f.add('cue:duty');
  if (REQUIRED_CLAUSE.test(body)) f.add('cue:clause');
  if (isLegalLine(body)) f.add('cue:legal').add('@cue=legal');
  for (const k of logisticsIn(body)) f.add(`cue:${k}`);
  if (YEARS.test(body)) f.add('cue:years');
  if (READER_WORDS.test(body)) f.add('cue:reader');
  if (WE.test(body)) f.add('cue:we');
  if (ctx.skills) {
    const s = ctx.skills(body);
    f.add(`sk:hard${Math.min(3, s.hard)}`);
    if (s.soft) f.add(`sk:soft${Math.min(2, s.soft)}`);
    f.add(`sk:${s.hard ? (s.soft ? 'both' : 'hard') : s.soft ? 'soft' : 'none'}`);
  }
  f.add(`lang:${ctx.language}`);
  // The section as a whole: how many of its lines read as requirements, duties, addresses to the reader.
  for (const x of sectionFeatures(lines, i)) f.add(x);
  return [...f];
}

/** Section features, computed once per section of a document (a long section would otherwise cost its length squared). */
const SECTION_CACHE = new WeakMap<JdLine[], Map<number, string[]>>();

function sectionFeatures(lines: JdLine[], i: number): string[] {
  let start = i;
  while (start > 0 && !lines[start].isHeading && !lines[start - 1].isHeading) start--;
  if (lines[start].isHeading) start++;
  let cache = SECTION_CACHE.get(lines);
  if (!cache) {
    cache = new Map();
    SECTION_CACHE.set(lines, cache);
  }
  const hit = cache.get(start);
  if (hit) return hit;
  const section: JdLine[] = [];
  for (let j = start; j < lines.length && !lines[j].isHeading; j++) section.push(lines[j]);
  if (section.length === 0) section.push(lines[i]);
  const out: string[] = [];
  const share = (re: RegExp) => section.filter((l) => re.test(l.bullet ?? l.text)).length / section.length;
  for (const [name, re] of [
    ['req', REQUIREMENT_CUE],
    ['duty', DUTY_CUE],
    ['reader', READER_WORDS],
    ['we', WE],
    ['nice', NICE_CUE],
  ] as [string, RegExp][]) {
    const x = share(re);
    if (x > 0) out.push(`sec:${name}:${x >= 0.5 ? 'most' : 'some'}`);
  }
  const bullets = section.filter((l) => l.bullet).length / section.length;
  out.push(`sec:bullets:${bullets >= 0.5 ? 'most' : bullets > 0 ? 'some' : 'none'}`);
  out.push(`sec:size:${bucket(section.length, [1, 3, 8])}`);
  cache.set(start, out);
  return out;
}

/** A trained multinomial logistic regression over line features (data/models/jd-lines.json). */
export const LineModel = z
  .object({
    kind: z.literal('jd-lines'),
    version: z.number().int().positive(),
    trainedOn: z.string(),
    classes: z.array(z.enum(LINE_CLASSES as [LineClass, ...LineClass[]])).min(2),
    /** [feature, weight per class]; a pointer feature ("@name", read as "@name=class") has one shared weight. */
    rows: z.array(z.tuple([z.string().min(1)]).rest(z.number().finite())),
  })
  .strict()
  .superRefine((m, ctx) =>
    checkModelRows(
      m,
      ctx,
      (f) => (f.startsWith('@') ? 1 : m.classes.length),
      'a row needs one weight per class (one for a pointer feature)',
    ),
  );
export type LineModel = z.infer<typeof LineModel>;

export const LINE_MODEL_FILE = fileURLToPath(new URL('../../../data/models/jd-lines.json', import.meta.url));

/** A model ready to score: feature name → weight row. */
export interface LineClassifier {
  classes: LineClass[];
  rows: Map<string, number[]>;
}

export function classifierOf(m: LineModel): LineClassifier {
  // A pointer's weight is shared by every class it can name: "@hr=must" and "@hr=nice" read the row of "@hr".
  const rows = new Map<string, number[]>();
  for (const [f, ...w] of m.rows) {
    if (f[0] !== '@') rows.set(f, w);
    else for (const c of m.classes) rows.set(`${f}=${c}`, w);
  }
  return { classes: m.classes, rows };
}

/** Class probabilities of a line's features. */
export function scoreLine(c: LineClassifier, features: string[]): number[] {
  const z = new Array(c.classes.length).fill(0);
  for (const f of features) {
    const row = c.rows.get(f);
    if (!row) continue;
    if (f[0] === '@') {
      const k = c.classes.indexOf(f.slice(f.indexOf('=') + 1) as LineClass);
      if (k >= 0) z[k] += row[0];
    } else for (let k = 0; k < z.length; k++) z[k] += row[k];
  }
  return softmax(z);
}

/** A line's reading: the most likely class, its probability, and the probability that it states a requirement. */
export interface LineReading {
  cls: LineClass;
  p: number;
  /** p(must) + p(nice) + p(soft). */
  required: number;
  /** Among the requirement classes, the most likely. */
  requiredCls: 'must' | 'nice' | 'soft';
}

export function classifyLine(c: LineClassifier, features: string[]): LineReading {
  const p = scoreLine(c, features);
  const best = argmax(p);
  const of = (cls: LineClass) => {
    const k = c.classes.indexOf(cls);
    return k >= 0 ? p[k] : 0;
  };
  const req = (['must', 'nice', 'soft'] as const).map((cls) => [cls, of(cls)] as const).sort((a, b) => b[1] - a[1]);
  return { cls: c.classes[best], p: p[best], required: req.reduce((a, [, x]) => a + x, 0), requiredCls: req[0][0] };
}

/** The committed model (validated), or null when the file is missing or invalid: parseJd then uses its rules alone. */
export const lineClassifier: (file?: string) => LineClassifier | null = modelLoader(LINE_MODEL_FILE, (json) =>
  classifierOf(LineModel.parse(json)),
);

/** Problems with the model file (npm run check-data): unreadable, off-schema, too big, a class missing. */
export function checkLineModel(file = LINE_MODEL_FILE): { problems: string[]; features: number; kb: number } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { problems: [`${file}: missing (npm run train-jd-lines)`], features: 0, kb: 0 };
  }
  const kb = Math.round(statSync(file).size / 1024);
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problems: [`${file}: not JSON (${(e as Error).message})`], features: 0, kb };
  }
  const parsed = LineModel.safeParse(data);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${file}: ${i.path.join('.')} ${i.message}`), features: 0, kb };
  if (kb > 700) problems.push(`${file}: ${kb} KB, over the 700 KB budget`);
  for (const c of LINE_CLASSES) if (!parsed.data.classes.includes(c)) problems.push(`${file}: class ${c} missing`);
  return { problems, features: parsed.data.rows.length, kb };
}

/** Every line of cleaned ad text with the classifier's class (a heading line is 'heading'). */
export function classifyLines(
  text: string,
  language: string,
  taxonomy: Taxonomy,
  classifier: LineClassifier,
): ({ line: JdLine } & LineReading)[] {
  const lines = linesOfText(text);
  const ctx: FeatureContext = { language, rules: ruleParts(lines), skills: skillCounts(taxonomy, language) };
  return lines.map((line, i) =>
    line.isHeading
      ? { line, cls: 'heading', p: 1, required: 0, requiredCls: 'must' }
      : { line, ...classifyLine(classifier, lineFeatures(lines, i, ctx)) },
  );
}
