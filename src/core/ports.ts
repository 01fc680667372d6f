import type { LlmCallRow } from '../store/llm.ts';
import type { GradableQuestion, Grade } from './practice/grade-schema.ts';
import type { Report } from './report/schema.ts';

/**
 * What the core asks of a language model. The core defines these ports and the schemas; llm/
 * implements them with LangChain; the composition root (app.ts) wires them in. The core never
 * imports llm/.
 */

/** One metered model call: cost, tokens and outcome, never text (stored as it is in llm_calls). */
export type LlmCall = LlmCallRow;

/** Called as each model call returns, so spend is metered whatever happens to the work afterwards. */
export type OnLlmCall = (call: LlmCall) => void | Promise<void>;

export interface ReportDocuments {
  cv: string;
  jd: string;
  panel?: string;
}

/** Rewrites a report's prose sections, grounded in the offline report; any failed section stays offline. */
export interface ReportWriter {
  /** How many model calls writing this report makes (progress totals). */
  calls(offline: Report): number;
  write(
    offline: Report,
    docs: ReportDocuments,
    hooks: { onSection?: (done: number, total: number, label: string) => Promise<void>; onCall?: OnLlmCall },
  ): Promise<Report>;
}

/** Grades an answer with the model, grounded in (and blended with) the offline grade. */
export interface AnswerGrader {
  grade(q: GradableQuestion, answer: string, offline: Grade, onCall?: OnLlmCall): Promise<Grade>;
}

/** The model as the core sees it. */
export interface LanguageModel {
  model: string;
  /** Per-workspace daily spend limit in USD; undefined = no limit. */
  dailyBudgetUsd?: number;
  writer: ReportWriter;
  grader: AnswerGrader;
}
