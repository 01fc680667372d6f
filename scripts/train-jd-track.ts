// npm run train-jd-track [-- --l2=1 --iterations=1500]
// Trains the JD track model on the track labels of the DEV ads (eval/corpus/labels.yaml) and writes
// data/models/jd-track.json. First it measures, by cross-validation over ten folds of sources (train on the other
// sources' ads, read these), the model alone and the engine (the title and skill rules, the model where they name
// no track) against the rules alone. Held-out ads are never read.
import { writeFileSync } from 'node:fs';
import { classifyTrack, TRACK_MODEL_FILE, trackClassifierOf } from '../src/core/profile/jd-track.ts';
import { loadTaxonomy } from '../src/core/skills/taxonomy.ts';
import { loadLabels } from './eval/labels.ts';
import { DEFAULT_TRACK_TRAIN, trackExamples, trackModelJson, trainTrack, trainTrackFromLabels } from './jd-track/train.ts';
import { softmaxOptionsFromArgs } from './softmax-train.ts';

const opts = softmaxOptionsFromArgs(DEFAULT_TRACK_TRAIN);
const tx = loadTaxonomy();
const examples = trackExamples(loadLabels().jds, tx);
const sources = [...new Set(examples.map((e) => e.source))].sort();
const FOLDS = 10;
let model = 0;
let rules = 0;
let engine = 0;
let general = 0;
let generalRight = 0;
for (let k = 0; k < FOLDS; k++) {
  const held = new Set(sources.filter((_, i) => i % FOLDS === k));
  const c = trackClassifierOf(
    trainTrack(
      examples.filter((e) => !held.has(e.source)),
      opts,
      '',
    ),
  );
  for (const e of examples.filter((x) => held.has(x.source))) {
    const read = classifyTrack(c, e.features).track;
    model += Number(read === e.label);
    rules += Number(e.ruled === e.label);
    const combined = e.ruled === 'general' ? read : e.ruled;
    engine += Number(combined === e.label);
    if (e.ruled === 'general') {
      general++;
      generalRight += Number(read === e.label);
    }
  }
}
const pct = (x: number) => `${Math.round((1000 * x) / examples.length) / 10}%`;
console.log(`${examples.length} dev ads, ${sources.length} sources, ${FOLDS} folds by source`);
console.log(`track accuracy: model alone ${pct(model)}, rules alone ${pct(rules)}, rules + model where they name none ${pct(engine)}`);
console.log(`ads the rules call general: ${general}; the model reads ${generalRight} of them as labelled`);
const m = trainTrackFromLabels(tx, opts);
writeFileSync(TRACK_MODEL_FILE, trackModelJson(m));
console.log(`wrote ${TRACK_MODEL_FILE}: ${m.classes.length} classes, ${m.rows.length} features`);
