// Training data and trainer for the JD line classifier (data/models/jd-lines.json): the hand labels in
// eval/corpus/lines/<jd-id>.tsv, aligned with the lines the engine reads, and a deterministic multinomial
// logistic regression (full-batch gradient descent with Adam, L2, fixed iterations, rounded weights).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '../../src/core/profile/clean.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import {
  type FeatureContext,
  type JdLine,
  LINE_CLASSES,
  type LineClass,
  type LineModel,
  lineFeatures,
  linesOfText,
  ruleParts,
  skillCounts,
} from '../../src/core/profile/jd-lines.ts';
import { detectLanguage } from '../../src/core/profile/language.ts';
import { softmaxInPlace } from '../../src/core/profile/linear-model.ts';
import type { Taxonomy } from '../../src/core/skills/taxonomy.ts';
import { CORPUS_DIR, type JdLabel, loadLabels, readDoc } from '../eval/labels.ts';

export const LINES_DIR = join(CORPUS_DIR, 'lines');

export interface LabelledDoc {
  id: string;
  /** Where the ad comes from (the first word of its label group: sg, cds, dtd, …): the unit of cross-validation. */
  source: string;
  raw: string;
  lines: JdLine[];
  /** One class per line (headings included). */
  labels: LineClass[];
  language: string;
}

export function sourceOf(label: Pick<JdLabel, 'group'>): string {
  return label.group.split('-')[0];
}

/** The labelled dev ads, their lines checked against the engine's reading of the document. */
export function loadLabelledDocs(jds: JdLabel[], dir = LINES_DIR): LabelledDoc[] {
  if (!existsSync(dir)) return [];
  const byId = new Map(jds.map((j) => [j.id, j]));
  const out: LabelledDoc[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    const id = file.replace(/\.tsv$/, '');
    const label = byId.get(id);
    if (!label) throw new Error(`${file}: no such ad in labels.yaml`);
    if (label.split !== 'dev') throw new Error(`${file}: line labels are for dev ads only`);
    const rows = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((r) => r.split('\t'));
    const raw = normaliseText(readDoc('jd', id));
    const doc = cleanDocument(raw);
    const lines = linesOfText(doc.text);
    if (rows.length !== lines.length) throw new Error(`${file}: ${rows.length} labels for ${lines.length} lines`);
    rows.forEach(([cls, text], i) => {
      if (!LINE_CLASSES.includes(cls as LineClass)) throw new Error(`${file}:${i + 1}: unknown class ${cls}`);
      if (text !== lines[i].text.replace(/\t/g, ' ')) throw new Error(`${file}:${i + 1}: line differs from the document`);
    });
    const language = doc.meta.language && /^(en|fr|it|de|es|pt)$/.test(doc.meta.language) ? doc.meta.language : detectLanguage(doc.text);
    out.push({ id, source: sourceOf(label), raw, lines, labels: rows.map((r) => r[0] as LineClass), language });
  }
  return out;
}

export interface Example {
  doc: string;
  /** A copy of a line with its headings hidden (training only). */
  augmented?: boolean;
  features: string[];
  label: LineClass;
}

/** One example per non-heading line (heading lines are the heading rule's business). */
export function examplesOf(docs: LabelledDoc[], taxonomy: Taxonomy, augment = false): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    const variants: [JdLine[], boolean][] = [[d.lines, false]];
    // The same ad with headings the rules do not know: the words of each line must then carry its class
    // (a new employer's "What gets you in the door" is no heading the rules were written for).
    if (augment)
      variants.push([
        d.lines.map((l) => ({ ...l, heading: 'Section', parentHeading: '', ...(l.isHeading ? { text: '## Section' } : {}) })),
        true,
      ]);
    for (const [lines, augmented] of variants) {
      const ctx: FeatureContext = { language: d.language, rules: ruleParts(lines), skills: skillCounts(taxonomy, d.language) };
      lines.forEach((l, i) => {
        if (!l.isHeading) out.push({ doc: d.id, features: lineFeatures(lines, i, ctx), label: d.labels[i], augmented });
      });
    }
  }
  return out;
}

export interface TrainOptions {
  /** L2 penalty (on the mean log-loss). */
  l2: number;
  iterations: number;
  /** A feature must occur in at least this many training documents… */
  minDocs: number;
  /** …and this many sources (a feature one employer's template alone uses does not generalise). */
  minSources: number;
  learningRate: number;
  /** Train on heading-less copies of the ads too. */
  augment: boolean;
}
export const DEFAULT_TRAIN: TrainOptions = { l2: 0.01, iterations: 300, minDocs: 2, minSources: 3, learningRate: 0.05, augment: true };

const round = (x: number) => Math.round(x * 100) / 100 || 0;
/** "@hr=must" → ["@hr", "must"]; an ordinary feature → [name, undefined]. */
const pointer = (f: string): [string, string | undefined] => {
  if (f[0] !== '@') return [f, undefined];
  const eq = f.indexOf('=');
  return [f.slice(0, eq), f.slice(eq + 1)];
};

