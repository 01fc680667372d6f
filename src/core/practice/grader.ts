import { analyse, type Token } from '../nlp/wink.ts';
import { loadTaxonomy } from '../skills/taxonomy.ts';
import { contentWords, jaccard } from '../text/similarity.ts';
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
  const numbers = tokens.filter((t) => t.type === 'number' || /^\d/.test(t.value)).length + (text.match(/%|\$|£|€/g)?.length ?? 0);
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
function pointCredit(p: CompiledPoint, lemmas: Set<string>): number {
  let best = 0;
  for (const ph of p.phrases) {
    const found = ph.lemmas.filter((l) => lemmas.has(l)).length;
    const share = found / ph.lemmas.length;
    let credit: number;
    if (ph.lemmas.length >= 6) credit = share >= 0.5 ? 1 : share >= 0.3 ? 0.6 : share >= 0.18 ? 0.3 : 0;
    else credit = share === 1 ? 1 : ph.lemmas.length >= 3 && share >= 0.6 ? 0.6 : ph.lemmas.length === 2 && found === 1 ? 0.3 : 0;
    best = Math.max(best, credit);
  }
  return best;
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
      advice:
        'Tell it as STAR: the situation and what was at stake, your task, what you did (say "I"), the result with a number, and what you learned.',
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
      advice:
        'Structure it: clarify requirements and scale, sketch the design, name the trade-offs, then walk through what fails and how you recover.',
    };
  }
  if (category === 'coding') {
    const parts = {
      approach: has(
        /\b(approach|iterate|loop|hash ?map|map|dictionary|set|sort|stack|queue|heap|pointer|binary search|recurs|dynamic programming|store|keep track|track|window|counter|bucket)/,
        s,
      ),
      complexity: has(/(o\(|complexity|linear|logarithmic|quadratic|constant time|time and space|big-o)/, s),
      edgeCases: has(/\b(edge case|empty|null|none|zero|negative|duplicate|overflow|invalid|boundary|concurren|race|malformed|missing)/, s),
      testing: has(/\b(test|assert|example input|unit test|check with)/, s),
    };
    const n = Object.values(parts).filter(Boolean).length;
    const missing = absent(parts);
    return {
      score: clamp(1 + n, 1, 5),
      comment: missing.length ? `Not covered: ${missing.join(', ')}.` : 'Approach, complexity, edge cases and testing are all there.',
      advice: 'Say the approach first, then its time and space complexity, then the edge cases and how you would test them.',
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
    advice: 'Explain it in two or three sentences, give a concrete example from your work, and say when it is the wrong choice.',
  };
}

const PART_NAMES: Record<string, string> = { tradeoffs: 'trade-offs', failures: 'failure modes', edgeCases: 'edge cases' };

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

  const { tokens, sentences } = analyse(answer);
  const f = features(answer, tokens, sentences);
  const lemmaSet = new Set([...contentLemmas(tokens), ...tokens.map((t) => normaliseLemma(t.normal))]);

  const foreign = tokens.filter((t) => FOREIGN_STOP.has(t.normal)).length;
  const nonLatin = (answer.match(/[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/gu) ?? []).length;
  if ((foreign >= 3 && foreign > f.words * 0.08) || nonLatin > answer.length * 0.3)
    notes.push(
      'This looks like it is not in English. I can only grade English answers for now — try answering in English, as you would in the interview.',
    );

  const credits = points.map((p) => pointCredit(p, lemmaSet));
  const totalWeight = points.reduce((s, p) => s + p.weight, 0) || 1;
  let coverage = points.reduce((s, p, i) => s + p.weight * credits[i], 0) / totalWeight;

  // Keyword lists: rubric terms strung together without sentences. Told apart from answers by
  // their shape (separators, no sentence ends) and by how much of them is rubric vocabulary.
  const rubricLemmas = new Set(points.flatMap((p) => p.phrases.flatMap((ph) => ph.lemmas)));
  const answerLemmas = contentLemmas(tokens);
  const rubricShare = answerLemmas.length ? answerLemmas.filter((l) => rubricLemmas.has(l)).length / answerLemmas.length : 0;
  const separators = (answer.match(/[,;/|•\n]/g) ?? []).length;
  const sentenceEnds = (answer.match(/[.!?](\s|$)/g) ?? []).length;
  const listShaped = separators / Math.max(1, f.words) > 0.12 && sentenceEnds <= Math.max(1, f.words / 40);
  const keywordList =
    f.words >= 8 &&
    (f.verbSentences === 0 || (listShaped && (rubricShare > 0.45 || f.stopRatio < 0.25)) || (rubricShare > 0.7 && f.stopRatio < 0.3));
  if (keywordList) {
    coverage *= 0.35;
    notes.push(
      'This reads as a list of keywords rather than an answer. Interviewers score explanations: say what you would do and why, in sentences.',
    );
  }
  const echo = jaccard(contentWords(answer), contentWords(q.text));
  const pastedBack = echo >= 0.6 || (q.text.toLowerCase().includes(answer.toLowerCase().replace(/[?.!\s]+$/, '')) && answer.length > 10);
  if (pastedBack) notes.push('That repeats the question rather than answering it. Start with your approach or your story.');
  const tooShort = f.words < 20;
  if (tooShort && !pastedBack)
    notes.push(`At ${f.words} word${f.words === 1 ? '' : 's'} this is too short to show what you know. Aim for a few sentences at least.`);
  const offTopic = !pastedBack && !tooShort && coverage < 0.08 && echo < 0.05;
  if (offTopic) notes.push("This doesn't seem to address the question. Re-read it and answer what it asks.");

  const structure = structureScore(q.category, f);
  let specificity = 1 + Math.min(1.5, f.numbers * 0.5) + Math.min(1.5, f.tools * 0.5) + (f.words >= 60 ? 0.5 : 0);
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
  let communication = f.words < 25 ? 1 : f.words < lo * 0.6 ? 2 : f.words < lo ? 3 : f.words <= hi ? 4 : 3;
  if (communication >= 3 && f.sentences >= 3 && avgSentence >= 8 && avgSentence <= 30) communication += 1;
  if (avgSentence > 45) communication -= 1;
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
  if (keywordList) score = Math.min(score, 30);
  score = clamp(Math.round(score), 0, 100);

  const covered = points.filter((_, i) => credits[i] >= 0.6).map((p) => p.point);
  const partial = points.filter((_, i) => credits[i] > 0 && credits[i] < 0.6).map((p) => p.point);
  const missingPts = points.filter((_, i) => credits[i] < 0.6);
  const missing = missingPts.map((p) => p.point);

  const strengths: string[] = [];
  if (covered.length && !keywordList && !pastedBack) strengths.push(`You covered ${covered.slice(0, 3).join('; ')}.`);
  if (crit.structure >= 4) strengths.push(q.category === 'behavioural' ? 'Clear STAR structure.' : 'Well structured.');
  if (crit.specificity >= 4) strengths.push('Specific: numbers and named tools make it believable.');
  if (crit.depth >= 4) strengths.push('Good depth: you reasoned about trade-offs and what can go wrong.');
  if (strengths.length === 0 && f.words >= 20 && !pastedBack && !offTopic) strengths.push('A start to build on.');

  const improvements: string[] = [];
  const topMissing = [...missingPts].sort((a, b) => b.weight - a.weight).slice(0, 2);
  for (const m of topMissing)
    improvements.push(`Add this key point: ${m.point}${partial.includes(m.point) ? ' (you touched on it — make it explicit)' : ''}.`);
  const weakest = (
    [
      ['structure', crit.structure, structure.advice],
      [
        'specificity',
        crit.specificity,
        q.category === 'behavioural'
          ? 'Add numbers and say what you did yourself: "I", not "we".'
          : 'Name the tools and give numbers (sizes, latencies, counts).',
      ],
      ['depth', crit.depth, 'Name a trade-off and a failure mode, and say why you chose what you chose.'],
      ['communication', crit.communication, `Aim for ${lo}–${hi} words in a few clear sentences.`],
    ] as const
  )
    .filter(([, v]) => v <= 3)
    .sort((a, b) => a[1] - b[1])[0];
  if (weakest && improvements.length < 3) improvements.push(weakest[2]);
  if (improvements.length === 0) improvements.push('Tighten it: lead with the conclusion, then the evidence.');

  return {
    score,
    criteria: [
      {
        name: CRITERIA[0],
        score: crit.coverage,
        comment: `${covered.length} of ${points.length} key points${partial.length ? `, ${partial.length} partly` : ''}.`,
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
