// npm run train-jd-must [-- --l2=1 --iterations=2000]
// Trains the must-have confidence model on the must-have labels of the DEV ads (eval/corpus/labels.yaml) and writes
// data/models/jd-must.json. First it measures, by cross-validation over five folds of sources (train on the other
// sources' ads, read these), how well the model orders the engine's must-haves (AUC: the chance that a labelled
// must-have scores above one the labels do not call required) against the list's own order. Held-out ads are never read.
import { writeFileSync } from 'node:fs';
import { MUST_MODEL_FILE, mustChance, mustClassifierOf } from '../src/core/profile/jd-must.ts';
import { loadTaxonomy } from '../src/core/skills/taxonomy.ts';
import { loadLabels } from './eval/labels.ts';
import { DEFAULT_MUST_TRAIN, type MustExample, mustExamples, mustModelJson, trainMust, trainMustFromLabels } from './jd-must/train.ts';
import { softmaxOptionsFromArgs } from './softmax-train.ts';

const opts = softmaxOptionsFromArgs(DEFAULT_MUST_TRAIN);
const tx = loadTaxonomy();
const examples = mustExamples(loadLabels().jds, tx);
const sources = [...new Set(examples.map((e) => e.source))].sort();
const FOLDS = 5;
const scored: { e: MustExample; p: number }[] = [];
for (let k = 0; k < FOLDS; k++) {
  const held = new Set(sources.filter((_, i) => i % FOLDS === k));
  const m = trainMust(
    examples.filter((e) => !held.has(e.source)),
    opts,
    '',
  );
  const model = mustClassifierOf(m);
  for (const e of examples.filter((x) => held.has(x.source))) scored.push({ e, p: mustChance(model, e.features) });
}
/** The chance that a labelled must-have scores above one the labels do not call required (ties count half). */
function auc(rows: { y: boolean; s: number }[]): number {
  const pos = rows.filter((r) => r.y);
  const neg = rows.filter((r) => !r.y);
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a.s > b.s ? 1 : a.s === b.s ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}
const right = examples.filter((e) => e.label === 'must').length;
console.log(
  `${examples.length} must-haves read in ${new Set(examples.map((e) => e.ad)).size} dev ads, ${sources.length} sources, ${FOLDS} folds by source`,
);
console.log(`labelled required: ${right} (${Math.round((100 * right) / examples.length)}%)`);
const fmt = (x: number) => x.toFixed(3);
console.log(
  `AUC, cross-validated: model ${fmt(auc(scored.map((r) => ({ y: r.e.label === 'must', s: r.p }))))}, the list's own order ${fmt(auc(scored.map((r) => ({ y: r.e.label === 'must', s: -(r.e.features.get('position') ?? 0) }))))}`,
);
const sorted = [...scored].sort((a, b) => a.p - b.p);
const quarter = Math.floor(sorted.length / 4);
const share = (rows: typeof scored) => `${Math.round((100 * rows.filter((r) => r.e.label === 'must').length) / rows.length)}%`;
console.log(
  `labelled required, by the model's quarter: lowest ${share(sorted.slice(0, quarter))}, highest ${share(sorted.slice(-quarter))}`,
);
const m = trainMustFromLabels(tx, opts);
writeFileSync(MUST_MODEL_FILE, mustModelJson(m));
console.log(`wrote ${MUST_MODEL_FILE}: ${m.rows.length} features`);
