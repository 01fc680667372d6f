import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { loadBank } from '../core/bank/load.ts';
import type { GradableQuestion, Grade } from '../core/practice/grade-schema.ts';
import { gradeAnswer } from '../core/practice/grader.ts';
import { rubricFromReference } from '../core/practice/rubric.ts';
import { loadTaxonomy } from '../core/skills/taxonomy.ts';
import { contentWords, jaccard } from '../core/text/similarity.ts';
import type { LlmEngine } from '../llm/engine.ts';

export function bankQuestion(id: string): GradableQuestion | undefined {
  return loadBank(loadTaxonomy()).byId.get(id);
}

/** A question outside the bank: its key points come from the reference answer. */
export function referenceQuestion(text: string, reference: string): GradableQuestion {
  const t = text.trim();
  const category = /^(tell me about|describe a (time|situation))/i.test(t)
    ? 'behavioural'
    : /^(design|how would you design)/i.test(t)
      ? 'system-design'
      : /^(write|implement)/i.test(t)
        ? 'coding'
        : 'technical';
  return { text: t, category, rubric: rubricFromReference(reference) };
}

export const grade = gradeAnswer;

export function gradeText(g: Grade): string {
  return [
    `Score: ${g.score}/100`,
    ...g.criteria.map((c) => `  ${c.name.padEnd(14)} ${c.score}/5  ${c.comment}`),
    ...(g.notes.length ? ['', ...g.notes] : []),
    '',
    `Covered: ${g.covered.join('; ') || '—'}`,
    `Missing: ${g.missing.join('; ') || '—'}`,
    `Strengths: ${g.strengths.join(' ') || '—'}`,
    'Improve:',
    ...g.improvements.map((i) => `  - ${i}`),
    `Follow-up: ${g.followUp}`,
  ].join('\n');
}

/** A row without a reference may quote a bank question loosely (punctuation, a word changed). */
function closestBankQuestion<Q extends { text: string }>(questions: Q[], text: string): Q | undefined {
  const words = contentWords(text);
  let best: { q: Q; s: number } | undefined;
  for (const q of questions) {
    const s = jaccard(words, contentWords(q.text));
    if (!best || s > best.s) best = { q, s };
  }
  return best && best.s >= 0.6 ? best.q : undefined;
}

const Row = z.union([
  z.object({ id: z.union([z.string(), z.number()]), questionId: z.string(), answer: z.string() }),
  z.object({ id: z.union([z.string(), z.number()]), question: z.string(), reference: z.string().optional(), answer: z.string() }),
]);

/**
 * Grades a JSONL file: rows {id, questionId, answer} or {id, question, reference?, answer}.
 * Writes {id, score, criteria, covered, missing} per row (or {id, error}); streams, so thousands of rows are fine.
 */
export async function gradeBatch(
  input: string,
  output?: string,
  engine?: LlmEngine,
  engineLine: (fellBack: string[]) => string = () => 'Graded by the offline engine.',
): Promise<number> {
  const bank = loadBank(loadTaxonomy());
  const byText = new Map(bank.questions.map((q) => [q.text.trim().toLowerCase(), q]));
  const derived = new Map<string, GradableQuestion>();
  const lines: (string | Promise<string>)[] = [];
  let llmFallbacks = 0;
  let n = 0;
  let bad = 0;
  const started = performance.now();
  const rl = createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    if (!line.trim()) continue;
    n++;
    let row: z.infer<typeof Row>;
    try {
      const parsed = Row.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error('expected {id, questionId, answer} or {id, question, reference?, answer}');
      row = parsed.data;
    } catch (e) {
      bad++;
      lines.push(JSON.stringify({ line: n, error: (e as Error).message }));
      continue;
    }
    let q: GradableQuestion | undefined;
    if ('questionId' in row) q = bank.byId.get(row.questionId);
    else if (row.reference) {
      const key = `${row.question}\u0000${row.reference}`;
      q = derived.get(key) ?? referenceQuestion(row.question, row.reference);
      derived.set(key, q);
    } else q = byText.get(row.question.trim().toLowerCase()) ?? closestBankQuestion(bank.questions, row.question);
    if (!q) {
      bad++;
      lines.push(
        JSON.stringify({
          id: row.id,
          error:
            'questionId' in row
              ? `unknown question: no bank question has the id ${row.questionId}`
              : 'unknown question: no bank question matches this text and no reference answer was given; add "reference" (the answer a grader expects) or a bank "questionId"',
        }),
      );
      continue;
    }
    const g = gradeAnswer(q, row.answer);
    const toRow = (x: Grade) =>
      JSON.stringify({ id: row.id, score: x.score, criteria: x.criteria, covered: x.covered, missing: x.missing });
    if (!engine) lines.push(toRow(g));
    else {
      // Rows go out together; the engine's own limit (LLM_CONCURRENCY) bounds how many calls run at once.
      const { gradeWithLlm } = await import('../llm/grade.ts');
      const question = q;
      lines.push(
        gradeWithLlm(engine, question, row.answer, g).then((r) => {
          if (r.call.outcome !== 'ok') llmFallbacks++;
          return toRow(r.grade);
        }),
      );
    }
  }
  const text = `${(await Promise.all(lines)).join('\n')}\n`;
  if (output) writeFileSync(output, text);
  else process.stdout.write(text);
  process.stderr.write(
    `Graded ${n - bad} of ${n} rows in ${Math.round(performance.now() - started)} ms${bad ? ` (${bad} with errors)` : ''}. ${engineLine(
      llmFallbacks ? [`${llmFallbacks} row${llmFallbacks === 1 ? '' : 's'} whose model call failed`] : [],
    )}\n`,
  );
  return bad > 0 && bad === n ? 1 : 0;
}
