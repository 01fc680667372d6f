// The trainer the small models of job ads share (the track model, scripts/jd-track/train.ts; the must-have confidence
// model, scripts/jd-must/train.ts): a deterministic multinomial logistic regression by full-batch gradient descent, L2 on
// every weight but the bias, a fixed number of iterations, weights rounded to three places so the file is reproducible.
import { softmaxInPlace } from '../src/core/profile/linear-model.ts';

export interface SoftmaxExample<C extends string> {
  label: C;
  /** Feature → value; every example carries 'bias' → 1. */
  features: Map<string, number>;
}

export interface SoftmaxOptions {
  l2: number;
  learningRate: number;
  iterations: number;
  /** A feature must occur in this many training examples to be kept. */
  minDocs: number;
}

/** The defaults, with `--l2=` and `--iterations=` from the command line where given (the training scripts' options). */
export function softmaxOptionsFromArgs<T extends SoftmaxOptions>(defaults: T, argv: readonly string[] = process.argv): T {
  const arg = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return {
    ...defaults,
    ...(arg('l2') ? { l2: Number(arg('l2')) } : {}),
    ...(arg('iterations') ? { iterations: Number(arg('iterations')) } : {}),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000 || 0;

/** The trained rows, [feature, weight per class], for the classes in the given order; features whose weights all round to 0 are left out. */
export function trainSoftmax<C extends string>(
  examples: readonly SoftmaxExample<C>[],
  classes: readonly C[],
  options: SoftmaxOptions,
): [string, ...number[]][] {
  const docs = new Map<string, number>();
  for (const e of examples) for (const f of e.features.keys()) docs.set(f, (docs.get(f) ?? 0) + 1);
  const features = [...docs]
    .filter(([f, n]) => f === 'bias' || n >= options.minDocs)
    .map(([f]) => f)
    .sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const K = classes.length;
  const F = features.length;
  const X = examples.map((e) => [...e.features].flatMap(([f, x]) => (index.has(f) ? [[index.get(f) as number, x] as const] : [])));
  const Y = examples.map((e) => classes.indexOf(e.label));
  const bias = index.get('bias');
  const W = new Float64Array(F * K);
  const g = new Float64Array(F * K);
  const z = new Float64Array(K);
  const n = examples.length;
  for (let t = 0; t < options.iterations; t++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      z.fill(0);
      for (const [f, x] of X[i]) for (let k = 0; k < K; k++) z[k] += W[f * K + k] * x;
      softmaxInPlace(z);
      for (let k = 0; k < K; k++) {
        const d = (z[k] - (k === Y[i] ? 1 : 0)) / n;
        for (const [f, x] of X[i]) g[f * K + k] += d * x;
      }
    }
    for (let j = 0; j < F * K; j++) {
      const shrink = Math.floor(j / K) === bias ? 0 : (options.l2 * W[j]) / n;
      W[j] -= options.learningRate * (g[j] + shrink);
    }
  }
  const rows: [string, ...number[]][] = [];
  features.forEach((f, fi) => {
    const w = classes.map((_, k) => round(W[fi * K + k]));
    if (f === 'bias' || w.some((x) => x !== 0)) rows.push([f, ...w]);
  });
  return rows;
}

/** A model file: its header fields on their own lines, one row per line (diffs stay readable). */
export function modelFileJson(header: Record<string, unknown>, rows: readonly (readonly [string, ...number[]])[]): string {
  const head = JSON.stringify(header, null, 2).slice(0, -2);
  return `${head},\n  "rows": [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
}
