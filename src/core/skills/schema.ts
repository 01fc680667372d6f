import { z } from 'zod';

/** Broad family a skill belongs to; drives grouping in reports and which track it signals. */
export const SkillCategory = z.enum([
  'language',
  'frontend',
  'backend',
  'database',
  'data',
  'ml',
  'cloud',
  'devops',
  'mobile',
  'security',
  'qa',
  'practice',
  'business',
  'behavioural',
]);
export type SkillCategory = z.infer<typeof SkillCategory>;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase-kebab');

/** One entry of the curated skills taxonomy (data/skills/*.yaml). */
export const SkillEntry = z
  .object({
    id: slug,
    name: z.string().min(1),
    category: SkillCategory,
    /** Other spellings, matched case-insensitively with punctuation kept significant ("node.js", "k8s", "ci/cd"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Another skill's spellings that name this one as well ("UX/UI" is both UX and UI design): a hit counts for both. */
    shared: z.array(z.string().min(1)).default([]),
    /** Spellings that only count with this exact case ("Go", "R", "C"); used for words that are also ordinary English. */
    exact: z.array(z.string().min(1)).default([]),
    /**
     * The name keeps its capitals mid-sentence though its family's names are common nouns ("our team depends on
     * Selenium", "on Scrum", but "on test automation"): a product's or a method's own name.
     */
    capitalised: z.boolean().default(false),
    /** The name is a common word: a case-insensitive hit only counts next to technical context. */
    ambiguous: z.boolean().default(false),
    /** Ids of skills whose experience transfers to this one (partial credit in the fit score). */
    adjacent: z.array(slug).default([]),
    /** Practices that using this tool proves ("Jenkins" → CI/CD, "pytest" → unit testing): a CV naming the tool shows them too. */
    implies: z.array(slug).default([]),
    /** What to review before an interview that tests this skill. */
    concepts: z.array(z.string().min(3)).min(2),
  })
  .strict();
export type SkillEntry = z.infer<typeof SkillEntry>;

export const SkillFile = z.array(SkillEntry);
