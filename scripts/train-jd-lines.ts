// npm run train-jd-lines [-- --cv-only] [-- --folds=5 (default; 0 = leave one source out)] [-- --l2=0.05 --min-sources=2 --mode=hybrid --veto=0.6 --unknown-heading=0.5]
// Trains the JD line classifier on the hand line labels of the DEV ads (eval/corpus/lines) and writes
// data/models/jd-lines.json. First it measures, by cross-validation on those dev ads by source (train on the other
// employers' ads, read these employers'): line accuracy and macro-F1, and the must-have
// skill F1 of the engine (parseJd) with the classifier against the hand rules. Held-out ads are never read.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { LINE_READING, type LineMode, parseJd } from '../src/core/profile/jd.ts';
import { classifierOf, classifyLine, LINE_CLASSES, LINE_MODEL_FILE, type LineClass } from '../src/core/profile/jd-lines.ts';
import { loadTaxonomy, type Taxonomy } from '../src/core/skills/taxonomy.ts';
import { type JdLabel, loadLabels } from './eval/labels.ts';
import { addCounts, type Counts, num, prf } from './eval/metrics.ts';
import {
  DEFAULT_TRAIN,
  type Example,
  examplesOf,
  type LabelledDoc,
  loadLabelledDocs,
  modelJson,
  type TrainOptions,
  train,
  trainFromLabels,
} from './jd-lines/train.ts';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const opts: TrainOptions = {
  ...DEFAULT_TRAIN,
  ...(arg('l2') ? { l2: Number(arg('l2')) } : {}),
  ...(arg('min-sources') ? { minSources: Number(arg('min-sources')) } : {}),
  ...(arg('min-docs') ? { minDocs: Number(arg('min-docs')) } : {}),
  ...(arg('iterations') ? { iterations: Number(arg('iterations')) } : {}),
  ...(arg('augment') ? { augment: arg('augment') === 'yes' } : {}),
};
const MODES: LineMode[] = ['rules', 'model', 'hybrid', 'veto'];

interface CvResult {
  lineAccuracy: number;
  macroF1: number;
  perClass: Map<LineClass, Counts>;
  must: Record<LineMode, Counts>;
  nice: Record<LineMode, Counts>;
  /** Must-have counts on the ads of corpus batch 2 alone (sources the hand rules were never tuned on). */
  mustNew: Record<LineMode, Counts>;
}

/** A source's fold of `folds` (by a hash of its name), or the source itself when every source is its own fold. */
const foldOf = (source: string, folds?: number) =>
  folds ? String(Number.parseInt(createHash('sha1').update(`k:${source}`).digest('hex').slice(0, 8), 16) % folds) : source;

/**
 * Cross-validation by source on the labelled dev ads: leave one source out, or (with `folds`) leave out one of that many
 * groups of sources — with 160 sources and more, a model per source takes too long.
 */
