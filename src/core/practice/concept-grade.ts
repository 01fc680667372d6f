import type { Token } from '../nlp/wink.ts';
import { type Calibration, calibration, toFivePoint } from './calibration.ts';
import { analyseConcept, type ConceptAnalysis } from './concept.ts';
import { CRITERIA, type GradableQuestion, type Grade } from './grade-schema.ts';

/** References up to this many words are short concept answers, graded in concept mode. */
export const CONCEPT_MAX_REFERENCE_WORDS = 150;

/**
 * The reference answer of a question graded in concept mode, or undefined for a curated bank
 * question. A rubric derived by `rubricFromReference` keeps the reference's sentences as points,
 * each with one alias made of its own salient words; a curated rubric (or a mock interview's
 * follow-up, which keeps a subset of one) has aliases of its own and stays with the interview grader.
 */
export function conceptReference(q: GradableQuestion): string | undefined {
  if (q.answerStructure || q.rubric.length === 0 || !q.rubric.every(derivedFromReference)) return undefined;
  const reference = q.rubric.map((p) => p.point.replace(/[.\s]+$/, '')).join('. ');
  return reference.split(/\s+/).length <= CONCEPT_MAX_REFERENCE_WORDS ? `${reference}.` : undefined;
}

function derivedFromReference(p: GradableQuestion['rubric'][number]): boolean {
  if (p.aliases.length !== 1) return false;
  const words = new Set(p.point.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const alias = p.aliases[0].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // Mostly, not all: wink normalises spellings in the alias ("behaviour" → "behavior").
  return alias.length > 0 && alias.filter((w) => words.has(w)).length >= 0.75 * alias.length;
}

export interface ConceptGuards {
  pastedBack: boolean;
  termList: boolean;
  foreign: boolean;
}

const NON_ANSWER = /^\s*(no answer|not answered|n\/?a|i don'?t know|don'?t know|idk|\?+|-+|none|pass|skip(ped)?)\s*[.!]?\s*$/i;

/** The 0–5 grade of an analysed concept answer: the calibrated map, then the guards. */
export function conceptFive(
  a: ConceptAnalysis,
  guards: ConceptGuards,
  c: Calibration = calibration(),
): { five: number; offTopic: boolean; pastedBack: boolean; capped: boolean } {
  const [coverage, , , precision] = a.x;
  let five = toFivePoint(a.x, c);
  // Restating the question before answering it is common in short answers: only an answer that
  // adds no word of its own to the question's own words counts as pasted back.
  const pastedBack = guards.pastedBack && a.answerWords === 0;
  const offTopic = !pastedBack && coverage < 0.12 && precision < 0.25;
  // No word beyond the question's own ("not answered", "one", "?"): nothing to credit.
  const empty = a.answerWords === 0 || NON_ANSWER.test(a.text);
  // A contradicted point costs what it would have earned.
  if (a.contradicted >= 0.3) five = Math.max(0, five - 5 * a.contradicted);
  // Sentences that touch neither the question nor the reference are filler: they cost a little.
  if (a.filler > 0.25) five -= 2 * (a.filler - 0.25);
  if (guards.termList) five = Math.min(five, 1.5 + 2 * coverage);
  if (pastedBack) five = Math.min(five, 0.5);
  // Matching almost nothing of the reference caps the grade in the weak band (2.5/5 = 33/100).
  // Not lower: the dev graders gave such answers 2.5–3 on average (partial credit for answers on
  // the subject that miss the point), and a lower cap cost agreement leaving one question out.
  if (offTopic) five = Math.min(five, 2.5);
  if (empty) five = Math.min(five, 0.5);
  return { five: Math.max(0, Math.min(5, five)), offTopic, pastedBack, capped: offTopic || pastedBack || empty || guards.termList };
}

/**
 * Grades a short answer to a concept question: the calibrated 0–5 grade (data/grading-calibration.json)
 * scaled to 0–100, with no interview-length caps. Guards still apply: the question pasted back, a
 * bare list of terms, an off-topic answer and contradicted points cannot score.
 */
export function gradeConcept(q: GradableQuestion, reference: string, answer: string, tokens: Token[], guards: ConceptGuards): Grade {
  const a = analyseConcept(q.text, reference, answer, tokens);
  const [coverage, , , precision] = a.x;
  const { five, offTopic, pastedBack } = conceptFive(a, guards);
  const notes: string[] = [];
  if (guards.termList) notes.push('This reads as a list of terms rather than an answer: say how they relate, in a sentence.');
  if (pastedBack) notes.push('That repeats the question rather than answering it.');
  if (offTopic) notes.push("This doesn't seem to address the question. Re-read it and answer what it asks.");
  if (guards.foreign) notes.push('This looks like it is not in English. I can only grade English answers for now.');
  const score = toHundred(five);

  const covered = a.points.filter((p) => p.credit >= 0.6 && !p.contradicted).map((p) => trim(p.text));
  const contradicted = a.points.filter((p) => p.contradicted).map((p) => trim(p.text));
  const missing = a.points.filter((p) => p.credit < 0.6 || p.contradicted).map((p) => trim(p.text));
  const partly = a.points.filter((p) => p.credit >= 0.25 && p.credit < 0.6 && !p.contradicted).map((p) => trim(p.text));
  const improvements = [
    ...contradicted.map((p) => `Your answer contradicts this point: ${p}. Check which way round it is.`),
    ...missing
      .filter((p) => !contradicted.includes(p))
      .map((p) => (partly.includes(p) ? `Make this point explicitly (you touched on it): ${p}.` : `Add this point: ${p}.`)),
  ].slice(0, 3);
  if (improvements.length === 0)
    improvements.push(
      /\b(for example|for instance|e\.g\.?|such as|like when)\b/i.test(answer)
        ? 'Nothing essential is missing.'
        : 'Nothing essential is missing; a one-line example would make it complete.',
    );
  const band = (x: number) => Math.max(1, Math.min(5, Math.round(1 + (4 * x) / 5)));
  const strengths = covered.length && !guards.termList && !pastedBack ? [`You made the point: ${covered.slice(0, 2).join('; ')}.`] : [];
  return {
    score,
    criteria: [
      {
        name: CRITERIA[0],
        score: band(5 * Math.min(1, coverage * 1.25)),
        comment: `${covered.length} of ${a.points.length} points of the reference answer${partly.length ? `, ${partly.length} partly` : ''}${contradicted.length ? `; ${contradicted.length} contradicted` : ''}.`,
      },
      { name: CRITERIA[1], score: band(five), comment: 'A short concept answer: judged on what it says, not on its length or form.' },
      {
        name: CRITERIA[2],
        score: band(5 * Math.min(1, precision * 1.2)),
        comment: `${Math.round(100 * precision)}% of what you wrote is on the topic.`,
      },
      { name: CRITERIA[3], score: band(five), comment: 'Depth is judged against the reference answer.' },
      {
        name: CRITERIA[4],
        score: guards.termList ? 1 : band(five),
        comment: guards.termList ? 'A list of terms, not a statement.' : 'Clear enough to grade.',
      },
    ],
    covered,
    missing,
    strengths,
    improvements,
    followUp: contradicted[0]
      ? `Look again at this: ${contradicted[0]}. Is that true, and why?`
      : missing[0]
        ? `What would you add about this: ${missing[0]}?`
        : 'Can you give an example where this matters?',
    modelOutline: `A full answer says: ${reference}`,
    notes,
  };
}

/**
 * The 0–5 grade on the app's 0–100 scale. Human graders' 0–5 runs high (most correct answers get
 * 4.5–5), while the app's bands are weak < 40 ≤ adequate < 65 ≤ strong: a power curve puts 5 at
 * 100, 4 at 70 (strong), 3 at 44 (adequate) and 2 at 23 (weak).
 */
export function toHundred(five: number): number {
  return Math.round(100 * (Math.max(0, Math.min(5, five)) / 5) ** 1.6);
}

function trim(s: string): string {
  return s.replace(/[.;:\s]+$/, '');
}
