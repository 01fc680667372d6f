// Least-squares fitting and agreement figures for the concept-grading calibration.
import { pearson, quadraticKappa, spearman } from '../../src/core/practice/agreement.ts';

/** Ridge regression: weights (intercept first) minimising squared error + lambda·|w|² (intercept not penalised). */
export function ridge(xs: number[][], ys: number[], lambda = 0.1): number[] {
  const d = xs[0].length + 1;
  const a = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const b = new Array<number>(d).fill(0);
  for (let n = 0; n < xs.length; n++) {
    const row = [1, ...xs[n]];
    for (let i = 0; i < d; i++) {
      b[i] += row[i] * ys[n];
      for (let j = 0; j < d; j++) a[i][j] += row[i] * row[j];
    }
  }
  for (let i = 1; i < d; i++) a[i][i] += lambda * xs.length;
  return solve(a, b);
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    const piv = m[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / piv;
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((r, i) => r[n] / (r[i] || 1e-12));
}

/** RMSE of the human scores against a linear fit of the predictions (the "after a linear fit"). */
export function rmseAfterLinearFit(pred: number[], human: number[]): number {
  const [c, k] = ridge(
    pred.map((p) => [p]),
    human,
    0,
  );
  return Math.sqrt(pred.reduce((s, p, i) => s + (c + k * p - human[i]) ** 2, 0) / pred.length);
}

export function rmse(pred: number[], human: number[]): number {
  return Math.sqrt(pred.reduce((s, p, i) => s + (p - human[i]) ** 2, 0) / pred.length);
}

/** Agreement of 0–5 predictions with 0–5 human averages: both rounded to whole points for QWK. */
export function agreement(pred: number[], human: number[]) {
  const band = (x: number) => Math.max(0, Math.min(5, Math.round(x)));
  return {
    pearson: pearson(pred, human),
    spearman: spearman(pred, human),
    rmse: rmse(pred, human),
    rmseLinear: rmseAfterLinearFit(pred, human),
    qwk: quadraticKappa(pred.map(band), human.map(band), 6),
  };
}
