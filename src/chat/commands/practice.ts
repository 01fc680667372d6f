import { z } from 'zod';
import { Difficulty, Track } from '../../core/bank/schema.ts';
import { isValidZone } from '../../core/time.ts';
import { defineCommand } from '../command.ts';
import { errorReply } from '../errors.ts';
import { actions, context, fields, header, list, reply, text } from '../message.ts';
import { hintReply, mockStartReplies, questionReply } from '../replies/practice.ts';

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

export const practiceCommand = defineCommand({
  name: 'practice',
  summary: 'Get a practice question in this conversation; your next message is graded',
  usage: '/prep practice [track] [easy|medium|hard]',
  examples: ['/prep practice', '/prep practice frontend hard', '/prep practice report  (from your latest report)'],
  args: PracticeArgs,
  async run(ctx, args) {
    const picked = await ctx.services.conversation.startPractice(ctx.user, { track: args.track, difficulty: args.difficulty });
    if (!picked.ok) return errorReply(picked.error, ctx.platform);
    return questionReply(picked.value.question, 'Practice question', picked.value.reason);
  },
});

export const hintCommand = defineCommand({
  name: 'hint',
  summary: 'One key point for the open practice question, without the answer',
  usage: '/prep hint',
  args: z.object({}).loose(),
  async run(ctx) {
    const h = await ctx.services.conversation.hint(ctx.user);
    if (h.kind === 'no-question') return reply(text(`There is no open practice question. Start one with ${ctx.cmd('practice')}.`));
    if (h.kind === 'no-more')
      return reply(text("That's every key point — you have all the hints there are. Now answer in your own words."));
    return hintReply(h.n, h.point);
  },
});

export const skipCommand = defineCommand({
  name: 'skip',
  summary: 'Skip the open practice question and get another',
  usage: '/prep skip',
  args: z.object({}).loose(),
  async run(ctx) {
    const picked = await ctx.services.conversation.skip(ctx.user);
    if (!picked.ok) return errorReply(picked.error, ctx.platform);
    const p = picked.value;
    return questionReply(p.question, p.skipped ? 'Skipped. Try this one' : 'Practice question', p.reason);
  },
});

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
    const qs = await ctx.services.conversation.startMock(ctx.user, n);
    if (qs.length === 0)
      return reply(
        text(
          `I could not find questions for a mock. Build a report first (${ctx.cmd('report')}) or set a track with ${ctx.cmd('practice <track>')}.`,
        ),
      );
    return mockStartReplies(qs);
  },
});

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
    await ctx.services.profile.setTimezone(ctx.user, zone);
    return reply(text(`Time zone set to ${zone}.`));
  },
});
