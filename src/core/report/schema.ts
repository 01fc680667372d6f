import { z } from 'zod';
import { Category, Difficulty, Level, Track } from '../bank/schema.ts';

const s = (d: string) => z.string().describe(d);

export const RoleSection = z
  .object({
    title: s('Job title as written in the job description'),
    company: s('Company name as written in the job description; empty when not stated'),
    team: s('Team or group named in the job description; empty when not stated'),
    seniority: Level.describe('Seniority the role is pitched at'),
    track: Track.describe('Interview track the role belongs to'),
  })
  .describe('The role being interviewed for');

export const FitComponent = z.object({
  name: s('Component of the fit score'),
  weight: z.number().min(0).max(1).describe('Share of the total score this component carries'),
  value: z.number().min(0).max(1).describe('How well the CV meets this component, 0 to 1'),
  note: s('One sentence explaining the value'),
});

export const FitSection = z
  .object({
    score: z.number().int().min(0).max(100).describe('Overall fit, 0 to 100 (deterministic formula, see README)'),
    label: z
      .enum(['strong', 'good', 'partial', 'weak', 'career-change'])
      .describe('Plain-words band of the score; career-change when the CV is from a different profession (an absolute band)'),
    summary: s('Two or three sentences explaining the score'),
    components: z.array(FitComponent).describe('The weighted parts the score is made of'),
    matched: z
      .array(
        z.object({
          skill: s('Required skill'),
          kind: z.enum(['must', 'nice']).describe('Whether the job requires it or would like it'),
          evidence: s('The CV line that proves it, quoted verbatim'),
          strength: z.enum(['experience', 'summary', 'listed']).describe('Where the CV shows it'),
        }),
      )
      .describe('Requirements the CV shows directly'),
    adjacent: z
      .array(
        z.object({
          skill: s('Required skill the CV does not show'),
          kind: z.enum(['must', 'nice']),
          via: s('Related skill the CV does show, which transfers'),
          evidence: s('The CV line showing the related skill, verbatim'),
        }),
      )
      .describe('Requirements covered only by a transferable skill'),
    missing: z
      .array(
        z.object({
          skill: s('Requirement with no evidence in the CV'),
          kind: z.enum(['must', 'nice']),
          requirement: s('The job description line asking for it'),
        }),
      )
      .describe('Requirements with no evidence in the CV'),
    years: z.object({
      required: z.number().nullable().describe('Years the job asks for, if stated'),
      cv: z.number().describe('Years of experience in the CV'),
      stated: z.boolean().optional().describe('False when the CV gives no dates or total: experience not stated, not zero'),
    }),
    careerChange: z
      .object({
        from: s('The profession the CV shows'),
        to: s("The role's profession"),
        transfers: z.array(s('A skill or strength that carries over')),
        plan: z.array(s('A step of the plan for the move')),
      })
      .nullable()
      .optional()
      .describe('Set when the CV is from a different profession: what transfers and a plan for the move'),
  })
  .describe('How well the CV fits the job description');

export const OverviewSection = z
  .object({
    summary: s('A short paragraph: the role, the fit and what the interview will probably test'),
    strengths: z.array(s('A strength to lead with')).describe('Top strengths for this role'),
    watchouts: z.array(s('A weak spot the interviewers will probe')).describe('Top weak spots'),
    logistics: z
      .object({
        pay: z.array(s('What the ad says about pay, quoted')),
        location: z.array(s('What the ad says about place, quoted')),
        remote: z.array(s('What the ad says about remote or hybrid work, quoted')),
        travel: z.array(s('What the ad says about travel, quoted')),
      })
      .optional()
      .describe('Practical terms the ad states: pay, location, remote share, travel'),
  })
  .describe('The report at a glance');

export const Highlight = z.object({
  quote: s('A CV line, quoted verbatim'),
  skills: z.array(s('Skill the line proves')).describe('Job-relevant skills this line proves'),
  why: s('Why this line matters for this job'),
  quantified: z.boolean().describe('The line carries a measured result'),
});
export const HighlightsSection = z.array(Highlight).describe('CV evidence ranked for this job description');

export const CompanySection = z
  .object({
    name: s('Company name'),
    summary: s('What the company does, in one or two sentences built from the job description'),
    facts: z
      .array(z.object({ quote: s('A sentence from the job description about the company, verbatim') }))
      .describe('Facts quoted from the job description'),
    themes: z.array(s('A theme the company stresses (reliability, growth, compliance…)')).describe('What the company says it values'),
  })
  .describe('The company, from its own words in the job description');

