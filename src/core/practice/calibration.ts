import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONCEPT_FEATURES } from './concept.ts';

/** The fitted map from concept features to the 0–5 scale (written by `npm run fit-grading`). */
export interface Calibration {
  features: string[];
  /** Intercept first, then one weight per feature. */
  weights: number[];
  fittedOn: string;
}

const FILE = fileURLToPath(new URL('../../../data/grading-calibration.json', import.meta.url));

/** Hand-set weights used only when the fitted file is absent (a clone without data/). */
const FALLBACK: Calibration = { features: [...CONCEPT_FEATURES], weights: [0.5, 0, 0, 0, 1, 0.2, 0, 3, 0, 0, 0], fittedOn: 'none' };

let cached: Calibration | undefined;

export function calibration(): Calibration {
  if (cached) return cached;
  try {
    const c = JSON.parse(readFileSync(FILE, 'utf8')) as Calibration;
    if (c.features.join() !== CONCEPT_FEATURES.join()) throw new Error('stale');
    cached = c;
  } catch {
    cached = FALLBACK;
  }
  return cached;
}

/** The calibrated grade on the 0–5 scale of human graders. */
export function toFivePoint(x: number[], c = calibration()): number {
  const y = c.weights[0] + x.reduce((s, v, i) => s + v * c.weights[i + 1], 0);
  return Math.max(0, Math.min(5, y));
}
