import { analyse, type Token } from '../nlp/wink.ts';
import { areOpposites } from '../text/antonyms.ts';
import { negatedTokens } from '../text/negation.ts';
import { type WordVectors, wordVectors } from '../text/vectors.ts';
import { normaliseLemma } from './rubric.ts';

/**
 * Concept-question grading: a short answer against a short reference answer (an instructor's
 * own question, or any question without a curated rubric). Each content word of the reference is
 * looked for in the answer by lemma, by stem and by meaning (word vectors), question words count
 * for little (repeating the question is not answering it), and a word the answer negates where
 * the reference does not is a contradiction, not a match.
 */

/** A content word with what is needed to match it. */
interface Word {
  key: string;
  normal: string;
  /** wink's lemma, lowercase (WordNet's base form, for opposites). */
  lemma: string;
  row: number;
  negated: boolean;
  sentence: number;
  /** How much the word tells: rare words more than common ones (0.35–1). */
  weight: number;
}

export interface ConceptAnalysis {
  /** Feature vector, in the order of CONCEPT_FEATURES. */
  x: number[];
  /** Per reference sentence: its text and the share of its weight the answer makes. */
  points: { text: string; credit: number; contradicted: boolean }[];
  /** Content words of the answer (not counting question words). */
  answerWords: number;
  /** The answer as analysed. */
  text: string;
  /** Share of the reference's weight the answer states the opposite of. */
  contradicted: number;
  /** Share of the answer's content words in sentences that match nothing of the question or reference. */
  filler: number;
}

/**
 * What the calibrated map (data/grading-calibration.json) reads. Contradictions are not a feature:
 * a contradicted word simply earns nothing. Length is capped so padding cannot buy points.
 */
export const CONCEPT_FEATURES = [
  'coverage',
  'exact',
  'centroid',
  'precision',
  'length',
  'referenceLength',
  'sqrtCoverage',
  'coverageByReferenceLength',
  'coverageByPrecision',
  'centroidSquared',
] as const;

const STOPISH = new Set(['be', 'do', 'have', 'can', 'will', 'would', 'should', 'may', 'also', 'etc', 'use', 'thing', 'way', 'one']);
/**
 * wink's stop words that still carry meaning in a one-line reference answer ("at least once",
 * "before", "all", "outside"): kept, with the low weight their frequency gives them.
 */
const MEANINGFUL_STOP = new Set(
  'once least first last all both before after always never only anywhere everywhere inside outside within without same different more less most many few every each until again twice'.split(
    ' ',
  ),
);

function weightOf(v: WordVectors | null, row: number): number {
  if (!v || row < 0) return 1;
  const r = v.rank(row);
  return Math.max(0.35, Math.min(1, Math.log10(r + 10) / 4.5));
}

function contentWords(tokens: Token[], v: WordVectors | null): Word[] {
  const neg = negatedTokens(tokens);
  const out: Word[] = [];
  tokens.forEach((t, i) => {
    if ((t.stop && !MEANINGFUL_STOP.has(t.normal)) || !(t.type === 'word' || t.type === 'number') || t.normal.length < 2) return;
    const key = normaliseLemma(t.lemma);
    if (STOPISH.has(key) || STOPISH.has(t.normal)) return;
    let row = v ? v.index(t.normal) : -1;
    if (row < 0 && v) row = v.index(t.lemma.toLowerCase());
    out.push({ key, normal: t.normal, lemma: t.lemma.toLowerCase(), row, negated: neg[i], sentence: t.sentence, weight: weightOf(v, row) });
  });
  return out;
}

/** Similarity of two words: 1 for the same lemma, 0.9 for a shared stem, else by meaning. */
function similarity(v: WordVectors | null, a: Word, b: Word): number {
  if (a.key === b.key || a.normal === b.normal) return 1;
  if (sharedStem(a.key, b.key) || oneEditApart(a.normal, b.normal)) return 0.9;
  if (!v || a.row < 0 || b.row < 0) return 0;
  const c = v.cosine(a.row, b.row);
  return c <= 0.5 ? 0 : Math.min(0.85, (c - 0.5) / 0.35);
}

/** "reuse"/"reusability", "simulate"/"simulation": a long common prefix. */
function sharedStem(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i >= Math.max(4, 0.6 * n);
}