export const PanelMemberSection = z.object({
  name: s('Interviewer name as given in the notes'),
  title: s('Interviewer title as given in the notes'),
  background: s('Their background, from the notes'),
  evaluationLens: s('What they most likely judge answers by'),
  focusAreas: z.array(s('A topic they are likely to probe')),
  signals: z.array(s('A signal quoted from the notes')).describe('Evidence behind the focus areas, quoted from the notes'),
  style: s('How to communicate with them'),
});
export const PanelSection = z
  .object({
    members: z.array(PanelMemberSection),
    note: s('How the panel section was produced, or how to add interviewer notes'),
  })
  .describe('Interviewer intelligence');

export const AnswerStructureSection = z.object({
  principle: s('The one idea a senior answer is built on'),
  steps: z.array(z.object({ title: s('Part of the answer'), points: z.array(s('What to say')) })),
  insight: s('An operational insight that shows experience'),
});

export const PredictedQuestion = z.object({
  rank: z.number().int().min(1).describe('1 = most likely'),
  id: s('Question id in the bank'),
  text: s('The question as an interviewer would ask it'),
  likelihood: z.number().int().min(1).max(99).describe('Estimated chance (percent) this or a close variant comes up'),
  interviewer: s('Who is most likely to ask it: a panel member, or a round of the loop'),
  category: Category,
  difficulty: Difficulty,
  skills: z.array(s('Skill it tests')),
  signals: z.array(s('A human-readable reason it ranks here')).describe('Why this question was predicted'),
  criteria: z.array(s('What the interviewer evaluates')),
  answerStructure: AnswerStructureSection,
  followUps: z.array(s('A likely follow-up')),
});
export const QuestionsSection = z.array(PredictedQuestion).describe('Predicted questions ranked by likelihood');

export const LoopSection = z
  .array(
    z.object({
      name: s('Round'),
      minutes: z.number().int(),
      categories: z.array(Category),
      focus: z.array(s('What the round focuses on')),
    }),
  )
  .describe('Likely interview rounds');

export const QuestionsToAskSection = z
  .array(z.object({ theme: s('Theme'), questions: z.array(s('A question to ask the interviewer')) }))
  .describe('Questions to ask them');

export const ConceptsSection = z
  .array(z.object({ skill: s('Skill'), why: s('Why it is worth reviewing'), items: z.array(s('A concept to review')) }))
  .describe('Concepts to review before the interview');

export const PositioningSection = z
  .object({
    emphasize: z.array(z.object({ point: s('What to emphasise'), evidence: s('CV line that backs it, verbatim') })),
    risks: z.array(z.object({ risk: s('A gap the interviewers will notice'), mitigation: s('How to frame it honestly') })),
  })
  .describe('Strategic positioning');

export const PlanDay = z.object({
  day: z.number().int().min(1).max(7),
  date: z.string().nullable().describe('Calendar date (YYYY-MM-DD) when an interview date was given'),
  focus: s('Theme of the day'),
  tasks: z.array(s('A concrete task')),
});
export const PlanSection = z.array(PlanDay).describe('A seven-day preparation plan');

export const MetaSection = z.object({
  engine: z.enum(['offline', 'llm', 'mixed']),
  model: z.string().nullable(),
  tokensIn: z.number().int().min(0),
  tokensOut: z.number().int().min(0),
  costUsd: z.number().min(0),
  durationMs: z.number().min(0),
  sources: z.array(z.string()),
  generatedAt: z.string(),
  interviewDate: z.string().nullable(),
  fallbacks: z.array(z.object({ section: z.string(), reason: z.string() })),
  notes: z.array(z.string()),
});

/** The Interview Intelligence Report: the JSON contract of `prep report --format json`. */
export const ReportSchema = z.object({
  role: RoleSection,
  fitScore: FitSection,
  overview: OverviewSection,
  highlights: HighlightsSection,
  company: CompanySection,
  panel: PanelSection,
  questions: QuestionsSection,
  loop: LoopSection,
  /** 'ad' when the loop is the process the ad states, 'ad-and-template' when the ad names one round (shown first) and the rest is the track's usual loop, 'template' when it is the usual loop alone. */
  loopSource: z
    .enum(['ad', 'ad-and-template', 'template'])
    .optional()
    .describe("Where the loop comes from: the ad's own process, the one round the ad names before a template, or a template"),
  questionsToAsk: QuestionsToAskSection,
  concepts: ConceptsSection,
  positioning: PositioningSection,
  plan: PlanSection,
  meta: MetaSection,
});
export type Report = z.infer<typeof ReportSchema>;
export type FitSection = z.infer<typeof FitSection>;
export type PredictedQuestion = z.infer<typeof PredictedQuestion>;
