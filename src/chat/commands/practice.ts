import { z } from 'zod';
import { Difficulty, Track } from '../../core/bank/schema.ts';
import type { Grade } from '../../core/practice/grade-schema.ts';
import type { PracticeQuestion } from '../../core/practice/service.ts';
import { isValidZone } from '../../core/time.ts';
import type { ConversationState } from '../../store/conversations.ts';
import { type CommandContext, defineCommand } from '../command.ts';
import { errorReply } from '../errors.ts';
import { actions, context, divider, fields, header, list, type Reply, reply, text } from '../message.ts';

/** What the bot waits for while a question is open. Ids and counters only, never answer text. */
export type PracticeState = {
  kind: 'practice';
  questionId: string;
  hints: number;
};

export interface MockResult {
  questionId: string;
  text: string;
  score: number;
  followUp?: string;
  followUpScore?: number;
  improvements: string[];
}

export type MockState = {
  kind: 'mock';
  ids: string[];
  index: number;
  phase: 'question' | 'follow-up';
  followUp?: { text: string; points: string[] };
  results: MockResult[];
};

const PracticeArgs = z
  .object({ words: z.array(z.string()), opts: z.record(z.string(), z.string()) })
  .transform(({ words, opts }) => {
    const all = [...words, ...Object.values(opts)].map((w) => w.toLowerCase());
    const track = all
      .map((w) => (w === 'sre' ? 'devops' : w === 'ds' ? 'data-science' : w === 'de' ? 'data-engineering' : w))
      .find((w) => Track.safeParse(w).success);
    const difficulty = all.find((w) => Difficulty.safeParse(w).success);
    const unknown = words.filter(
      (w) => !['report', track, difficulty].includes(w.toLowerCase()) && !['sre', 'ds', 'de'].includes(w.toLowerCase()),
    );
    return { track: track as Track | undefined, difficulty: difficulty as Difficulty | undefined, unknown };
  })
  .refine((a) => a.unknown.length === 0, {
    message: `give a track (${Track.options.join(', ')}) and/or a difficulty (easy, medium, hard)`,
  });

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
export function feedbackReply(g: Grade, opts: { previousBest?: number; nextDue?: Date; title?: string; next?: boolean } = {}): Reply {
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
    ...(opts.nextDue ? [context(`I'll bring this question back ${when(opts.nextDue)}.`)] : []),
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

function when(d: Date): string {
  const hours = Math.round((d.getTime() - Date.now()) / 3_600_000);
  if (hours < 20) return `in about ${Math.max(1, hours)} hour${hours === 1 ? '' : 's'}`;
  return `on ${d.toISOString().slice(0, 10)}`;
}

async function ask(
  ctx: CommandContext,
  picked: { question: PracticeQuestion; reason: string },
  intro = 'Practice question',
): Promise<Reply> {
  const state: PracticeState = { kind: 'practice', questionId: picked.question.id, hints: 0 };
  await ctx.services.store.conversations.set(ctx.user.id, state);
  return questionReply(picked.question, intro, picked.reason);
}

export const practiceCommand = defineCommand({
  name: 'practice',
  summary: 'Get a practice question in this conversation; your next message is graded',
  usage: '/prep practice [track] [easy|medium|hard]',
  examples: ['/prep practice', '/prep practice frontend hard', '/prep practice report  (from your latest report)'],
  args: PracticeArgs,
  async run(ctx, args) {
    const picked = await ctx.services.practice.pick(ctx.user, { track: args.track, difficulty: args.difficulty });
    if (!picked.ok) return errorReply(picked.error, ctx.platform);
    return ask(ctx, picked.value);
  },
});

async function openQuestion(ctx: CommandContext): Promise<{ state: PracticeState; q: PracticeQuestion } | undefined> {
  const state = (await ctx.services.store.conversations.get(ctx.user.id)) as ConversationState;
  if (state.kind !== 'practice') return undefined;
  const s = state as unknown as PracticeState;
  const q = await ctx.services.practice.question(ctx.user, s.questionId);
  return q ? { state: s, q } : undefined;
}

export const hintCommand = defineCommand({
  name: 'hint',
  summary: 'One key point for the open practice question, without the answer',
  usage: '/prep hint',
  args: z.object({}).loose(),
  async run(ctx) {
    const open = await openQuestion(ctx);
    if (!open) return reply(text('There is no open practice question. Start one with /prep practice.'));
    const point = ctx.services.practice.hint(open.q, open.state.hints);
    if (!point) return reply(text("That's every key point — you have all the hints there are. Now answer in your own words."));
    await ctx.services.store.conversations.set(ctx.user.id, { ...open.state, hints: open.state.hints + 1 });
    return { ...reply(text(`Hint ${open.state.hints + 1} — a key point to cover: ${point}.`)), expect: 'answer' };
  },
});

export const skipCommand = defineCommand({
  name: 'skip',
  summary: 'Skip the open practice question and get another',
  usage: '/prep skip',
  args: z.object({}).loose(),
  async run(ctx) {
    const open = await openQuestion(ctx);
    const picked = await ctx.services.practice.pick(ctx.user, { exclude: open ? [open.q.id] : [] });
    if (!picked.ok) return errorReply(picked.error, ctx.platform);
    return ask(ctx, picked.value, open ? 'Skipped. Try this one' : 'Practice question');
  },
});

/** The next plain message while a practice question is open: grade it and show the feedback. */
export async function answerPractice(ctx: CommandContext, state: PracticeState, answer: string): Promise<Reply[]> {
  const q = await ctx.services.practice.question(ctx.user, state.questionId);
  await ctx.services.store.conversations.clear(ctx.user.id);
  if (!q) return [reply(text('That question is no longer available. Start again with /prep practice.'))];
  const r = await ctx.services.practice.grade(ctx.user, q, answer, 'practice');
  const fb = feedbackReply(r.grade, { previousBest: r.previousBest, nextDue: r.nextDue });
  if (state.hints > 0) fb.blocks.splice(1, 0, context(`You used ${state.hints} hint${state.hints === 1 ? '' : 's'}.`));
  return [fb];
}

export const mockCommand = defineCommand({
  name: 'mock',
  summary: 'A short mock interview: n questions, each with a follow-up, then a transcript',
  usage: '/prep mock [n]',
  examples: ['/prep mock', '/prep mock 5'],
  args: z
    .object({ words: z.array(z.string()) })
    .transform(({ words }) => ({ n: words[0] === undefined ? 3 : Number(words[0]) }))
    .refine((a) => Number.isInteger(a.n) && a.n >= 1 && a.n <= 8, { message: 'the number of questions must be between 1 and 8' }),
  async run(ctx, { n }) {
    const qs = await ctx.services.practice.mockQuestions(ctx.user, n);
    if (qs.length === 0)
      return reply(
        text('I could not find questions for a mock. Build a report first (/prep report) or set a track with /prep practice <track>.'),
      );
    const state: MockState = { kind: 'mock', ids: qs.map((q) => q.id), index: 0, phase: 'question', results: [] };
    await ctx.services.store.conversations.set(ctx.user.id, state);
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
  },
});

/** The next message in a mock: grade it, then ask the follow-up or the next question, or finish. */
export async function answerMock(ctx: CommandContext, state: MockState, answer: string): Promise<Reply[]> {
  const q = await ctx.services.practice.question(ctx.user, state.ids[state.index]);
  if (!q) {
    await ctx.services.store.conversations.clear(ctx.user.id);
    return [reply(text('That mock can no longer continue. Start a new one with /prep mock.'))];
  }
  const total = state.ids.length;
  if (state.phase === 'question') {
    const r = await ctx.services.practice.grade(ctx.user, q, answer, 'mock');
    const results = [...state.results, { questionId: q.id, text: q.text, score: r.grade.score, improvements: r.grade.improvements }];
    const follow = ctx.services.practice.followUpFor(q, r.grade);
    const brief = reply(text(`Score: ${r.grade.score}/100. ${r.grade.strengths[0] ?? ''}`.trim()));
    if (follow) {
      const next: MockState = {
        ...state,
        phase: 'follow-up',
        followUp: { text: follow.text, points: follow.rubric.map((p) => p.point) },
        results,
      };
      await ctx.services.store.conversations.set(ctx.user.id, next);
      return [brief, { ...reply(header('Follow-up'), text(follow.text)), expect: 'answer' }];
    }
    return advance(ctx, { ...state, results }, [brief], total);
  }
  const points = new Set(state.followUp?.points ?? []);
  const followQ: PracticeQuestion = {
    ...q,
    text: state.followUp?.text ?? q.text,
    rubric: q.rubric.filter((p) => points.has(p.point)),
    answerStructure: undefined,
    followUps: [],
  };
  const r = await ctx.services.practice.grade(ctx.user, followQ, answer, 'follow-up');
  const results = state.results.map((x, i) =>
    i === state.results.length - 1 ? { ...x, followUp: followQ.text, followUpScore: r.grade.score } : x,
  );
  return advance(ctx, { ...state, results }, [reply(text(`Follow-up score: ${r.grade.score}/100.`))], total);
}

async function advance(ctx: CommandContext, state: MockState, out: Reply[], total: number): Promise<Reply[]> {
  const index = state.index + 1;
  if (index < total) {
    const next: MockState = { ...state, index, phase: 'question', followUp: undefined };
    await ctx.services.store.conversations.set(ctx.user.id, next);
    const q = await ctx.services.practice.question(ctx.user, state.ids[index]);
    if (q) return [...out, questionReply(q, `Question ${index + 1} of ${total}`)];
  }
  await ctx.services.store.conversations.clear(ctx.user.id);
  return [...out, transcriptReply(state.results)];
}

/** The end of a mock: every question with its scores, the average, and the three things to work on. */
export function transcriptReply(results: MockResult[]): Reply {
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
          `Q${i + 1} (${r.score}/100): ${r.text}${r.followUp ? `\n   Follow-up (${r.followUpScore ?? '–'}/100): ${r.followUp}` : ''}`,
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

export const statsCommand = defineCommand({
  name: 'stats',
  summary: 'Your progress: attempts, scores by category, streak, weakest points, reviews due',
  usage: '/prep stats',
  args: z.object({}).loose(),
  async run(ctx) {
    const s = await ctx.services.practice.stats(ctx.user);
    if (s.attempts === 0)
      return reply(text('No practice yet. Start with /prep practice — every answer gets feedback and is scheduled for review.'));
    return reply(
      header('Your progress'),
      fields(
        { label: 'Answers', value: String(s.attempts) },
        { label: 'Average', value: `${s.average}/100` },
        { label: 'Streak', value: `${s.streakDays} day${s.streakDays === 1 ? '' : 's'}` },
        { label: 'Due for review', value: s.due ? `${s.due} now` : s.nextDue ? `next on ${s.nextDue.toISOString().slice(0, 10)}` : 'none' },
      ),
      text('By category (weakest first):'),
      list(s.byCategory.map((c) => `${c.category}: ${c.average}/100 over ${c.attempts} answer${c.attempts === 1 ? '' : 's'}`)),
      ...(s.weakestPoints.length
        ? [text('Key points you miss most:'), list(s.weakestPoints.map((p) => `${p.point} (missed ${p.missed}×)`))]
        : []),
      context(`Streak counted in ${ctx.user.timezone}; change it with /prep timezone Area/City.`),
      actions({ id: 'practice_next_action', label: s.due ? 'Review what is due' : 'Practise', command: 'practice', style: 'primary' }),
    );
  },
});

export const timezoneCommand = defineCommand({
  name: 'timezone',
  summary: 'Set your time zone (for streaks and daily questions)',
  usage: '/prep timezone Area/City',
  args: z
    .object({ words: z.array(z.string()) })
    .transform(({ words }) => ({ zone: words[0] ?? '' }))
    .refine((a) => a.zone.length > 0 && isValidZone(a.zone), {
      message: 'give an IANA time zone such as Europe/Berlin or America/New_York',
    }),
  async run(ctx, { zone }) {
    await ctx.services.store.users.setTimezone(ctx.user.id, zone);
    return reply(text(`Time zone set to ${zone}.`));
  },
});
