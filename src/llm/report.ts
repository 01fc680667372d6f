import { z } from 'zod';
import type { LlmCall as LlmCallRow, OnLlmCall } from '../core/ports.ts';
import {
  CompanySection,
  HighlightsSection,
  OverviewSection,
  PanelSection,
  PlanSection,
  PositioningSection,
  PredictedQuestion,
  type Report,
} from '../core/report/schema.ts';
import type { LlmEngine } from './engine.ts';

/** How many of the top questions the model personalises; the rest keep the offline text. */
const PERSONALISED_QUESTIONS = 10;

export interface LlmReportInput {
  cv: string;
  jd: string;
  panel?: string;
}

export interface LlmReportResult {
  report: Report;
  calls: LlmCallRow[];
}

const j = (x: unknown) => JSON.stringify(x);
const numbersIn = (s: string) => s.match(/\d+(?:[.,]\d+)?/g) ?? [];

/** A section the model may rewrite: its task, schema, variables, and the check its output must pass. */
interface SectionTask<T> {
  key: keyof Report;
  label: string;
  schema: z.ZodType<Record<string, unknown>>;
  vars: Record<string, string>;
  /** The model's output → the section to use, or a reason to keep the offline one. */
  accept(out: T): { value: unknown; note?: string } | { reason: string };
}

/**
 * Writes a report with the LLM, grounded in the offline one. Sections run concurrently (the
 * engine bounds how many at once) and each falls back to its offline result on any failure or
 * failed check, with the reason in meta. The fit score, role, loop, questions to ask and
 * concepts stay offline: they are computed, not written.
 */
