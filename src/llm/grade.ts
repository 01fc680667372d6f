import type { LlmCall as LlmCallRow } from '../core/ports.ts';
import { type GradableQuestion, type Grade, GradeSchema } from '../core/practice/grade-schema.ts';
import type { LlmEngine } from './engine.ts';

/** The model's share of the blended score, and how far it may move the offline score. */
export const LLM_WEIGHT = 0.6;
export const MAX_SWING = 20;

/**
 * Grades with the LLM, grounded in the rubric and the offline grade, and blends:
 * score = clamp(0.6·llm + 0.4·offline, offline − 20, offline + 20), so a model's bad day cannot
 * turn a strong answer into a fail on its own. Key points covered and missing stay the offline
 * ones (they come from the rubric); the wording of the feedback comes from the model.
 */
export async function gradeWithLlm(
  engine: LlmEngine,
  q: GradableQuestion,
  answer: string,
  offline: Grade,
): Promise<{ grade: Grade; call: LlmCallRow }> {
  const { notes: _notes, ...grounding } = offline;
  const r = await engine.run('grader', GradeSchema, {
    question: q.text,
    rubric: JSON.stringify(q.rubric.map((p) => ({ point: p.point, weight: p.weight }))),
    offline: JSON.stringify(grounding),
    answer,
  });
  if (!r.ok) return { grade: { ...offline, notes: [...offline.notes, `Graded offline: ${r.reason}.`] }, call: r.call };
  const m = r.value;
  const score = Math.max(
    0,
    Math.min(
      100,
      Math.max(
        offline.score - MAX_SWING,
        Math.min(offline.score + MAX_SWING, Math.round(LLM_WEIGHT * m.score + (1 - LLM_WEIGHT) * offline.score)),
      ),
    ),
  );
  const byName = new Map(m.criteria.map((c) => [c.name, c]));
  return {
    grade: {
      score,
      criteria: offline.criteria.map((c) => {
        const w = byName.get(c.name);
        return w ? { name: c.name, score: Math.round((c.score + w.score) / 2), comment: w.comment || c.comment } : c;
      }),
      covered: offline.covered,
      missing: offline.missing,
      strengths: m.strengths.length ? m.strengths.slice(0, 3) : offline.strengths,
      improvements: m.improvements.length ? m.improvements.slice(0, 3) : offline.improvements,
      followUp: m.followUp || offline.followUp,
      modelOutline: m.modelOutline || offline.modelOutline,
      notes: offline.notes,
    },
    call: r.call,
  };
}