/** A misspelling: "differance"/"difference", "paramters"/"parameters" (words of 6+ letters only). */
function oneEditApart(a: string, b: string): boolean {
  if (a.length < 6 || b.length < 6 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = a.length - 1;
  let k = b.length - 1;
  while (j >= i && k >= i && a[j] === b[k]) {
    j--;
    k--;
  }
  // Substitution, insertion or deletion leaves at most one character unmatched on each side;
  // a transposition leaves two that swap.
  if (j - i <= 0 && k - i <= 0) return true;
  return j - i === 1 && k - i === 1 && a[i] === b[i + 1] && a[i + 1] === b[i];
}

interface Prepared {
  ref: Word[];
  sentences: string[];
  questionKeys: Set<string>;
  question: Word[];
}

const prepared = new Map<string, Prepared>();

function prepare(question: string, reference: string): Prepared {
  const k = `${question}\u0000${reference}`;
  const hit = prepared.get(k);
  if (hit) return hit;
  const v = wordVectors();
  const r = analyse(reference);
  const qWords = contentWords(analyse(question).tokens, v);
  const p = { ref: contentWords(r.tokens, v), sentences: r.sentences, questionKeys: new Set(qWords.map((w) => w.key)), question: qWords };
  if (prepared.size > 500) prepared.clear();
  prepared.set(k, p);
  return p;
}

/** Analyses an answer to a concept question against its reference answer. */
export function analyseConcept(question: string, reference: string, answer: string, tokens?: Token[]): ConceptAnalysis {
  const v = wordVectors();
  const p = prepare(question, reference);
  const ans = contentWords(tokens ?? analyse(answer).tokens, v);
  // Question words in the reference count for a fifth: they are given, not answered.
  const refW = p.ref.map((w) => w.weight * (p.questionKeys.has(w.key) ? 0.2 : 1));
  let got = 0;
  let exact = 0;
  let total = 0;
  let contradictedWeight = 0;
  const perSentence = p.sentences.map(() => ({ got: 0, total: 0, contradicted: 0 }));
  const seen = new Set<string>();
  p.ref.forEach((r, i) => {
    const w = refW[i];
    const s = perSentence[r.sentence];
    if (s) s.total += w;
    if (seen.has(r.key)) {
      // A repeated reference word counts once overall, but in each of its sentences.
      const best = bestMatch(v, r, ans);
      if (s) s.got += w * best.credit;
      return;
    }
    seen.add(r.key);
    total += w;
    const best = bestMatch(v, r, ans);
    if (best.contradicted) {
      // Saying the opposite word ("synchronous" for "asynchronous") flips the whole statement
      // however many of its other words match: it weighs three times a plain word.
      const k = best.opposite ? 3 : 1;
      contradictedWeight += k * w;
      if (s) s.contradicted += k * w;
    }
    got += w * best.credit;
    exact += w * (best.credit >= 0.99 ? 1 : 0);
    if (s) s.got += w * best.credit;
  });
  const coverage = total ? got / total : 0;
  // Precision: how much of what the answer says (beyond the question's words) is on topic.
  const topic = [...p.ref, ...p.question];
  let onTopic = 0;
  let said = 0;
  let onTopicWords = 0;
  const answerWords = ans.filter((a) => !p.questionKeys.has(a.key));
  const topicalSentences = new Set<number>();
  for (const a of answerWords) {
    said += a.weight;
    let best = 0;
    let bestRef = 0;
    for (const t of topic) best = Math.max(best, similarity(v, a, t));
    for (const t of p.ref) bestRef = Math.max(bestRef, similarity(v, a, t));
    onTopic += a.weight * best;
    if (best >= 0.9) topicalSentences.add(a.sentence);
    if (bestRef >= 0.7 && !MEANINGFUL_STOP.has(a.normal)) onTopicWords++;
  }
  const centroidCos = centroid(v, p.ref, refW, answerWords);
  const precision = said ? onTopic / said : 0;
  const referenceLength = Math.log1p(seen.size);
  return {
    x: [
      coverage,
      total ? exact / total : 0,
      centroidCos,
      precision,
      // Only words on the topic count towards length, so filler cannot buy points.
      Math.min(2.5, Math.log1p(onTopicWords)),
      referenceLength,
      Math.sqrt(coverage),
      coverage * referenceLength,
      coverage * precision,
      centroidCos ** 2,
    ],
    contradicted: total ? contradictedWeight / total : 0,
    filler: ans.length >= 15 ? ans.filter((a) => !topicalSentences.has(a.sentence) && !p.questionKeys.has(a.key)).length / ans.length : 0,
    points: p.sentences.map((text, i) => {
      const s = perSentence[i];
      return { text, credit: s.total ? s.got / s.total : 0, contradicted: s.contradicted > 0.25 * s.total };
    }),
    answerWords: answerWords.length,
    text: answer,
  };
}

/** The best match of a reference word in the answer; opposite is set when the answer says its opposite. */
function bestMatch(v: WordVectors | null, r: Word, ans: Word[]): { credit: number; contradicted: boolean; opposite: boolean } {
  let credit = 0;
  let contradicted = false;
  let opposite = false;
  for (const a of ans) {
    // An opposite ("synchronous" for "asynchronous") contradicts; a negated opposite ("not slow"
    // for "fast") makes the point.
    if (areOpposites([r.normal, r.lemma], [a.normal, a.lemma])) {
      if (a.negated === r.negated) {
        contradicted = true;
        opposite = true;
      } else credit = Math.max(credit, 0.8);
      continue;
    }
    const s = similarity(v, r, a);
    if (s === 0) continue;
    // Only an answer that negates what the reference asserts is contradicting it: references that
    // say what does not happen ("does not create a default constructor") are usually answered
    // with the positive complement ("only when no constructor is defined").
    if (a.negated && !r.negated) {
      if (s >= 0.9) contradicted = true;
      continue;
    }
    credit = Math.max(credit, s);
  }
  // A point made plainly elsewhere in the answer outweighs a negated mention.
  return { credit, contradicted: contradicted && credit < 0.9, opposite: opposite && credit < 0.9 };
}

/** Cosine of the weighted mean vectors of the reference and the answer (0 without vectors). */
function centroid(v: WordVectors | null, ref: Word[], refW: number[], ans: Word[]): number {
  if (!v || ans.length === 0) return 0;
  const a = new Float32Array(v.dims);
  const b = new Float32Array(v.dims);
  ref.forEach((w, i) => {
    if (w.row >= 0) v.addTo(a, w.row, refW[i]);
  });
  for (const w of ans) if (w.row >= 0) v.addTo(b, w.row, w.weight);
  let s = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < v.dims; d++) {
    s += a[d] * b[d];
    na += a[d] ** 2;
    nb += b[d] ** 2;
  }
  return na && nb ? s / Math.sqrt(na * nb) : 0;
}