/** Fits the model; same examples and options → the same weights, bit for bit. */
export function train(
  examples: Example[],
  opts: TrainOptions = DEFAULT_TRAIN,
  trainedOn = '',
  sourceOfDoc?: (doc: string) => string,
): LineModel {
  const docsOf = new Map<string, Set<string>>();
  const sourcesOf = new Map<string, Set<string>>();
  for (const e of examples)
    for (const raw of e.features) {
      const [f] = pointer(raw);
      if (!docsOf.has(f)) docsOf.set(f, new Set());
      if (!sourcesOf.has(f)) sourcesOf.set(f, new Set());
      docsOf.get(f)?.add(e.doc);
      sourcesOf.get(f)?.add(sourceOfDoc ? sourceOfDoc(e.doc) : e.doc);
    }
  const features = [...docsOf.entries()]
    .filter(([f, s]) => f === 'bias' || (s.size >= opts.minDocs && (sourcesOf.get(f)?.size ?? 0) >= opts.minSources))
    .map(([f]) => f)
    .sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const classes = [...LINE_CLASSES];
  const K = classes.length;
  // Each example: ordinary feature indices, and pointer (feature index, class index) pairs.
  const X: number[][] = [];
  const P: [number, number][][] = [];
  for (const e of examples) {
    const xs: number[] = [];
    const ps: [number, number][] = [];
    for (const raw of e.features) {
      const [f, c] = pointer(raw);
      const fi = index.get(f);
      if (fi === undefined) continue;
      if (c === undefined) xs.push(fi);
      else if (classes.includes(c as LineClass)) ps.push([fi, classes.indexOf(c as LineClass)]);
    }
    X.push(xs);
    P.push(ps);
  }
  const Y = examples.map((e) => classes.indexOf(e.label));
  const F = features.length;
  // Pointer weights (agreement with the rules) and the class priors are not shrunk: they are few, and they transfer.
  const isPointer = features.map((f) => f[0] === '@');
  const W = new Float64Array(F * K);
  const m = new Float64Array(F * K);
  const v = new Float64Array(F * K);
  const g = new Float64Array(F * K);
  const n = examples.length;
  const b1 = 0.9;
  const b2 = 0.999;
  const z = new Float64Array(K);
  for (let t = 1; t <= opts.iterations; t++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      z.fill(0);
      for (const f of X[i]) for (let k = 0; k < K; k++) z[k] += W[f * K + k];
      for (const [f, k] of P[i]) z[k] += W[f * K];
      softmaxInPlace(z);
      for (let k = 0; k < K; k++) {
        const d = (z[k] - (k === Y[i] ? 1 : 0)) / n;
        for (const f of X[i]) g[f * K + k] += d;
      }
      for (const [f, k] of P[i]) g[f * K] += (z[k] - (k === Y[i] ? 1 : 0)) / n;
    }
    for (let j = 0; j < F * K; j++) {
      const grad = g[j] + (isPointer[Math.floor(j / K)] ? 0 : opts.l2) * W[j];
      m[j] = b1 * m[j] + (1 - b1) * grad;
      v[j] = b2 * v[j] + (1 - b2) * grad * grad;
      W[j] -= (opts.learningRate * (m[j] / (1 - b1 ** t))) / (Math.sqrt(v[j] / (1 - b2 ** t)) + 1e-8);
    }
  }
  const weights = features.map((f, fi) => (f[0] === '@' ? [round(W[fi * K])] : classes.map((_, k) => round(W[fi * K + k]))));
  // Features whose weights all round to zero carry nothing.
  const keep = features.map((f, i) => f === 'bias' || weights[i].some((w) => w !== 0));
  return {
    kind: 'jd-lines',
    version: 1,
    trainedOn,
    classes,
    rows: features.flatMap((f, i): LineModel['rows'] => (keep[i] ? [[f, ...weights[i]]] : [])),
  };
}

/** The model written to data/models/jd-lines.json from the committed labels (the reproducibility test calls this). */
export function trainFromLabels(tx: Taxonomy, options: TrainOptions = DEFAULT_TRAIN): LineModel {
  const labels = loadLabels();
  const docs = loadLabelledDocs(labels.jds);
  const source = new Map(docs.map((d) => [d.id, d.source]));
  const sources = [...new Set(docs.map((d) => d.source))].sort();
  return train(
    examplesOf(docs, tx, options.augment),
    options,
    `${docs.length} dev ads (${sources.join(', ')})`,
    (id) => source.get(id) ?? id,
  );
}

export function modelJson(m: LineModel): string {
  const rows = m.rows.map((r) => `    ${JSON.stringify(r)}`);
  const head = JSON.stringify({ kind: m.kind, version: m.version, trainedOn: m.trainedOn, classes: m.classes }, null, 2).slice(0, -2);
  // Features and weights as one [feature, ...weights] row a line: small diffs, and the schema's shape on load.
  return `${head},\n  "rows": [\n${rows.join(',\n')}\n  ]\n}\n`;
}