export async function writeReportWithLlm(
  engine: LlmEngine,
  offline: Report,
  input: LlmReportInput,
  onSection?: (done: number, total: number, label: string) => Promise<void>,
  onCall?: OnLlmCall,
): Promise<LlmReportResult> {
  const started = performance.now();
  const fit = j({
    score: offline.fitScore.score,
    label: offline.fitScore.label,
    matched: offline.fitScore.matched,
    adjacent: offline.fitScore.adjacent,
    missing: offline.fitScore.missing,
  });
  const grounding = `${input.cv}\n${input.jd}\n${input.panel ?? ''}\n${j(offline)}`;
  const inventedNumbers = (text: string) => numbersIn(text).filter((n) => !grounding.includes(n));
  const quotesCv = (q: string) => q.length > 0 && input.cv.includes(q);
  const topIds = offline.questions.slice(0, PERSONALISED_QUESTIONS).map((q) => q.id);

  const tasks: SectionTask<never>[] = [
    {
      key: 'overview',
      label: 'Overview',
      schema: OverviewSection,
      vars: { role: j(offline.role), fit, offline: j(offline.overview), cv: input.cv, jd: input.jd },
      accept: (o: z.infer<typeof OverviewSection>) => {
        const bad = inventedNumbers([o.summary, ...o.strengths, ...o.watchouts].join(' '));
        return bad.length ? { reason: `it mentioned numbers that are not in the documents (${bad.slice(0, 3).join(', ')})` } : { value: o };
      },
    },
    {
      key: 'company',
      label: 'Company',
      schema: CompanySection,
      vars: { offline: j(offline.company), jd: input.jd },
      accept: (o: z.infer<typeof CompanySection>) => {
        const facts = o.facts.filter((f) => input.jd.includes(f.quote));
        const dropped = o.facts.length - facts.length;
        return {
          value: { ...o, name: offline.company.name, facts },
          note: dropped ? `company: dropped ${dropped} fact(s) that did not quote the job description` : undefined,
        };
      },
    },
    {
      key: 'highlights',
      label: 'Resume highlights',
      schema: z.object({ highlights: HighlightsSection }),
      vars: { offline: j(offline.highlights), matches: fit, cv: input.cv },
      accept: (o: { highlights: Report['highlights'] }) => {
        const kept = o.highlights.filter((h) => quotesCv(h.quote));
        const dropped = o.highlights.length - kept.length;
        if (kept.length === 0) return { reason: 'no highlight quoted the CV' };
        return { value: kept, note: dropped ? `highlights: dropped ${dropped} that did not quote the CV` : undefined };
      },
    },
    ...(offline.panel.members.length
      ? [
          {
            key: 'panel' as const,
            label: 'Interviewers',
            schema: PanelSection,
            vars: {
              offline: j(offline.panel),
              questions: j(
                offline.questions
                  .filter((q) => offline.panel.members.some((m) => q.interviewer.startsWith(m.name)))
                  .slice(0, 12)
                  .map((q) => ({ text: q.text, interviewer: q.interviewer })),
              ),
              panel: input.panel ?? '',
            },
            accept: (o: z.infer<typeof PanelSection>) => {
              const names = new Set(offline.panel.members.map((m) => m.name));
              if (o.members.length !== names.size || o.members.some((m) => !names.has(m.name)))
                return { reason: 'it changed the list of interviewers' };
              return {
                value: {
                  note: offline.panel.note,
                  members: o.members.map((m) => ({ ...m, signals: m.signals.filter((s) => (input.panel ?? '').includes(s)) })),
                },
              };
            },
          },
        ]
      : []),
    {
      key: 'questions',
      label: 'Predicted questions',
      schema: z.object({ questions: z.array(PredictedQuestion) }),
      vars: { questions: j(offline.questions.slice(0, PERSONALISED_QUESTIONS)), fit, cv: input.cv, jd: input.jd },
      accept: (o: { questions: Report['questions'] }) => {
        const byId = new Map(o.questions.filter((q) => topIds.includes(q.id)).map((q) => [q.id, q]));
        if (byId.size === 0) return { reason: 'it returned none of the predicted questions' };
        // Ranks, ids, likelihoods, categories and skills are computed; only wording, signals and structure are written.
        const merged = offline.questions.map((q) => {
          const w = byId.get(q.id);
          return w
            ? {
                ...q,
                text: w.text,
                signals: w.signals.length ? w.signals : q.signals,
                criteria: w.criteria.length ? w.criteria : q.criteria,
                answerStructure: w.answerStructure,
                followUps: w.followUps.length ? w.followUps : q.followUps,
              }
            : q;
        });
        return { value: merged };
      },
    },
    {
      key: 'positioning',
      label: 'Positioning',
      schema: PositioningSection,
      vars: { offline: j(offline.positioning), fit, cv: input.cv, jd: input.jd },
      accept: (o: z.infer<typeof PositioningSection>) => {
        const emphasize = o.emphasize.filter((e) => quotesCv(e.evidence));
        const bad = inventedNumbers(o.risks.map((r) => `${r.risk} ${r.mitigation}`).join(' '));
        if (bad.length) return { reason: `it mentioned numbers that are not in the documents (${bad.slice(0, 3).join(', ')})` };
        return {
          value: { emphasize: emphasize.length ? emphasize : offline.positioning.emphasize, risks: o.risks },
          note: emphasize.length < o.emphasize.length ? 'positioning: dropped points whose evidence did not quote the CV' : undefined,
        };
      },
    },
    {
      key: 'plan',
      label: 'preparation plan',
      schema: z.object({ plan: PlanSection }),
      vars: {
        offline: j(offline.plan),
        gaps: j({
          missing: offline.fitScore.missing.map((m) => m.skill),
          adjacent: offline.fitScore.adjacent.map((m) => m.skill),
          categories: [...new Set(offline.questions.slice(0, 10).map((q) => q.category))],
        }),
      },
      accept: (o: { plan: Report['plan'] }) => {
        if (o.plan.length !== offline.plan.length) return { reason: `the plan did not have ${offline.plan.length} days` };
        // The dates are computed from the interview date; the model writes the content.
        return { value: o.plan.map((d, i) => ({ ...d, day: i + 1, date: offline.plan[i]?.date ?? null })) };
      },
    },
  ];

  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), engine.settings.reportDeadlineMs);
  const report: Report = structuredClone(offline);
  const calls: LlmCallRow[] = [];
  const notes: string[] = [];
  const fallbacks: Report['meta']['fallbacks'] = [];
  let done = 0;
  let written = 0;
  try {
    await Promise.all(
      tasks.map(async (t) => {
        const r = await engine.run(t.key, t.schema, t.vars, controller.signal);
        calls.push(r.call);
        if (!r.ok) fallbacks.push({ section: t.key, reason: r.reason });
        else {
          const verdict = t.accept(r.value as never);
          if ('reason' in verdict) {
            fallbacks.push({ section: t.key, reason: verdict.reason });
            r.call.outcome = 'fallback';
            r.call.reason = verdict.reason;
          } else {
            (report as Record<string, unknown>)[t.key] = verdict.value;
            if (verdict.note) notes.push(verdict.note);
            written++;
          }
        }
        // Metered as soon as the call's outcome is known, before anything else can fail.
        await onCall?.(r.call);
        done++;
        await onSection?.(done, tasks.length, t.label);
      }),
    );
  } finally {
    clearTimeout(deadline);
  }
  report.meta = {
    ...report.meta,
    engine: written === 0 ? 'offline' : fallbacks.length ? 'mixed' : 'llm',
    model: engine.settings.model,
    tokensIn: calls.reduce((s, c) => s + c.tokensIn, 0),
    tokensOut: calls.reduce((s, c) => s + c.tokensOut, 0),
    costUsd: Math.round(calls.reduce((s, c) => s + c.costUsd, 0) * 1e6) / 1e6,
    durationMs: Math.round(offline.meta.durationMs + (performance.now() - started)),
    fallbacks: fallbacks.sort((a, b) => a.section.localeCompare(b.section)),
    notes: [...offline.meta.notes, ...notes],
  };
  return { report, calls };
}
