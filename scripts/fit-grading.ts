// Fits the concept grader's calibrated map (features → 0–5) on the development rows only and
// writes data/grading-calibration.json. Prints in-sample and leave-one-question-out agreement.
// Usage: npm run fit-grading   (needs ../shared/eval/unt-cs-dev.jsonl beside the repository)
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CONCEPT_FEATURES } from '../src/core/practice/concept.ts';
import { devInputs, evaluate, LAMBDA } from './bench/concept-eval.ts';
import { devSetPath, loadDevSet } from './bench/dev-set.ts';

const path = devSetPath();
const rows = loadDevSet(path);
if (!path || !rows) {
  console.error('No development rows: expected ../shared/eval/unt-cs-dev.jsonl beside the repository. Nothing written.');
  process.exit(1);
}
const e = evaluate(rows, devInputs(rows));
const round = (x: number) => Math.round(x * 10000) / 10000;
const out = {
  features: [...CONCEPT_FEATURES],
  weights: e.calibration.weights.map(round),
  fittedOn: `${basename(path)} (${rows.length} rows, ${new Set(rows.map((r) => r.question)).size} questions), ridge lambda ${LAMBDA}, fitted on the ${e.calibration.fittedOn}`,
  agreement: {
    inSample: Object.fromEntries(Object.entries(e.inSample).map(([k, v]) => [k, round(v)])),
    leaveOneQuestionOut: Object.fromEntries(Object.entries(e.loqo).map(([k, v]) => [k, round(v)])),
  },
};
writeFileSync('data/grading-calibration.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(JSON.stringify(out, null, 2));
