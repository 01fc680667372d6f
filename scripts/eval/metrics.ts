// Small, dependency-free metrics for the eval command.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Adds one document's expected and predicted sets to running micro-averaged counts. */
export function addCounts(acc: Counts, expected: Iterable<string>, got: Iterable<string>): Counts {
  const e = new Set(expected);
  const g = new Set(got);
  for (const x of g)
    if (e.has(x)) acc.tp++;
    else acc.fp++;
  for (const x of e) if (!g.has(x)) acc.fn++;
  return acc;
}

export function prf({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export { spearman } from '../../src/core/practice/agreement.ts';

export const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(0)}%` : 'n/a');
export const num = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
