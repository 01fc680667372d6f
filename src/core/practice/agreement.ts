/** Agreement statistics: a grader against human labels, the engine against corpus labels (bench, eval). */

function ranks(xs: number[]): number[] {
  const idx = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(xs.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1][0] === idx[i][0]) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) r[idx[k][1]] = avg;
    i = j + 1;
  }
  return r;
}

/** Pearson's correlation; NaN when either side is constant. */
export function pearson(a: number[], b: number[]): number {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(a);
  const mb = mean(b);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i] - ma) * (b[i] - mb);
    da += (a[i] - ma) ** 2;
    db += (b[i] - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

/** Spearman's rank correlation: Pearson on tie-averaged ranks. */
export function spearman(a: number[], b: number[]): number {
  return pearson(ranks(a), ranks(b));
}

/** Quadratic-weighted Cohen's kappa over k ordinal classes 0..k-1. */
export function quadraticKappa(a: number[], b: number[], k: number): number {
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < a.length; i++) observed[a[i]][b[i]]++;
  const histA = observed.map((row) => row.reduce((s, x) => s + x, 0));
  const histB = observed[0].map((_, j) => observed.reduce((s, row) => s + row[j], 0));
  const n = a.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const w = (i - j) ** 2 / (k - 1) ** 2;
      num += w * observed[i][j];
      den += (w * histA[i] * histB[j]) / n;
    }
  return 1 - num / den;
}

export const LABELS = ['weak', 'adequate', 'strong'] as const;
export type Label = (typeof LABELS)[number];

/** Score bands shown to users: below 40 needs work, 40–64 adequate, 65+ strong. */
export function labelOf(score: number): Label {
  return score >= 65 ? 'strong' : score >= 40 ? 'adequate' : 'weak';
}
