import { analyse, type Token } from '../nlp/wink.ts';
import { loadTaxonomy } from '../skills/taxonomy.ts';
import { antonymsOf, forms } from '../text/antonyms.ts';
import { negatedTokens } from '../text/negation.ts';
import { contentWords, jaccard } from '../text/similarity.ts';
import { codeAsWords, isTermList, quantities, splitCode } from './answer-shape.ts';
import { analyseConcept, type ConceptAnalysis } from './concept.ts';
import { type ConceptGuards, conceptReference, gradeConcept } from './concept-grade.ts';
import { CRITERIA, type GradableQuestion, type Grade } from './grade-schema.ts';
import { type CompiledPoint, compileRubric, contentLemmas, normaliseLemma } from './rubric.ts';

/** Answers longer than this are graded on their first part only, and the reply says so. */
export const MAX_ANSWER_CHARS = 6000;

/**
 * Weights of the overall score (README, "Grading"). Coverage of the rubric dominates so that a
 * well-written answer that misses the point cannot score high; the others reward how it is said.
 */
export const GRADE_WEIGHTS = { coverage: 0.55, structure: 0.12, specificity: 0.1, depth: 0.13, communication: 0.1 } as const;

/** Word counts that read as a complete spoken answer, per category. */
const LENGTH_BAND: Record<GradableQuestion['category'], [number, number]> = {
  behavioural: [120, 400],
  'system-design': [130, 550],
  coding: [70, 350],
  technical: [70, 300],
};

const FOREIGN_STOP = new Set(
  'der die das und ist nicht mit ein eine ich wir sie es le la les et est pas une des du que qui pour avec el los las es una por con para del se lo il di che non per gli della sono ó não uma os em com ser het een en van ik niet'.split(
    ' ',
  ),
);

const has = (re: RegExp, s: string) => re.test(s);

interface Features {
  words: number;
  sentences: number;
  verbSentences: number;
  stopRatio: number;
  numbers: number;
  tools: number;
  iCount: number;
  weCount: number;
  lower: string;
}

