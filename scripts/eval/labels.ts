// The evaluation corpus (eval/corpus): its label file, the zod schema it must satisfy, and file access.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { Track as BankTrack, Level } from '../../src/core/bank/schema.ts';

export const CORPUS_DIR = 'eval/corpus';

/** The corpus labels use the bank's tracks (the ones real ads needed were added to the bank). */
export const EvalTrack = BankTrack;
export const Split = z.enum(['dev', 'heldout']);
export type Split = z.infer<typeof Split>;
/** Expected fit bands, lowest first: the order Spearman is computed against. */
export const BANDS = ['career-change', 'weak', 'medium', 'strong'] as const;
export const Band = z.enum(BANDS);

const id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}-\\d{3}-[a-z0-9-]+$`));
const skillIds = z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/));
const text = z.string().min(1);
/** Later collection rounds (2 to 49): documents labelled blind and never tuned on when added; see eval/corpus/README.md. */
const Batch = z.union([
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
  z.literal(7),
  z.literal(8),
  z.literal(9),
  z.literal(10),
  z.literal(11),
  z.literal(12),
  z.literal(13),
  z.literal(14),
  z.literal(15),
  z.literal(16),
  z.literal(17),
  z.literal(18),
  z.literal(19),
  z.literal(20),
  z.literal(21),
  z.literal(22),
  z.literal(23),
  z.literal(24),
  z.literal(25),
  z.literal(26),
  z.literal(27),
  z.literal(28),
  z.literal(29),
  z.literal(30),
  z.literal(31),
  z.literal(32),
  z.literal(33),
  z.literal(34),
  z.literal(35),
  z.literal(36),
  z.literal(37),
  z.literal(38),
  z.literal(39),
  z.literal(40),
  z.literal(41),
  z.literal(42),
  z.literal(43),
  z.literal(44),
  z.literal(45),
  z.literal(46),
  z.literal(47),
  z.literal(48),
  z.literal(49),
]);

export const JdLabel = z
  .object({
    id: id('jd'),
    group: text,
    title: text,
    company: text,
    language: z.enum(['en', 'fr', 'it', 'de', 'es', 'pt', 'nl']),
    track: EvalTrack,
    seniority: Level,
    must: skillIds,
    must_extra: z.array(text),
    nice: skillIds,
    nice_extra: z.array(text),
    soft: skillIds,
    min_years: z.number().min(0).nullable(),
    process: z.array(text),
    pay: text.nullable(),
    location: text.nullable(),
    remote: text.nullable(),
    travel: text.nullable(),
    split: Split,
    /** Set on documents added in a later collection round (2 to 49; never tuned on when added); see eval/corpus/README.md. */
    batch: Batch.optional(),
  })
  .strict();
export type JdLabel = z.infer<typeof JdLabel>;

export const CvLabel = z
  .object({
    id: id('cv'),
    group: text,
    track: EvalTrack,
    seniority: Level.nullable(),
    years: z.number().min(0).nullable(),
    as_of: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    career_changer: z.boolean(),
    skills: skillIds,
    split: Split,
    batch: Batch.optional(),
  })
  .strict();
export type CvLabel = z.infer<typeof CvLabel>;

export const PairLabel = z.object({ id: text, jd: id('jd'), cv: id('cv'), band: Band, split: Split, batch: Batch.optional() }).strict();
export type PairLabel = z.infer<typeof PairLabel>;

export const Labels = z
  .object({ version: z.literal(1), jds: z.array(JdLabel), cvs: z.array(CvLabel), pairs: z.array(PairLabel) })
  .strict()
  .superRefine((l, ctx) => {
    const jds = new Map(l.jds.map((j) => [j.id, j]));
    const cvs = new Set(l.cvs.map((c) => c.id));
    for (const p of l.pairs) {
      if (!jds.has(p.jd)) ctx.addIssue({ code: 'custom', message: `pair ${p.id}: unknown JD ${p.jd}` });
      if (!cvs.has(p.cv)) ctx.addIssue({ code: 'custom', message: `pair ${p.id}: unknown CV ${p.cv}` });
      if (jds.get(p.jd) && jds.get(p.jd)?.split !== p.split)
        ctx.addIssue({ code: 'custom', message: `pair ${p.id}: split differs from its JD` });
    }
    for (const d of [...l.jds, ...l.cvs])
      if (d.split !== splitOf(d.group)) ctx.addIssue({ code: 'custom', message: `${d.id}: split is not the hash rule's` });
  });
export type Labels = z.infer<typeof Labels>;

/** The fixed split rule of labels.yaml: sha1('v1:' + group), first 8 hex digits, mod 10 >= 7 is held out. */
export function splitOf(group: string): Split {
  const h = createHash('sha1').update(`v1:${group}`).digest('hex');
  return Number.parseInt(h.slice(0, 8), 16) % 10 < 7 ? 'dev' : 'heldout';
}

export function loadLabels(dir = CORPUS_DIR): Labels {
  return Labels.parse(yaml.load(readFileSync(join(dir, 'labels.yaml'), 'utf8')));
}

/** Corpus files of one kind, by id (the file name without its extension). */
export function corpusFiles(kind: 'jd' | 'cv', dir = CORPUS_DIR): Map<string, string> {
  const files = readdirSync(join(dir, kind)).sort();
  return new Map(files.map((f) => [f.replace(/\.[a-z]+$/, ''), join(dir, kind, f)]));
}

export function readDoc(kind: 'jd' | 'cv', docId: string, dir = CORPUS_DIR): string {
  const path = corpusFiles(kind, dir).get(docId);
  if (!path) throw new Error(`no ${kind} file for ${docId}`);
  return readFileSync(path, 'utf8');
}

/** A second labeller's blind labels for a sample of the ads (inter-annotator agreement; eval/corpus/agreement). */
export const SecondJdLabel = z
  .object({
    id: id('jd'),
    track: EvalTrack,
    seniority: Level,
    min_years: z.number().min(0).nullable(),
    must: skillIds,
    must_extra: z.array(text),
    nice: skillIds,
    nice_extra: z.array(text),
    soft: skillIds,
  })
  .strict();
export type SecondJdLabel = z.infer<typeof SecondJdLabel>;
export const SecondLabels = z.object({ version: z.literal(1), jds: z.array(SecondJdLabel) }).strict();

export function loadSecondLabels(dir = CORPUS_DIR): SecondJdLabel[] {
  return SecondLabels.parse(yaml.load(readFileSync(join(dir, 'agreement', 'second-labels.yaml'), 'utf8'))).jds;
}

/** A second labeller's blind fit band for a sample of the pairs (agreement on fit; eval/corpus/agreement/second-bands.yaml). */
export const SecondBand = z.object({ id: text, band: Band, labeller: z.enum(['A', 'B']), note: text }).strict();
export type SecondBand = z.infer<typeof SecondBand>;
export const SecondBands = z.object({ version: z.literal(1), pairs: z.array(SecondBand) }).strict();

export function loadSecondBands(dir = CORPUS_DIR): SecondBand[] {
  return SecondBands.parse(yaml.load(readFileSync(join(dir, 'agreement', 'second-bands.yaml'), 'utf8'))).pairs;
}
