import { z } from 'zod';

export const CRITERIA = ['Coverage', 'Structure', 'Specificity', 'Depth', 'Communication'] as const;

/** The grade JSON (DESIGN.md, Contracts): the offline grader and the LLM grader both return it. */
export const GradeSchema = z.object({
  score: z.number().int().min(0).max(100).describe('Overall score, 0 to 100'),
  criteria: z
    .array(
      z.object({
        name: z.enum(CRITERIA).describe('Criterion'),
        score: z.number().int().min(1).max(5).describe('1 = missing, 5 = excellent'),
        comment: z.string().describe('One sentence explaining the score'),
      }),
    )
    .describe('Per-criterion scores'),
  covered: z.array(z.string()).describe('Rubric key points the answer covers'),
  missing: z.array(z.string()).describe('Rubric key points the answer misses'),
  strengths: z.array(z.string()).describe('What the answer does well'),
  improvements: z.array(z.string()).describe('Two or three concrete improvements'),
  followUp: z.string().describe('One follow-up question, aimed at what is missing'),
  modelOutline: z.string().describe('An outline of a strong answer'),
  notes: z.array(z.string()).describe('Anything the candidate should know about how this was graded (capped, language, format)'),
});
export type Grade = z.infer<typeof GradeSchema>;

/** What the grader needs to know about a question. */
export interface GradableQuestion {
  text: string;
  category: 'behavioural' | 'coding' | 'system-design' | 'technical';
  rubric: { point: string; aliases: string[]; weight: number }[];
  redFlags?: string[];
  answerStructure?: { principle: string; steps: { title: string; points: string[] }[]; insight: string };
  followUps?: string[];
}
