// Grader accuracy against the hand-labelled answers, and grading latency.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { loadBank } from '../../src/core/bank/load.ts';
import { LABELS, type Label, labelOf, quadraticKappa, spearman } from '../../src/core/practice/agreement.ts';
import { gradeAnswer } from '../../src/core/practice/grader.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';
import { type Figure, percentile } from './stats.ts';

export interface Labelled {
  questionId: string;
  label: Label;
  answer: string;
}

export function loadLabelled(): Labelled[] {
  return yaml.load(readFileSync('tests/fixtures/grading/labelled.yaml', 'utf8')) as Labelled[];
}

/** Grades every labelled answer; returns the scores beside the human labels. */
export function gradeLabelled(rows: Labelled[]): { scores: number[]; human: number[]; predicted: number[]; ms: number[] } {
  const bank = loadBank(loadTaxonomy());
  const scores: number[] = [];
  const ms: number[] = [];
  for (const r of rows) {
    const q = bank.byId.get(r.questionId);
    if (!q) throw new Error(`labelled answer for unknown question ${r.questionId}`);
    const t = performance.now();
    scores.push(gradeAnswer(q, r.answer).score);
    ms.push(performance.now() - t);
  }
  return { scores, human: rows.map((r) => LABELS.indexOf(r.label)), predicted: scores.map((s) => LABELS.indexOf(labelOf(s))), ms };
}

export async function benchGrading(): Promise<Figure[]> {
  const rows = loadLabelled();
  gradeLabelled(rows); // warm the NLP model, word lists and per-question caches: latency is the steady state
  const { scores, human, predicted, ms } = gradeLabelled(rows);
  const exact = predicted.filter((p, i) => p === human[i]).length / rows.length;
  const mean = (l: number) => {
    const xs = scores.filter((_, i) => human[i] === l);
    return xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  };
  return [
    { name: `grading: labelled answers (${new Set(rows.map((r) => r.questionId)).size} questions)`, value: rows.length, unit: 'answers' },
    { name: 'grading: quadratic-weighted kappa vs labels', value: quadraticKappa(human, predicted, 3), unit: 'ratio', target: '>= 0.7' },
    { name: 'grading: Spearman (score vs label)', value: spearman(scores, human), unit: 'ratio' },
    { name: 'grading: exact band agreement', value: exact, unit: 'ratio' },
    { name: 'grading: mean score of weak / adequate / strong', value: mean(0), unit: `/ ${mean(1).toFixed(0)} / ${mean(2).toFixed(0)}` },
    { name: 'grading: p50 latency per answer', value: percentile(ms, 50), unit: 'ms', target: '<= 5' },
    { name: 'grading: p95 latency per answer', value: percentile(ms, 95), unit: 'ms' },
    ...(await benchConceptGrading()),
  ];
}

/** Concept-question grading against the human-graded dev rows (UNT), when they are beside the repo. */
export async function benchConceptGrading(): Promise<Figure[]> {
  const { devSetPath, loadDevSet } = await import('./dev-set.ts');
  const { devInputs, evaluate } = await import('./concept-eval.ts');
  const { referenceQuestion } = await import('../../src/cli/grade.ts');
  const { adversarialPassRate } = await import('./adversarial.ts');
  const figures: Figure[] = [];
  const adv = adversarialPassRate();
  figures.push({
    name: `grading: adversarial answers ranked as a fair grader would (${adv.total} checks)`,
    value: adv.rate,
    unit: 'ratio',
    target: '1.00',
  });
  for (const f of adv.failed) console.log(`  adversarial check failed: ${f.set}: ${f.check} (${f.detail})`);
  const path = devSetPath();
  const rows = loadDevSet(path);
  if (!path || !rows) {
    console.log('\n  (concept grading: no dev rows: ../shared/eval/unt-cs-dev.jsonl is not beside this repository; UNT figures skipped)');
    return figures;
  }
  // Memory and latency of the real path: gradeAnswer on each dev answer (loads the word vectors).
  const rssBefore = process.memoryUsage().rss;
  const questions = new Map(rows.map((r) => [r.question, referenceQuestion(r.question, r.reference)]));
  const ms: number[] = [];
  for (const r of rows) {
    const q = questions.get(r.question);
    if (!q) continue;
    const t = performance.now();
    gradeAnswer(q, r.answer);
    ms.push(performance.now() - t);
  }
  const rss = process.memoryUsage().rss - rssBefore;
  const e = evaluate(rows, devInputs(rows));
  const a = e.loqo;
  const b = e.inSample;
  figures.push(
    {
      name: `grading: UNT dev rows (${rows.length} answers, ${questions.size} questions) from ${path}`,
      value: rows.length,
      unit: 'answers',
    },
    { name: 'grading: UNT leave-one-question-out Pearson r', value: a.pearson, unit: 'ratio', target: '>= 0.60 held out' },
    { name: 'grading: UNT leave-one-question-out Spearman', value: a.spearman, unit: 'ratio' },
    { name: 'grading: UNT leave-one-question-out RMSE (0–5, after a linear fit)', value: a.rmseLinear, unit: 'points', target: '<= 0.90' },
    { name: 'grading: UNT leave-one-question-out RMSE (0–5, as predicted)', value: a.rmse, unit: 'points' },
    { name: 'grading: UNT leave-one-question-out QWK (whole points)', value: a.qwk, unit: 'ratio' },
    { name: 'grading: UNT in-sample Pearson r', value: b.pearson, unit: 'ratio' },
    { name: 'grading: UNT in-sample Spearman', value: b.spearman, unit: 'ratio' },
    { name: 'grading: UNT in-sample RMSE (0–5, after a linear fit)', value: b.rmseLinear, unit: 'points' },
    { name: 'grading: UNT in-sample QWK (whole points)', value: b.qwk, unit: 'ratio' },
    { name: 'grading: concept-mode p50 latency per answer (gradeAnswer)', value: percentile(ms, 50), unit: 'ms', target: '<= 5' },
    { name: 'grading: concept-mode p95 latency per answer', value: percentile(ms, 95), unit: 'ms' },
    { name: 'grading: RSS growth (word vectors + concept grading of the dev rows)', value: rss / 1e6, unit: 'MB', target: '<= 60' },
  );
  return figures;
}
