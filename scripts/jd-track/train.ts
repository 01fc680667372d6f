// Training data and trainer for the JD track model (data/models/jd-track.json): the track labels of the DEV ads in
// eval/corpus/labels.yaml, the features the engine reads (src/core/profile/jd-track.ts), and a deterministic multinomial
// logistic regression (full-batch gradient descent, L2 on every weight but the bias, fixed iterations, rounded weights).
import type { Track } from '../../src/core/bank/schema.ts';
import { cleanDocument } from '../../src/core/profile/clean.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { adText, parseJd } from '../../src/core/profile/jd.ts';
import { type TrackModel, trackFeatures } from '../../src/core/profile/jd-track.ts';
import type { Taxonomy } from '../../src/core/skills/taxonomy.ts';
import { type JdLabel, loadLabels, readDoc } from '../eval/labels.ts';
import { modelFileJson, type SoftmaxOptions, trainSoftmax } from '../softmax-train.ts';

export interface TrackExample {
  id: string;
  /** Where the ad comes from (the first word of its label group): the unit of cross-validation. */
  source: string;
  label: Track;
  /** The track the title and skill rules read (general when they find none). */
  ruled: Track;
  features: Map<string, number>;
}

export type TrackTrainOptions = SoftmaxOptions;

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

export function trainTrack(examples: TrackExample[], options: TrackTrainOptions, trainedOn: string): TrackModel {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  return { kind: 'jd-track', version: 1, trainedOn, classes, rows: trainSoftmax(examples, classes, options) as TrackModel['rows'] };
}

/** The model written to data/models/jd-track.json from the committed labels (the reproducibility test calls this). */
export function trainTrackFromLabels(tx: Taxonomy, options: TrackTrainOptions = DEFAULT_TRACK_TRAIN): TrackModel {
  const examples = trackExamples(loadLabels().jds, tx);
  const sources = new Set(examples.map((e) => e.source));
  return trainTrack(examples, options, `${examples.length} dev ads of ${sources.size} sources (eval/corpus/labels.yaml, track)`);
}

export function trackModelJson(m: TrackModel): string {
  return modelFileJson({ kind: m.kind, version: m.version, trainedOn: m.trainedOn, classes: m.classes }, m.rows);
}
