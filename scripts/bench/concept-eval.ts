// Leave-one-question-out evaluation of the concept grader's calibration on the dev rows.
import { analyseConcept } from '../../src/core/practice/concept.ts';
import type { DevRow } from './dev-set.ts';
import { agreement, ridge } from './fit.ts';

export const LAMBDA = 0.005;

export function predict(w: number[], x: number[]): number {
  return Math.max(0, Math.min(5, w[0] + x.reduce((s, v, i) => s + v * w[i + 1], 0)));
}

export function devFeatures(rows: DevRow[]): number[][] {
  return rows.map((r) => analyseConcept(r.question, r.reference, r.answer).x);
}

/** Fits on all rows (in-sample) and on all but one question at a time (LOQO). */
export function evaluate(rows: DevRow[], xs: number[][], lambda = LAMBDA) {
  const ys = rows.map((r) => r.score);
  const w = ridge(xs, ys, lambda);
  const inSample = xs.map((x) => predict(w, x));
  const loqo = new Array<number>(rows.length);
  for (const q of new Set(rows.map((r) => r.question))) {
    const train = rows.map((_, i) => i).filter((i) => rows[i].question !== q);
    const wq = ridge(
      train.map((i) => xs[i]),
      train.map((i) => ys[i]),
      lambda,
    );
    rows.forEach((r, i) => {
      if (r.question === q) loqo[i] = predict(wq, xs[i]);
    });
  }
  return { weights: w, inSample: agreement(inSample, ys), loqo: agreement(loqo, ys) };
}
