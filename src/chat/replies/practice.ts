import type { MockStep, TranscriptEntry } from '../../core/conversation/service.ts';
import type { Grade } from '../../core/practice/grade-schema.ts';
import type { PracticeQuestion } from '../../core/practice/service.ts';
import { actions, context, divider, fields, header, list, type Reply, reply, text } from '../message.ts';

/** The question as asked: text, what kind it is, why it was picked, and the buttons to get help. */
export function questionReply(q: PracticeQuestion, intro: string, reason?: string): Reply {
  return {
    ...reply(
      header(intro),
      text(q.text),
      context(`${q.category} · ${q.difficulty}${reason ? ` · ${reason}` : ''}`),
      context('Type your answer as your next message, as you would say it in the interview.'),
      actions(
        { id: 'practice_hint_action', label: 'Hint', command: 'hint' },
        { id: 'practice_skip_action', label: 'Skip', command: 'skip' },
      ),
    ),
    expect: 'answer',
  };
}

/** Full feedback on one answer: score, criteria, key points, strengths, improvements, follow-up, outline. */
export function feedbackReply(
  g: Grade,
  opts: { previousBest?: number; nextDue?: Date; now?: Date; title?: string; next?: boolean } = {},
): Reply {
  const progress =
    opts.previousBest === undefined
      ? ''
      : g.score > opts.previousBest
        ? ` — up from your best of ${opts.previousBest}`
        : g.score === opts.previousBest
          ? ' — same as your best'
          : ` — your best is ${opts.previousBest}`;
  return reply(
    header(`${opts.title ?? 'Feedback'}: ${g.score}/100${progress}`),
    fields(...g.criteria.map((c) => ({ label: `${c.name} ${c.score}/5`, value: c.comment }))),
    ...(g.notes.length ? [context(g.notes.join(' '))] : []),
    ...(g.covered.length ? [text('Key points you covered:'), list(g.covered)] : []),
    ...(g.missing.length ? [text('Key points to add:'), list(g.missing)] : []),
    ...(g.strengths.length ? [text('Strengths:'), list(g.strengths)] : []),
    text('To improve:'),
    list(g.improvements),
    text(`Likely follow-up: ${g.followUp}`),
    divider(),
    text(`Outline of a strong answer:\n${g.modelOutline}`),
    ...(opts.nextDue ? [context(`I'll bring this question back ${when(opts.nextDue, opts.now ?? new Date())}.`)] : []),
    ...(opts.next === false
      ? []
      : [
          actions(
            { id: 'practice_next_action', label: 'Next question', command: 'practice', style: 'primary' },
            { id: 'practice_stats_action', label: 'My progress', command: 'stats' },
          ),
        ]),
  );
}

function when(d: Date, now: Date): string {
  const hours = Math.round((d.getTime() - now.getTime()) / 3_600_000);
  if (hours < 20) return `in about ${Math.max(1, hours)} hour${hours === 1 ? '' : 's'}`;
  return `on ${d.toISOString().slice(0, 10)}`;
}

/** A hint: one key point to cover, without the answer. */
export function hintReply(n: number, point: string): Reply {
  return { ...reply(text(`Hint ${n} — a key point to cover: ${point}.`)), expect: 'answer' };
}

/** What the user sees after each mock answer: the score and why, then the follow-up, the next question, or the transcript. */
export function mockStepReplies(step: MockStep): Reply[] {
  const g = step.graded;
  const out: Reply[] =
    g.phase === 'question'
      ? [reply(text(`Score: ${g.score}/100. ${g.strengths[0] ?? ''}`.trim()))]
      : [reply(text(`Follow-up score: ${g.score}/100 — ${followUpWhy(g)}`))];
  if (step.followUp) out.push({ ...reply(header('Follow-up'), text(step.followUp.text)), expect: 'answer' });
  if (step.next) out.push(questionReply(step.next.question, `Question ${step.next.index + 1} of ${step.next.total}`));
  if (step.transcript) out.push(transcriptReply(step.transcript));
  return out;
}

/** Why a follow-up scored what it did: the missed points it was graded on, covered or not. */
function followUpWhy(g: MockStep['graded']): string {
  const covered = g.covered.length ? `you covered ${g.covered.join('; ')}` : 'you covered none of the points it asked about';
  return g.missing.length ? `${covered}; still missing: ${g.missing.join('; ')}.` : `${covered}.`;
}

/** The start of a mock: how it works, then the first question. */
export function mockStartReplies(qs: PracticeQuestion[]): Reply[] {
  return [
    reply(
      header(`Mock interview: ${qs.length} question${qs.length === 1 ? '' : 's'}`),
      text(
        'Answer each as you would out loud. After each answer I ask one follow-up on what you missed; at the end you get a transcript with scores.',
      ),
      context('/prep cancel ends the mock at any time.'),
    ),
    questionReply(qs[0], `Question 1 of ${qs.length}`),
  ];
}

/** A long answer shortened for the transcript (the full text is in the feedback of each answer). */
const clip = (t: string, max = 600) => {
  const one = t.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** The end of a mock: every question with its scores, the average, and the three things to work on. */
export function transcriptReply(results: TranscriptEntry[]): Reply {
  const avg = Math.round(results.reduce((s, r) => s + r.score, 0) / Math.max(1, results.length));
  const counts = new Map<string, number>();
  for (const r of results) for (const i of r.improvements) counts.set(i, (counts.get(i) ?? 0) + 1);
  const focus = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([i]) => i);
  return reply(
    header(`Mock interview transcript — average ${avg}/100`),
    list(
      results.map(
        (r, i) =>
          `Q${i + 1} (${r.score}/100): ${r.text}${r.answer ? `\n   You said: ${clip(r.answer)}` : ''}${r.followUp ? `\n   Follow-up (${r.followUpScore ?? '–'}/100): ${r.followUp}` : ''}${r.followUpAnswer ? `\n   You said: ${clip(r.followUpAnswer)}` : ''}`,
      ),
    ),
    text('Three things to work on:'),
    list(focus.length ? focus : ['Keep practising: /prep practice']),
    actions(
      { id: 'mock_again_action', label: 'Another mock', command: 'mock' },
      { id: 'practice_stats_action', label: 'My progress', command: 'stats' },
    ),
  );
}