function features(text: string, tokens: Token[], sentences: string[]): Features {
  const words = tokens.filter((t) => t.type === 'word');
  const bySentence = new Map<number, Token[]>();
  for (const t of tokens) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
  let verbSentences = 0;
  for (const ts of bySentence.values()) {
    const w = ts.filter((t) => t.type === 'word');
    if (w.length >= 4 && ts.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) verbSentences++;
  }
  const numbers = Math.max(
    tokens.filter((t) => t.type === 'number' || /^\d/.test(t.value)).length + (text.match(/%|\$|£|€/g)?.length ?? 0),
    quantities(text).length,
  );
  const lower = text.toLowerCase();
  return {
    words: words.length,
    sentences: sentences.length,
    verbSentences,
    stopRatio: words.length ? words.filter((t) => t.stop).length / words.length : 0,
    numbers,
    tools: new Set(
      loadTaxonomy()
        .find(tokens)
        .map((h) => h.id),
    ).size,
    iCount: (lower.match(/\b(i|i'm|i've|i'd|my|me)\b/g) ?? []).length,
    weCount: (lower.match(/\b(we|we're|we've|our|us)\b/g) ?? []).length,
    lower,
  };
}

/**
 * Coverage of one point. A short phrase (a rubric point or alias) counts in full when all its
 * content words are there and partly when most are. A long phrase — a sentence of an
 * instructor's reference answer — counts by the share of its content words the answer uses.
 */
function pointCredit(p: CompiledPoint, lemmas: Set<string>, compact = '', against?: Set<string>): number {
  let best = 0;
  for (const ph of p.phrases) {
    if (ph.literal) {
      if (compact && literalIn(compact, ph.literal)) return 1;
      if (ph.lemmas.length === 0) continue;
    }
    // A phrase one of whose words the answer only negates or turns into its opposite is not made.
    if (against && ph.lemmas.some((l) => against.has(l))) continue;
    const found = ph.lemmas.filter((l) => lemmas.has(l)).length;
    const share = found / ph.lemmas.length;
    let credit: number;
    if (ph.lemmas.length >= 6) credit = share >= 0.5 ? 1 : share >= 0.3 ? 0.6 : share >= 0.18 ? 0.3 : 0;
    else credit = share === 1 ? 1 : ph.lemmas.length >= 3 && share >= 0.6 ? 0.6 : ph.lemmas.length === 2 && found === 1 ? 0.3 : 0;
    best = Math.max(best, credit);
  }
  return best;
}

/** Whether a symbolic alias ("o(1)", "301") occurs in the answer as a whole word, not inside a longer number or word. */
function literalIn(text: string, literal: string): boolean {
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + literal.length] ?? ' ';
    if (!/\w/.test(before) && !/\w/.test(after)) return true;
  }
  return false;
}

const QUANTIFY_POINT = /\b(quantif\w*|measurable|in numbers)\b/i;

/** A rubric point that is itself a negation ("no single point of failure") cannot be contradicted by one. */
function negativePoint(p: CompiledPoint): boolean {
  return /\b(not|no|never|without|avoid|n't)\b/i.test(p.point);
}

function structureScore(category: GradableQuestion['category'], f: Features): { score: number; comment: string; advice: string } {
  const s = f.lower;
  if (category === 'behavioural') {
    const parts = {
      situation: has(
        /\b(when i|when we|at my|at (a|the|our) (previous|last|former)|in my (last|previous|first)|last year|years? ago|\b(19|20)\d{2}\b|was working|we had|our team|the team|the situation|context)\b/,
        s,
      ),
      task: has(
        /\b(my (role|job|task|goal|responsibility)|i was (responsible|asked|tasked|the)|i needed to|i had to|the goal was|our goal|deadline)\b/,
        s,
      ),
      action:
        (
          s.match(
            /\bi (\w+ed|built|led|wrote|set|made|took|ran|went|spoke|met|chose|drove|began|brought|sat|sent|found|put|kept|told|proposed|asked|started|did|got)\b/g,
          ) ?? []
        ).length >= 2,
      result: has(
        /\b(result|as a result|outcome|reduced|increased|improved|cut|saved|grew|dropped|went (from|down|up)|led to|shipped|launched|delivered|resolved|fixed|\d+ ?%)/,
        s,
      ),
      learning: has(/\b(learn(ed|t)|lesson|next time|would do (it )?differently|in hindsight|since then|now i|taught me)\b/, s),
    };
    const n =
      Number(parts.situation) + Number(parts.task) * 0.5 + Number(parts.action) + Number(parts.result) + Number(parts.learning) * 0.5;
    const missing = absent(parts);
    return {
      score: clamp(Math.round(1 + n), 1, 5),
      comment: missing.length
        ? `STAR parts not heard: ${missing.join(', ')}.`
        : 'Situation, task, action, result and a lesson are all there.',
      advice: adviceFor(parts),
    };
  }
  if (category === 'system-design') {
    const parts = {
      requirements: has(
        /\b(requirement|scale|users|qps|rps|per second|a day|assum|clarif|constraint|latency|sla|traffic|read-heavy|write-heavy|volume)/,
        s,
      ),
      design:
        (
          s.match(
            /\b(service|database|db|queue|cache|api|table|shard|partition|replica|load balancer|worker|storage|index|topic|stream|endpoint|schema)/g,
          ) ?? []
        ).length >= 3,
      tradeoffs: has(
        /\b(trade-?offs?|versus|vs\.?|instead of|downside|cost of|on the other hand|alternatively|pros|cons|at the expense)\b/,
        s,
      ),
      failures: has(
        /\b(fail|failure|retr(y|ies)|timeouts?|crash|outage|fallback|rollback|monitor|alert|recover|backpressure|dead[- ]letter|replay|idempot)/,
        s,
      ),
    };
    const n = Object.values(parts).filter(Boolean).length;
    const missing = absent(parts);
    return {
      score: clamp(1 + n, 1, 5),
      comment: missing.length ? `Not covered: ${missing.join(', ')}.` : 'Requirements, design, trade-offs and failure modes are all there.',
      advice: adviceFor(parts),
    };
  }
  if (category === 'coding') {
    // Code and its comments count: "if (!items.length) return" is an edge case, assert(...) a test.
    const parts = {
      approach: has(
        /\b(approach|iterate|loop|hash ?map|map|dictionary|set|sort|stack|queue|heap|pointer|binary search|recurs|dynamic programming|store|keep track|track|window|counter|bucket)/,
        s,
      ),
      complexity: has(/(o\(|complexity|linear|logarithmic|quadratic|constant time|time and space|big-o)/, s),
      edgeCases: has(
        /\b(edge case|empty|null|none|zero|negative|duplicate|overflow|invalid|boundary|concurren|race|malformed|missing|throw|raise)|(===?|<=?) ?0\b|\.length ?===? ?0|is none|if not \w|if ?\(!/,
        s,
      ),
      testing: has(/\b(test|assert|expect\(|example input|unit test|check with|describe\()/, s),
    };
    const n = Object.values(parts).filter(Boolean).length;
    const missing = absent(parts);
    return {
      score: clamp(1 + n, 1, 5),
      comment: missing.length ? `Not covered: ${missing.join(', ')}.` : 'Approach, complexity, edge cases and testing are all there.',
      advice: adviceFor(parts),
    };
  }
  const parts = {
    explanation: f.verbSentences >= 2,
    example: has(/\b(for example|e\.g|for instance|such as|in my|at my|we used|i used|in practice|last time)/, s),
    reasons: has(/\b(because|so that|which means|therefore|since|that's why|this is why)\b/, s),
    tradeoffs: has(/\b(trade-?offs?|when to|depends|instead|versus|vs\.?|downside|limit|drawback|but|however)\b/, s),
  };
  const n = Object.values(parts).filter(Boolean).length;
  const missing = absent(parts);
  return {
    score: clamp(1 + n, 1, 5),
    comment: missing.length ? `Not heard: ${missing.join(', ')}.` : 'A clear explanation with reasons, an example and trade-offs.',
    advice: adviceFor(parts),
  };
}

const PART_NAMES: Record<string, string> = { tradeoffs: 'trade-offs', failures: 'failure modes', edgeCases: 'edge cases' };

/** What to add for each structure part an answer lacks: advice names only what is missing. */
const PART_HINT: Record<string, string> = {
  situation: 'the situation and what was at stake',
  task: 'what your own task was',
  action: 'what you did yourself (say "I")',
  result: 'the result, with a number if you have one',
  learning: 'what you learned',
  requirements: 'the requirements and the scale',
  design: 'the components and how data flows between them',
  tradeoffs: 'the trade-offs of your choices',
  failures: 'what fails and how you recover',
  approach: 'your approach, before the code',
  complexity: 'the time and space complexity',
  edgeCases: 'the edge cases',
  testing: 'how you would test it',
  explanation: 'an explanation in two or three full sentences',
  example: 'a concrete example',
  reasons: 'the reason behind it ("because…")',
};

function adviceFor(parts: Record<string, boolean>): string {
  const missing = Object.entries(parts)
    .filter(([, present]) => !present)
    .map(([k]) => PART_HINT[k] ?? k);
  return missing.length ? `Add ${missing.slice(0, 3).join('; ')}.` : '';
}

/** The names of the structure parts an answer lacks, in words. */
function absent(parts: Record<string, boolean>): string[] {
  return Object.entries(parts)
    .filter(([, present]) => !present)
    .map(([k]) => PART_NAMES[k] ?? k);
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

function outline(q: GradableQuestion, missing: string[]): string {
  if (q.answerStructure) {
    const a = q.answerStructure;
    return [
      `Principle: ${a.principle}`,
      ...a.steps.map((s, i) => `${i + 1}. ${s.title}: ${s.points.join('; ')}`),
      `Insight: ${a.insight}`,
    ].join('\n');
  }
  return [
    `A strong answer covers: ${q.rubric.map((r) => r.point).join('; ')}.`,
    missing.length ? `Yours was missing: ${missing.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function pickFollowUp(q: GradableQuestion, missing: CompiledPoint[]): string {
  const ups = q.followUps ?? [];
  if (missing.length === 0) return ups[0] ?? 'What would you change about that answer if the scale were ten times larger?';
  const target = [...missing].sort((a, b) => b.weight - a.weight)[0];
  const targetLemmas = new Set(target.phrases.flatMap((p) => p.lemmas));
  let best: { text: string; overlap: number } | undefined;
  for (const u of ups) {
    const lemmas = contentLemmas(analyse(u).tokens);
    const overlap = lemmas.filter((l) => targetLemmas.has(l)).length;
    if (!best || overlap > best.overlap) best = { text: u, overlap };
  }
  return best && best.overlap > 0 ? best.text : `One thing you didn't cover: ${target.point}. How would you approach that part?`;
}

/**
 * What concept-mode grading reads of an answer (its analysis against the reference, and the
 * guards), or undefined for a curated bank question. The calibration fit and the bench use it to
 * refit the map leaving one question out, through the same code path as gradeAnswer.
 */
export function conceptInputs(q: GradableQuestion, rawAnswer: string): { analysis: ConceptAnalysis; guards: ConceptGuards } | undefined {
  const reference = conceptReference(q);
  const answer = rawAnswer.replace(/\r\n?/g, '\n').trim().slice(0, MAX_ANSWER_CHARS);
  if (!reference) return undefined;
  const parts = splitCode(answer);
  const prose = parts.code ? [parts.prose, parts.comments].filter(Boolean).join('\n') : answer;
  const { tokens } = analyse(prose || answer);
  const all = parts.code ? analyse(`${prose}\n${codeAsWords(parts.code)}`).tokens : tokens;
  const echo = jaccard(contentWords(answer), contentWords(q.text));
  const pastedBack = echo >= 0.6 || (q.text.toLowerCase().includes(answer.toLowerCase().replace(/[?.!\s]+$/, '')) && answer.length > 10);
  return {
    analysis: analyseConcept(q.text, reference, answer, all),
    guards: { pastedBack, termList: isTermList(prose, tokens, 10), foreign: false },
  };
}

const questionLemmaCache = new Map<string, string[]>();

/** Content lemmas of a question's text, cached (the same questions are graded again and again). */
function questionLemmas(text: string): string[] {
  let hit = questionLemmaCache.get(text);
  if (!hit) {
    if (questionLemmaCache.size > 1000) questionLemmaCache.clear();
    hit = contentLemmas(analyse(text).tokens);
    questionLemmaCache.set(text, hit);
  }
  return hit;
}

/** Grades a typed answer against the question's rubric, offline and deterministically. */
export function gradeAnswer(q: GradableQuestion, rawAnswer: string): Grade {
  const notes: string[] = [];
  let answer = rawAnswer.replace(/\r\n?/g, '\n').trim();
  if (answer.length > MAX_ANSWER_CHARS) {
    answer = answer.slice(0, MAX_ANSWER_CHARS);
    notes.push(
      `Your answer was long, so I graded its first ${MAX_ANSWER_CHARS.toLocaleString('en')} characters. In an interview, aim for two or three minutes.`,
    );
  }
  const points = compileRubric(q.rubric);
  const outlineText = outline(q, []);
  if (answer.length === 0)
    return emptyGrade(q, points, outlineText, ['The answer was empty. Type your answer as you would say it out loud.']);

  // Code is read as code: its lines are not sentences, its identifiers and comments still count.
  const parts = splitCode(answer);
  const prose = parts.code ? [parts.prose, parts.comments].filter(Boolean).join('\n') : answer;
  const { tokens, sentences } = analyse(prose || answer);
  const all = parts.code ? analyse(`${prose}\n${codeAsWords(parts.code)}`).tokens : tokens;
  const f = features(answer, tokens, sentences);
  if (parts.code) f.words += Math.round(all.filter((t) => t.type === 'word').length - f.words) / 2;

  const foreignCount = tokens.filter((t) => FOREIGN_STOP.has(t.normal)).length;
  const nonLatin = (answer.match(/[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/gu) ?? []).length;
  const foreign = (foreignCount >= 3 && foreignCount > f.words * 0.08) || nonLatin > answer.length * 0.3;
  const echo = jaccard(contentWords(answer), contentWords(q.text));
  const pastedBack = echo >= 0.6 || (q.text.toLowerCase().includes(answer.toLowerCase().replace(/[?.!\s]+$/, '')) && answer.length > 10);

  const reference = conceptReference(q);
  if (reference) {
    const g = gradeConcept(q, reference, answer, all, { pastedBack, termList: isTermList(prose, tokens, 10), foreign });
    return { ...g, notes: [...notes, ...g.notes] };
  }
  if (foreign)
    notes.push(
      'This looks like it is not in English. I can only grade English answers for now — try answering in English, as you would in the interview.',
    );

  // A lemma counts as said when it occurs at least once outside a negation ("not", "never",
  // "wasn't necessary", "instead of"); one that occurs only negated is said the other way round.
  const negated = negatedTokens(all);
  const lemmaSet = new Set<string>();
  const negatedSet = new Set<string>();
  // Opposites said plainly ("synchronous analytics" for "async analytics") also count against a
  // point; a negated opposite ("not synchronous") counts for it.
  const opposedSet = new Set<string>();
  all.forEach((t, i) => {
    const keys = [normaliseLemma(t.normal), ...contentLemmas([t])];
    for (const k of keys) (negated[i] ? negatedSet : lemmaSet).add(k);
    for (const form of new Set([t.normal, t.lemma.toLowerCase()].flatMap(forms)))
      for (const o of antonymsOf(form) ?? [])
        for (const k of t.normal.endsWith('ly') ? [o, `${o}ly`] : [o]) (negated[i] ? lemmaSet : opposedSet).add(normaliseLemma(k));
  });
  for (const k of lemmaSet) {
    negatedSet.delete(k);
    opposedSet.delete(k);
  }

  // Symbolic aliases ("O(1)", "301") are matched as written, in the prose and the code.
  const compact = answer.toLowerCase().replace(/\s+/g, ' ');
  const against = new Set([...negatedSet, ...opposedSet]);
  // A point that asks for numbers ("quantified the impact", "measurable outcome") is made by
  // quantities with units anywhere in the answer ("from 800 ms to 120 ms", "3 of 12 pipelines").
  const quantified = quantities(answer).length >= 2;
  const credits = points.map((p) =>
    quantified && QUANTIFY_POINT.test(p.point)
      ? 1
      : negativePoint(p)
        ? pointCredit(p, lemmaSet, compact)
        : pointCredit(p, lemmaSet, compact, against),
  );
  // Contradicted: the point is made only with its words negated ("I would not involve legal") or
  // turned into their opposites.
  const either = new Set([...lemmaSet, ...negatedSet, ...opposedSet]);
  const contradicted = points.map(
    (p, i) =>
      credits[i] < 0.6 &&
      !negativePoint(p) &&
      pointCredit(p, either) >= 0.6 &&
      p.phrases.some((ph) => ph.lemmas.some((l) => negatedSet.has(l) || opposedSet.has(l))),
  );
  const totalWeight = points.reduce((s, p) => s + p.weight, 0) || 1;
  let coverage = points.reduce((s, p, i) => s + p.weight * credits[i], 0) / totalWeight;
  const contradictedWeight = points.reduce((s, p, i) => s + (contradicted[i] ? p.weight : 0), 0) / totalWeight;

  // Keyword lists: rubric terms strung together without sentences. Told apart from answers by
  // their shape (separators, no sentence ends) and by how much of them is rubric vocabulary.
  const rubricLemmas = new Set(points.flatMap((p) => p.phrases.flatMap((ph) => ph.lemmas)));
  const answerLemmas = contentLemmas(tokens);
  const rubricShare = answerLemmas.length ? answerLemmas.filter((l) => rubricLemmas.has(l)).length / answerLemmas.length : 0;
  const separators = (prose.match(/[,;/|•\n]/g) ?? []).length;
  const sentenceEnds = (prose.match(/[.!?](\s|$)/g) ?? []).length;
  const listShaped = separators / Math.max(1, f.words) > 0.12 && sentenceEnds <= Math.max(1, f.words / 40);
  const keywordList =
    isTermList(prose, tokens) ||
    (f.words >= 8 && !parts.code && (f.verbSentences === 0 || (listShaped && f.stopRatio < 0.2 && rubricShare > 0.45)));
  if (keywordList) {
    coverage *= 0.35;
    notes.push(
      'This reads as a list of keywords rather than an answer. Interviewers score explanations: say what you would do and why, in sentences.',
    );
  }
  if (pastedBack) notes.push('That repeats the question rather than answering it. Start with your approach or your story.');
  const tooShort = f.words < 20;
  if (tooShort && !pastedBack)
    notes.push(`At ${f.words} word${f.words === 1 ? '' : 's'} this is too short to show what you know. Aim for a few sentences at least.`);
  const offTopic = !pastedBack && !tooShort && coverage < 0.08 && echo < 0.05;
  if (offTopic) notes.push("This doesn't seem to address the question. Re-read it and answer what it asks.");

  // Filler does not count towards length: only sentences that touch the question, the rubric, a
  // named tool or a number do.
  const topical = new Set([...rubricLemmas, ...questionLemmas(q.text)]);
  const onTopicSentences = new Set(
    tokens.filter((t) => t.type === 'number' || (!t.stop && topical.has(normaliseLemma(t.lemma)))).map((t) => t.sentence),
  );
  const fillerWords = tokens.filter((t) => t.type === 'word' && !onTopicSentences.has(t.sentence)).length;
  const lengthWords = Math.max(0, f.words - fillerWords);
  const structure = structureScore(q.category, f);
  let specificity = 1 + Math.min(1.5, f.numbers * 0.5) + Math.min(1.5, f.tools * 0.5) + (lengthWords >= 60 ? 0.5 : 0);
  let specificityNote = `${f.numbers} number${f.numbers === 1 ? '' : 's'} and ${f.tools} named tool${f.tools === 1 ? '' : 's'} or technique${f.tools === 1 ? '' : 's'}.`;
  if (q.category === 'behavioural' && f.weCount > f.iCount * 2 && f.iCount < 3) {
    specificity -= 1;
    specificityNote += ' Mostly "we" — say what you did.';
  }
  const tradeoff = has(
    /\b(trade-?offs?|versus|vs\.?|instead|downside|cost|however|on the other hand|depends|alternatively|drawback)\b/,
    f.lower,
  );
  const failure = has(
    /\b(fail|failure|retr(y|ies)|timeouts?|crash|outage|fallback|rollback|monitor|alert|edge case|race|duplicate|recover|risk)/,
    f.lower,
  );
  const reasoning = has(/\b(because|so that|which means|therefore|since|to avoid|in order to|that's why)\b/, f.lower);
  const depth = 1 + Number(tradeoff) + Number(failure) + Number(reasoning) + (coverage >= 0.6 ? 1 : 0);
  const [lo, hi] = LENGTH_BAND[q.category];
  const avgSentence = f.words / Math.max(1, f.sentences);
  let communication = lengthWords < 25 ? 1 : lengthWords < lo * 0.6 ? 2 : lengthWords < lo ? 3 : lengthWords <= hi ? 4 : 3;
  if (communication >= 3 && f.sentences >= 3 && avgSentence >= 8 && avgSentence <= 30) communication += 1;
  if (avgSentence > 45) communication -= 1;
  if (fillerWords > 0.3 * f.words && f.words >= 40) {
    communication = Math.min(communication, 2);
    notes.push('Part of this is filler that does not touch the question: cut it and spend the words on the key points.');
  }
  if (keywordList) communication = 1;

  const crit = {
    coverage: clamp(Math.round(1 + 4 * coverage), 1, 5),
    structure: keywordList || pastedBack ? 1 : structure.score,
    specificity: clamp(Math.round(specificity), 1, 5),
    depth: keywordList || pastedBack ? 1 : clamp(depth, 1, 5),
    communication: clamp(communication, 1, 5),
  };
  const unit = (x: number) => (x - 1) / 4;
  let score =
    100 *
    (GRADE_WEIGHTS.coverage * coverage +
      GRADE_WEIGHTS.structure * unit(crit.structure) +
      GRADE_WEIGHTS.specificity * unit(crit.specificity) +
      GRADE_WEIGHTS.depth * unit(crit.depth) +
      GRADE_WEIGHTS.communication * unit(crit.communication));
  if (pastedBack) score = Math.min(score, 5);
  if (offTopic) score = Math.min(score, 15);
  if (tooShort) score = Math.min(score, 20);
  if (keywordList) score = Math.min(score, 20);
  // Saying the opposite of a key point is worse than leaving it out: the rest of the answer
  // cannot carry it past what its correct points earn.
  if (contradictedWeight > 0) score = Math.min(score - 60 * contradictedWeight, 10 + 60 * coverage);
  score = clamp(Math.round(score), 0, 100);

  const covered = points.filter((_, i) => credits[i] >= 0.6).map((p) => p.point);
  const partial = points.filter((_, i) => credits[i] > 0 && credits[i] < 0.6).map((p) => p.point);
  const missingPts = points.filter((_, i) => credits[i] < 0.6);
  const missing = missingPts.map((p) => p.point);
  const contradictedPts = points.filter((_, i) => contradicted[i]);

  const strengths: string[] = [];
  if (covered.length && !keywordList && !pastedBack) strengths.push(`You covered ${covered.slice(0, 3).join('; ')}.`);
  if (crit.structure >= 4) strengths.push(q.category === 'behavioural' ? 'Clear STAR structure.' : 'Well structured.');
  if (crit.specificity >= 4) strengths.push('Specific: numbers and named tools make it believable.');
  if (crit.depth >= 4) strengths.push('Good depth: you reasoned about trade-offs and what can go wrong.');
  if (strengths.length === 0 && f.words >= 20 && !pastedBack && !offTopic) strengths.push('A start to build on.');

  const improvements: string[] = [];
  for (const m of contradictedPts.slice(0, 2))
    improvements.push(`Your answer contradicts a key point: ${m.point}. Check which way round it is.`);
  const topMissing = [...missingPts]
    .filter((m) => !contradictedPts.includes(m))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, Math.max(1, 2 - contradictedPts.length));
  for (const m of topMissing)
    improvements.push(`Add this key point: ${m.point}${partial.includes(m.point) ? ' (you touched on it — make it explicit)' : ''}.`);
  // Advice on how it is said names only what this answer lacks: never "add numbers" beside numbers.
  const specificityAdvice = [
    f.numbers === 0
      ? q.category === 'behavioural'
        ? 'a number for the result (time saved, %, users)'
        : 'numbers (sizes, latencies, counts)'
      : '',
    f.tools === 0 ? 'the tools or techniques you would use, by name' : '',
    q.category === 'behavioural' && f.weCount > f.iCount * 2 && f.iCount < 3 ? 'what you did yourself ("I", not "we")' : '',
  ].filter(Boolean);
  const depthAdvice = [
    tradeoff ? '' : 'a trade-off of your choice',
    failure ? '' : 'what can go wrong',
    reasoning ? '' : 'why you chose it ("because…")',
  ].filter(Boolean);
  const weakest = (
    [
      ['structure', crit.structure, structure.advice],
      ['specificity', crit.specificity, specificityAdvice.length ? `Add ${specificityAdvice.join('; ')}.` : ''],
      ['depth', crit.depth, depthAdvice.length ? `Add ${depthAdvice.join('; ')}.` : ''],
      [
        'communication',
        crit.communication,
        f.words < lo
          ? `Say more: at ${f.words} words it is short; aim for ${lo}–${hi} words in a few clear sentences.`
          : f.words > hi
            ? `Cut it to ${lo}–${hi} words: lead with the conclusion, then the evidence.`
            : avgSentence > 45
              ? 'Break the long sentences up: one idea per sentence.'
              : '',
      ],
    ] as const
  )
    .filter(([, v, advice]) => v <= 3 && advice)
    .sort((a, b) => a[1] - b[1]);
  for (const [, , advice] of weakest) if (improvements.length < 3 && !keywordList && !pastedBack) improvements.push(advice);
  if (keywordList && improvements.length < 3)
    improvements.push('Write it as sentences: say what each part does and why, not just its name.');
  if (improvements.length === 0) improvements.push('Tighten it: lead with the conclusion, then the evidence.');

  return {
    score,
    criteria: [
      {
        name: CRITERIA[0],
        score: crit.coverage,
        comment: `${covered.length} of ${points.length} key points${partial.length ? `, ${partial.length} partly` : ''}${contradictedPts.length ? `; ${contradictedPts.length} contradicted` : ''}.`,
      },
      { name: CRITERIA[1], score: crit.structure, comment: keywordList ? 'No sentences to structure.' : structure.comment },
      { name: CRITERIA[2], score: crit.specificity, comment: specificityNote },
      {
        name: CRITERIA[3],
        score: crit.depth,
        comment:
          [tradeoff ? 'trade-offs' : '', failure ? 'failure modes' : '', reasoning ? 'reasons' : ''].filter(Boolean).join(', ') ||
          'No trade-offs, failure modes or reasons given.',
      },
      {
        name: CRITERIA[4],
        score: crit.communication,
        comment: `${f.words} words in ${f.sentences} sentence${f.sentences === 1 ? '' : 's'} (a good length is ${lo}–${hi}).`,
      },
    ],
    covered,
    missing,
    strengths: strengths.slice(0, 3),
    improvements: improvements.slice(0, 3),
    followUp: pickFollowUp(q, missingPts),
    modelOutline: outlineText,
    notes,
  };
}

function emptyGrade(q: GradableQuestion, points: CompiledPoint[], modelOutline: string, notes: string[]): Grade {
  return {
    score: 0,
    criteria: CRITERIA.map((name) => ({ name, score: 1, comment: 'No answer to grade.' })),
    covered: [],
    missing: points.map((p) => p.point),
    strengths: [],
    improvements: ['Write your answer as you would say it: a few sentences covering the key points.'],
    followUp: q.followUps?.[0] ?? q.text,
    modelOutline,
    notes,
  };
}
