import { z } from 'zod';

export const Track = z.enum([
  'general',
  'backend',
  'frontend',
  'fullstack',
  'data-engineering',
  'data-science',
  'ml',
  'devops',
  'mobile',
  'security',
  'qa',
  'sre',
  'recruiting',
  'sales',
  'product',
  'design',
  'operations',
  'customer-success',
  'technical-writing',
  'research',
  'communications',
]);
export type Track = z.infer<typeof Track>;

/** Engineering tracks: their loops code and design systems; every other track's loops talk. */
export const SOFTWARE_TRACKS: ReadonlySet<Track> = new Set([
  'backend',
  'frontend',
  'fullstack',
  'data-engineering',
  'data-science',
  'ml',
  'devops',
  'mobile',
  'security',
  'qa',
  'sre',
]);

export const Category = z.enum(['behavioural', 'coding', 'system-design', 'technical']);
export type Category = z.infer<typeof Category>;

export const Difficulty = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof Difficulty>;

export const Level = z.enum(['junior', 'mid', 'senior', 'staff']);
export type Level = z.infer<typeof Level>;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase-kebab');

/** One thing a good answer says; matched against answers by lemma and alias. */
export const RubricPoint = z
  .object({
    point: z.string().min(3).describe('The key point, as a short phrase a grader would tick off'),
    aliases: z.array(z.string().min(2)).min(1).describe('Other ways a candidate may phrase it'),
    weight: z.number().int().min(1).max(3).describe('1 = nice to have, 3 = essential'),
  })
  .strict();
export type RubricPoint = z.infer<typeof RubricPoint>;

export const AnswerStep = z
  .object({
    title: z.string().min(2).describe('Short name of this part of the answer'),
    points: z.array(z.string().min(3)).min(1).describe('What to say in this part'),
  })
  .strict();

export const AnswerStructure = z
  .object({
    principle: z.string().min(10).describe('The one idea a senior answer is built on'),
    steps: z.array(AnswerStep).min(2).describe('The parts of the answer, in order'),
    insight: z.string().min(10).describe('An operational insight that shows production experience'),
  })
  .strict();
export type AnswerStructure = z.infer<typeof AnswerStructure>;

/** One curated question (data/bank/*.yaml). */
export const BankQuestion = z
  .object({
    id: slug,
    text: z.string().min(15),
    tracks: z.array(Track).min(1),
    category: Category,
    difficulty: Difficulty,
    levels: z.array(Level).min(1).default(['junior', 'mid', 'senior', 'staff']),
    /** Skill names or aliases from the taxonomy; resolved at load time. */
    skills: z.array(z.string().min(1)).min(1),
    /** Short topic tags (payments, caching, conflict) used for signals and diversity. */
    topics: z.array(z.string().min(2)).default([]),
    criteria: z.array(z.string().min(3)).min(2),
    rubric: z.array(RubricPoint).min(4),
    redFlags: z.array(z.string().min(3)).min(1),
    answerStructure: AnswerStructure,
    followUps: z.array(z.string().min(10)).min(1),
  })
  .strict();
export type BankQuestion = z.infer<typeof BankQuestion>;

export const BankFile = z.array(BankQuestion);

/** Questions a candidate can ask the interviewer (data/ask.yaml). */
export const AskTheme = z
  .object({
    theme: z.string().min(3),
    /** Tracks or topics this theme suits; empty = everyone. */
    tracks: z.array(Track).default([]),
    /** Tracks a theme for everyone does not suit (no roadmap questions for an accountant). */
    except: z.array(Track).default([]),
    questions: z.array(z.string().min(10)).min(3),
  })
  .strict();
export const AskFile = z.array(AskTheme);

/** A likely interview loop for a track (data/loops.yaml). */
export const LoopTemplate = z
  .object({
    track: Track,
    rounds: z
      .array(
        z
          .object({
            name: z.string().min(3),
            minutes: z.number().int().min(10).max(240),
            categories: z.array(Category).min(1),
            focus: z.array(z.string().min(3)).min(1),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();
export const LoopFile = z.array(LoopTemplate);
export type LoopTemplate = z.infer<typeof LoopTemplate>;
export type AskTheme = z.infer<typeof AskTheme>;
