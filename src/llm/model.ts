import type { LanguageModel } from '../core/ports.ts';
import type { LlmEngine } from './engine.ts';
import { gradeWithLlm } from './grade.ts';
import { writeReportWithLlm } from './report.ts';

/** The core's LanguageModel port, implemented with the LangChain engine. */
export function languageModel(engine: LlmEngine): LanguageModel {
  return {
    model: engine.settings.model,
    dailyBudgetUsd: engine.settings.dailyBudgetUsd,
    writer: {
      // One call per written section; the panel section only when the notes named interviewers.
      calls: (offline) => (offline.panel.members.length ? 7 : 6),
      async write(offline, docs, hooks) {
        const { report } = await writeReportWithLlm(engine, offline, docs, hooks.onSection, hooks.onCall);
        return report;
      },
    },
    grader: {
      async grade(q, answer, offline, onCall) {
        const r = await gradeWithLlm(engine, q, answer, offline);
        await onCall?.(r.call);
        return r.grade;
      },
    },
  };
}
