// Fitting and leave-one-question-out evaluation of the concept grader's calibrated map on the dev
// rows, through the same code path as gradeAnswer (analysis, calibrated map, then guards).
import { referenceQuestion } from '../../src/cli/grade.ts';
import type { Calibration } from '../../src/core/practice/calibration.ts';
import { CONCEPT_FEATURES, type ConceptAnalysis } from '../../src/core/practice/concept.ts';
import { type ConceptGuards, conceptFive } from '../../src/core/practice/concept-grade.ts';
import { conceptInputs } from '../../src/core/practice/grader.ts';
import type { DevRow } from './dev-set.ts';
import { agreement, ridge } from './fit.ts';

export const LAMBDA = 0.005;

export interface DevInput {
  analysis: ConceptAnalysis;
  guards: ConceptGuards;
}

export function devInputs(rows: DevRow[]): DevInput[] {
  const questions = new Map<string, ReturnType<typeof referenceQuestion>>();
  return rows.map((r) => {
    const key = `${r.question}\u0000${r.reference}`;
    const q = questions.get(key) ?? referenceQuestion(r.question, r.reference);
    questions.set(key, q);
    const input = conceptInputs(q, r.answer);
    if (!input) throw new Error(`${r.id}: the reference is too long for concept mode`);
    return input;
  });
}

/**
 * Fits the map on rows the guards leave alone (a guarded row's grade is set by its guard, so
 * fitting the line to it would only bend the line), then grades every row through the guards.
 */
export function fitCalibration(inputs: DevInput[], ys: number[], lambda = LAMBDA): Calibration {
  const free = inputs.map((_, i) => i).filter((i) => !conceptFive(inputs[i].analysis, inputs[i].guards).capped);
  const weights = ridge(
    free.map((i) => inputs[i].analysis.x),
    free.map((i) => ys[i]),
    lambda,
  );
  return { features: [...CONCEPT_FEATURES], weights, fittedOn: `${free.length} unguarded rows` };
}

/** In-sample and leave-one-question-out agreement of the full concept grading with the human grades. */
export function evaluate(rows: DevRow[], inputs: DevInput[], lambda = LAMBDA) {
  const ys = rows.map((r) => r.score);
  const grade = (i: number, c: Calibration) => conceptFive(inputs[i].analysis, inputs[i].guards, c).five;
  const all = fitCalibration(inputs, ys, lambda);
  const inSample = rows.map((_, i) => grade(i, all));
  const loqo = new Array<number>(rows.length);
  for (const q of new Set(rows.map((r) => r.question))) {
    const train = rows.map((_, i) => i).filter((i) => rows[i].question !== q);
    const c = fitCalibration(
      train.map((i) => inputs[i]),
      train.map((i) => ys[i]),
      lambda,
    );
    rows.forEach((r, i) => {
      if (r.question === q) loqo[i] = grade(i, c);
    });
  }
  return { calibration: all, inSample: agreement(inSample, ys), loqo: agreement(loqo, ys) };
}