export function crossValidate(
  docs: LabelledDoc[],
  jds: JdLabel[],
  tx: Taxonomy,
  options: TrainOptions,
  modes = MODES,
  folds?: number,
): CvResult {
  const byId = new Map(jds.map((j) => [j.id, j]));
  const canon = (s: string) => tx.resolve(s)?.id ?? s.toLowerCase();
  const source = new Map(docs.map((d) => [d.id, d.source]));
  const fold = new Map(docs.map((d) => [d.id, foldOf(d.source, folds)]));
  const examples = examplesOf(docs, tx, options.augment);
  const perClass = new Map<LineClass, Counts>(LINE_CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const must = Object.fromEntries(modes.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])) as Record<LineMode, Counts>;
  const nice = Object.fromEntries(modes.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])) as Record<LineMode, Counts>;
  const mustNew = Object.fromEntries(modes.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])) as Record<LineMode, Counts>;
  let right = 0;
  let total = 0;
  for (const s of [...new Set(fold.values())].sort()) {
    const trainSet: Example[] = examples.filter((e) => fold.get(e.doc) !== s);
    const classifier = classifierOf(train(trainSet, options, '', (id) => source.get(id) ?? id));
    for (const e of examples.filter((x) => fold.get(x.doc) === s && !x.augmented)) {
      const got = classifyLine(classifier, e.features).cls;
      total++;
      if (got === e.label) {
        right++;
        (perClass.get(got) as Counts).tp++;
      } else {
        (perClass.get(got) as Counts).fp++;
        (perClass.get(e.label) as Counts).fn++;
      }
    }
    for (const d of docs.filter((x) => fold.get(x.id) === s)) {
      const label = byId.get(d.id) as JdLabel;
      for (const mode of modes) {
        const jd = parseJd(d.raw, tx, { lines: mode === 'rules' ? null : classifier, mode });
        addCounts(must[mode], label.must.map(canon), jd.must);
        if (label.batch === 2) addCounts(mustNew[mode], label.must.map(canon), jd.must);
        addCounts(nice[mode], label.nice.map(canon), jd.nice);
      }
    }
  }
  const seen = [...perClass.entries()].filter(([, c]) => c.tp + c.fn > 0);
  const macroF1 = seen.reduce((a, [, c]) => a + prf(c).f1, 0) / seen.length;
  return { lineAccuracy: right / total, macroF1, perClass, must, nice, mustNew };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tx = loadTaxonomy();
  const labels = loadLabels();
  const docs = loadLabelledDocs(labels.jds);
  const sources = [...new Set(docs.map((d) => d.source))].sort();
  console.log(`line labels: ${docs.length} dev ads, ${docs.reduce((a, d) => a + d.lines.length, 0)} lines; sources ${sources.join(', ')}`);
  console.log(`options: ${JSON.stringify(opts)}`);
  // Engine choices to compare: --veto=0.7 --soft=must|behavioural --prose=no --duty=no
  if (arg('veto')) LINE_READING.veto = Number(arg('veto'));
  if (arg('unknown-heading')) LINE_READING.unknownHeading = Number(arg('unknown-heading'));
  if (arg('soft')) LINE_READING.softBehaviouralOnly = arg('soft') === 'behavioural';
  if (arg('prose')) LINE_READING.proseRequirements = arg('prose') === 'yes';
  if (arg('duty')) LINE_READING.dutyRequirements = arg('duty') === 'yes';
  if (arg('grouped')) LINE_READING.grouped = arg('grouped') === 'yes';
  console.log(`engine: ${JSON.stringify(LINE_READING)}`);
  // Five folds of sources by default: a model per source (--folds=0) takes over an hour with 164 sources.
  const folds = arg('folds') === undefined ? 5 : Number(arg('folds')) || undefined;
  const cv = crossValidate(docs, labels.jds, tx, opts, MODES, folds);
  const scheme = folds ? `${folds}-fold-by-source` : 'leave-one-source-out';
  console.log(`\n${scheme} CV (dev only): line accuracy ${num(cv.lineAccuracy)}, macro-F1 ${num(cv.macroF1)}`);
  for (const [c, k] of cv.perClass) if (k.tp + k.fn) console.log(`  ${c.padEnd(10)} F1 ${num(prf(k).f1)} (n ${k.tp + k.fn})`);
  console.log('engine must-have F1 (P / R) by how lines are read, each ad read by a model that never saw its source:');
  for (const mode of MODES) {
    const m = prf(cv.must[mode]);
    console.log(
      `  ${mode.padEnd(7)} must ${num(m.f1, 3)} (P ${num(m.precision)} / R ${num(m.recall)})   nice ${num(prf(cv.nice[mode]).f1, 3)}   must on batch-2 sources only ${num(prf(cv.mustNew[mode]).f1, 3)}`,
    );
  }
  if (!process.argv.includes('--cv-only')) {
    const model = trainFromLabels(tx, opts);
    const json = modelJson(model);
    writeFileSync(LINE_MODEL_FILE, json);
    console.log(`\nwrote ${LINE_MODEL_FILE}: ${model.rows.length} features, ${(json.length / 1024).toFixed(0)} KB`);
  }
}
