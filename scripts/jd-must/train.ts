// Training data and trainer for the must-have confidence model (data/models/jd-must.json): every must-have the engine
// reads in a DEV ad of eval/corpus/labels.yaml, labelled 'must' when the ad's labels call it required and 'other' when
// they do not (nice to have, or not asked for), with the features src/core/profile/jd-must.ts reads.
import { normaliseText } from '../../src/core/profile/intake.ts';
import { parseJd } from '../../src/core/profile/jd.ts';
import { type MustModel, mustFeatures } from '../../src/core/profile/jd-must.ts';
import type { Taxonomy } from '../../src/core/skills/taxonomy.ts';
import { type JdLabel, loadLabels, readDoc } from '../eval/labels.ts';
import { sourceOf } from '../jd-lines/train.ts';
import { modelFileJson, type SoftmaxOptions, trainSoftmax } from '../softmax-train.ts';

export interface MustExample {
  ad: string;
  /** Where the ad comes from: the unit of cross-validation. */
  source: string;
  skill: string;
  label: 'must' | 'other';
  features: Map<string, number>;
}

export const DEFAULT_MUST_TRAIN: SoftmaxOptions = { l2: 1, learningRate: 0.5, iterations: 2000, minDocs: 5 };

/** The engine's must-haves of the dev ads as examples (held-out ads are never read here). */
export function mustExamples(jds: JdLabel[], tx: Taxonomy): MustExample[] {
  const canon = (s: string) => tx.resolve(s)?.id ?? s.toLowerCase();
  return jds
    .filter((l) => l.split === 'dev')
    .flatMap((l) => {
      const jd = parseJd(normaliseText(readDoc('jd', l.id)), tx);
      const labelled = new Set(l.must.map(canon));
      return [...mustFeatures(jd, tx)].map(([skill, features]) => ({
        ad: l.id,
        source: sourceOf(l),
        skill,
        label: labelled.has(skill) ? ('must' as const) : ('other' as const),
        features,
      }));
    });
}

export function trainMust(examples: MustExample[], options: SoftmaxOptions, trainedOn: string): MustModel {
  return {
    kind: 'jd-must',
    version: 1,
    trainedOn,
    classes: ['must', 'other'],
    rows: trainSoftmax(examples, ['must', 'other'], options) as MustModel['rows'],
  };
}

/** The model written to data/models/jd-must.json from the committed labels (the reproducibility test calls this). */
export function trainMustFromLabels(tx: Taxonomy, options: SoftmaxOptions = DEFAULT_MUST_TRAIN): MustModel {
  const examples = mustExamples(loadLabels().jds, tx);
  const ads = new Set(examples.map((e) => e.ad));
  const sources = new Set(examples.map((e) => e.source));
  return trainMust(
    examples,
    options,
    `${examples.length} must-haves of ${ads.size} dev ads of ${sources.size} sources (eval/corpus/labels.yaml, must)`,
  );
}

export function mustModelJson(m: MustModel): string {
  return modelFileJson({ kind: m.kind, version: m.version, trainedOn: m.trainedOn, classes: m.classes }, m.rows);
}
