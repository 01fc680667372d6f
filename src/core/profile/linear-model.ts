// What the trained readers of job ads share (the line classifier, jd-lines.ts, and the track model, jd-track.ts): the
// softmax of a multinomial logistic regression, and the checks every model file passes on load.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** Scores → probabilities, in place (the largest score subtracted first, so no exponent overflows). */
export function softmaxInPlace(scores: { length: number; [k: number]: number }): void {
  let max = -Infinity;
  for (let k = 0; k < scores.length; k++) max = Math.max(max, scores[k]);
  let sum = 0;
  for (let k = 0; k < scores.length; k++) sum += scores[k] = Math.exp(scores[k] - max);
  for (let k = 0; k < scores.length; k++) scores[k] /= sum;
}

/** Scores → probabilities. */
export function softmax(scores: readonly number[]): number[] {
  const p = [...scores];
  softmaxInPlace(p);
  return p;
}

/**
 * The checks of a model file's rows: one weight per class (`width` says how many a row needs), no feature twice, a bias,
 * no class twice. For a zod `superRefine`.
 */
export function checkModelRows(
  m: { classes: readonly string[]; rows: readonly (readonly [string, ...number[]])[] },
  ctx: z.RefinementCtx,
  width: (feature: string) => number,
  widthMessage: string,
): void {
  const names = m.rows.map((r) => r[0]);
  if (m.rows.some((r) => r.length - 1 !== width(r[0]))) ctx.addIssue({ code: 'custom', message: widthMessage });
  if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', message: 'duplicate feature' });
  if (!names.includes('bias')) ctx.addIssue({ code: 'custom', message: 'no bias feature' });
  if (new Set(m.classes).size !== m.classes.length) ctx.addIssue({ code: 'custom', message: 'duplicate class' });
}

/** The index of the largest value (the first, on a tie). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
  return best;
}

/**
 * A loader of a committed model file: read, validated and made ready once (`ready` turns the parsed file into a
 * scorer); null when the file is missing or invalid, so the reader falls back on its rules. Another file is read
 * each time it is asked for (tests).
 */
export function modelLoader<T>(committed: string, ready: (json: unknown) => T): (file?: string) => T | null {
  let cached: T | null | undefined;
  return (file = committed) => {
    if (cached !== undefined && file === committed) return cached;
    let out: T | null = null;
    try {
      out = ready(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      out = null;
    }
    if (file === committed) cached = out;
    return out;
  };
}
