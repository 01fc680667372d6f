// How sure the reading is that each must-have is one a recruiter would call required. A must-have read from a
// requirements section's own line is usually right; one read from an ad with no requirements list, from prose, or from
// the job title alone is right about half the time. A small logistic model (data/models/jd-must.json), trained on the
// must-have labels of the dev ads (npm run train-jd-must), turns what the reading knows about each must-have into that
// chance. The ranking puts the surer ones' questions first; the must-have list itself is unchanged.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Taxonomy } from '../skills/taxonomy.ts';
import type { ParsedJd, RequirementSource } from './jd.ts';
import { REQUIREMENT_CUE } from './jd-sections.ts';
import { checkModelRows, modelLoader, softmax } from './linear-model.ts';

export const MustModel = z
  .object({
    kind: z.literal('jd-must'),
    version: z.number().int().positive(),
    trainedOn: z.string(),
    classes: z.tuple([z.literal('must'), z.literal('other')]),
    /** [feature, weight for must, weight for other]. */
    rows: z.array(z.tuple([z.string().min(1)]).rest(z.number().finite())),
  })
  .strict()
  .superRefine((m, ctx) => checkModelRows(m, ctx, () => 2, 'a row needs a weight for must and one for other'));
export type MustModel = z.infer<typeof MustModel>;

export const MUST_MODEL_FILE = fileURLToPath(new URL('../../../data/models/jd-must.json', import.meta.url));

export type MustClassifier = Map<string, readonly number[]>;

/** The share of the engine's must-haves that the dev labels call required: a must-have the model does not score counts as this sure. */
export const MUST_BASE_RATE = 0.74;

export function mustClassifierOf(m: MustModel): MustClassifier {
  return new Map(m.rows.map(([f, ...w]) => [f, w]));
}

/** The committed model (validated), or null when the file is missing or invalid: every must-have then counts the same. */
export const mustClassifier: (file?: string) => MustClassifier | null = modelLoader(MUST_MODEL_FILE, (json) =>
  mustClassifierOf(MustModel.parse(json)),
);

const SOURCES: readonly (RequirementSource | 'title')[] = [
  'heading',
  'section',
  'classifier',
  'guess',
  'duty',
  'prose',
  'no-list',
  'title',
];

/**
 * What the model reads of each must-have, feature → value: where its requirements were read (or the title alone); how
 * many requirement lines name it, how short the shortest is and how many skills it lists; whether one states years or
 * a requirement cue, whether the duties or the title name it, whether it is one of a list of alternatives; its place
 * in the list; its kind of skill; whether the ad has a list of nice-to-haves of its own.
 */
export function mustFeatures(jd: ParsedJd, taxonomy: Taxonomy): Map<string, Map<string, number>> {
  const inTitle = new Set(taxonomy.idsIn(jd.title, { language: jd.language }));
  const duties = new Set(jd.responsibilities.flatMap((line) => taxonomy.idsIn(line, { language: jd.language })));
  const niceList = jd.requirements.some((r) => r.kind === 'nice' && (r.source === 'section' || r.source === 'classifier'));
  const out = new Map<string, Map<string, number>>();
  jd.must.forEach((id, i) => {
    const reqs = jd.requirements.filter((r) => r.kind === 'must' && r.skills.includes(id));
    // (A skill no must-have requirement names and the title does not either — one the ad's duties stand in with — is
    // not scored: it is none of what the model learned from.)
    if (!reqs.length && !inTitle.has(id)) return;
    const f = new Map<string, number>([['bias', 1]]);
    const on = (name: string, value = 1) => {
      if (value) f.set(name, value);
    };
    for (const s of reqs.length ? new Set(reqs.map((r) => r.source)) : ['title' as const]) on(`from:${s}`);
    on('lines', Math.min(reqs.length, 4) / 4);
    if (reqs.length) {
      on('list', Math.log1p(Math.min(...reqs.map((r) => r.skills.length))));
      on('length', Math.log1p(Math.min(...reqs.map((r) => r.text.length))) / 7);
    }
    on('years', Number(reqs.some((r) => r.years !== undefined)));
    on('cue', Number(reqs.some((r) => REQUIREMENT_CUE.test(r.text))));
    on('title', Number(inTitle.has(id)));
    on('duty', Number(duties.has(id)));
    on('alternative', Number(jd.alternatives.some((g) => g.includes(id))));
    on('position', i / jd.must.length);
    on('musts', Math.log1p(jd.must.length));
    on(`kind:${taxonomy.get(id)?.category ?? 'none'}`);
    on('nice-list', Number(niceList));
    out.set(id, f);
  });
  return out;
}

/** The chance, by the model, that a must-have with these features is one a recruiter would call required. */
export function mustChance(model: MustClassifier, features: ReadonlyMap<string, number>): number {
  const z = [0, 0];
  for (const [name, x] of features) {
    const w = model.get(name);
    if (w) for (let k = 0; k < 2; k++) z[k] += w[k] * x;
  }
  return softmax(z)[0];
}

/** Each must-have's chance of being one a recruiter would call required (empty without a model). */
export function mustConfidence(jd: ParsedJd, taxonomy: Taxonomy, model: MustClassifier | null = mustClassifier()): Map<string, number> {
  const out = new Map<string, number>();
  if (!model) return out;
  for (const [id, features] of mustFeatures(jd, taxonomy)) out.set(id, mustChance(model, features));
  return out;
}

/** Problems with the model file (npm run check-data). */
export function checkMustModel(file = MUST_MODEL_FILE): { problems: string[]; features: number; kb: number } {
  const known = (name: string) => SOURCES.some((s) => name === `from:${s}`) || !name.startsWith('from:');
  try {
    const m = MustModel.parse(JSON.parse(readFileSync(file, 'utf8')));
    const unknown = m.rows.filter(([name]) => !known(name)).map(([name]) => name);
    return {
      problems: unknown.length ? [`${file}: unknown sources ${unknown.join(', ')}`] : [],
      features: m.rows.length,
      kb: Math.round(statSync(file).size / 1024),
    };
  } catch (e) {
    return { problems: [`${file}: ${(e as Error).message.split('\n')[0]} (npm run train-jd-must)`], features: 0, kb: 0 };
  }
}
