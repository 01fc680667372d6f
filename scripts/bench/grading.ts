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
  gradeLabelled(rows.slice(0, 3)); // warm the NLP model and rubric cache
  const { scores, human, predicted, ms } = gradeLabelled(rows);
  const exact = predicted.filter((p, i) => p === human[i]).length / rows.length;
  const mean = (l: number) => {
    const xs = scores.filter((_, i) => human[i] === l);
    return xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  };
  return [
    { name: `grading: labelled answers (${new Set(rows.map((r) => r.questionId)).size} questions)`, value: rows.length, unit: 'answers' },
    { name: 'grading: quadratic-weighted kappa vs labels', value: quadraticKappa(human, predicted, 3), unit: 'ratio', target: '>= 0.6' },
    { name: 'grading: Spearman (score vs label)', value: spearman(scores, human), unit: 'ratio' },
    { name: 'grading: exact band agreement', value: exact, unit: 'ratio' },
    { name: 'grading: mean score of weak / adequate / strong', value: mean(0), unit: `/ ${mean(1).toFixed(0)} / ${mean(2).toFixed(0)}` },
    { name: 'grading: p50 latency per answer', value: percentile(ms, 50), unit: 'ms', target: '<= 20' },
    { name: 'grading: p95 latency per answer', value: percentile(ms, 95), unit: 'ms' },
  ];
}
