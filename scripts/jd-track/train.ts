// Training data and trainer for the JD track model (data/models/jd-track.json): the track labels of the DEV ads in
// eval/corpus/labels.yaml, the features the engine reads (src/core/profile/jd-track.ts), and a deterministic multinomial
// logistic regression (full-batch gradient descent, L2 on every weight but the bias, fixed iterations, rounded weights).
import type { Track } from '../../src/core/bank/schema.ts';
import { cleanDocument } from '../../src/core/profile/clean.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { adText, parseJd } from '../../src/core/profile/jd.ts';
import { type TrackModel, trackFeatures } from '../../src/core/profile/jd-track.ts';
import { softmaxInPlace } from '../../src/core/profile/linear-model.ts';
import type { Taxonomy } from '../../src/core/skills/taxonomy.ts';
import { type JdLabel, loadLabels, readDoc } from '../eval/labels.ts';

export interface TrackExample {
  id: string;
  /** Where the ad comes from (the first word of its label group): the unit of cross-validation. */
  source: string;
  label: Track;
  /** The track the title and skill rules read (general when they find none). */
  ruled: Track;
  features: Map<string, number>;
}

export interface TrackTrainOptions {
  l2: number;
  learningRate: number;
  iterations: number;
  /** A feature must occur in this many training ads to be kept. */
  minDocs: number;
}

export const DEFAULT_TRACK_TRAIN: TrackTrainOptions = { l2: 1, learningRate: 0.3, iterations: 1500, minDocs: 2 };

/** The dev ads as training examples (held-out ads are never read here). */
export function trackExamples(jds: JdLabel[], tx: Taxonomy): TrackExample[] {
  return jds
    .filter((l) => l.split === 'dev')
    .map((l) => {
      const raw = normaliseText(readDoc('jd', l.id));
      const jd = parseJd(raw, tx, { track: null });
      const { text } = adText(cleanDocument(raw));
      return {
        id: l.id,
        source: l.group.split('-')[0],
        label: l.track as Track,
        ruled: jd.track,
        features: trackFeatures(jd.title, text, jd.must, jd.mentioned, tx),
      };
    });
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function trainTrack(examples: TrackExample[], options: TrackTrainOptions, trainedOn: string): TrackModel {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
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
  const rows: TrackModel['rows'] = [];
  features.forEach((f, fi) => {
    const w = classes.map((_, k) => round(W[fi * K + k]));
    if (f === 'bias' || w.some((x) => x !== 0)) rows.push([f, ...w]);
  });
  return { kind: 'jd-track', version: 1, trainedOn, classes, rows };
}

/** The model written to data/models/jd-track.json from the committed labels (the reproducibility test calls this). */
export function trainTrackFromLabels(tx: Taxonomy, options: TrackTrainOptions = DEFAULT_TRACK_TRAIN): TrackModel {
  const examples = trackExamples(loadLabels().jds, tx);
  const sources = new Set(examples.map((e) => e.source));
  return trainTrack(examples, options, `${examples.length} dev ads of ${sources.size} sources (eval/corpus/labels.yaml, track)`);
}

export function trackModelJson(m: TrackModel): string {
  const rows = m.rows.map((r) => `    ${JSON.stringify(r)}`);
  const head = JSON.stringify({ kind: m.kind, version: m.version, trainedOn: m.trainedOn, classes: m.classes }, null, 2).slice(0, -2);
  return `${head},\n  "rows": [\n${rows.join(',\n')}\n  ]\n}\n`;
}
