import { z } from 'zod';
import type { Schedule } from '../../core/drops/service.ts';
import { type CommandContext, defineCommand } from '../command.ts';
import { errorReply } from '../errors.ts';
import { context, fields, header, list, type Reply, reply, text } from '../message.ts';
import { feedbackReply } from '../replies/practice.ts';

const Args = z.object({ words: z.array(z.string()), opts: z.record(z.string(), z.string()) });
/** `#C123` (adapters turn their channel mentions into this), or a bare channel id. */
const channelOf = (w: string | undefined) => w?.match(/^#?([A-Z0-9][A-Za-z0-9_-]{2,})$/)?.[1];
/** `@U123` (adapters turn their user mentions into this). */
const userOf = (w: string | undefined) => w?.match(/^@([A-Za-z0-9_.-]{2,})$/)?.[1];

/** Drops post in a chat channel; the terminal and the CLI have none. */
function channelsOnly(ctx: CommandContext): Reply | undefined {
  if (ctx.platform === 'shell' || ctx.platform === 'cli')
    return reply(text(`Drops post in a chat channel: set them up from Slack. In the terminal, use ${ctx.cmd('practice')}.`));
  return undefined;
}

function describe(s: Schedule): string {
  return `#${s.id} · channel ${s.channel} · ${s.localTime} ${s.timezone}${s.weekdaysOnly ? ' (weekdays)' : ''} · track ${s.track}${s.difficulty ? ` · ${s.difficulty}` : ''} · ${s.pool === 'custom' ? 'your own questions' : 'bank'} · feedback in ${s.feedback} · summary ${s.summaryTime}${s.paused ? ' · PAUSED' : ''}`;
}

export const dropCommand = defineCommand({
  name: 'drop',
  summary: 'Instructors: a question every day in a channel, with feedback in its thread',
  usage:
    '/prep drop setup #channel HH:MM Area/City [track=…] [difficulty=…] [weekdays] [pool=custom] [feedback=thread|dm] [summary=HH:MM] | drop list|pause|resume|now|remove [id]',
  examples: ['/prep drop setup #cohort-7 09:00 Europe/Berlin track=backend weekdays', '/prep drop list', '/prep drop pause 3'],
  needs: { instructor: { to: 'manage drops' } },
  args: Args,
  async run(ctx, { words, opts }) {
    const refused = channelsOnly(ctx);
    if (refused) return refused;
    const m = ctx.services.drops.schedules;
    const [verb = 'list', ...rest] = words.map((w) => w.trim());
    if (verb === 'setup') {
      const channel = channelOf(rest[0]);
      if (!channel || !rest[1] || !rest[2])
        return reply(
          text(
            `Usage: /prep drop setup #channel HH:MM Area/City [track=backend] — for example: /prep drop setup #cohort-7 09:00 Europe/Berlin track=backend`,
          ),
        );
      const r = await m.setup(ctx.user, ctx.who, {
        channel,
        time: rest[1],
        timezone: rest[2],
        track: opts.track,
        difficulty: opts.difficulty,
        weekdaysOnly: rest.includes('weekdays') || opts.weekdays === 'true',
        pool: opts.pool === 'custom' ? 'custom' : 'bank',
        feedback: opts.feedback === 'dm' ? 'dm' : 'thread',
        summaryTime: opts.summary,
      });
      if (!r.ok) return errorReply(r.error, ctx.platform);
      return reply(
        text(`Drop set up: ${describe(r.value)}.`),
        context('Make sure I am in that channel (/invite @prep-bot). /prep drop now posts one straight away.'),
      );
    }
    if (verb === 'list') {
      const all = await m.list(ctx.user);
      return all.length
        ? reply(header('Drops in this workspace'), list(all.map(describe)))
        : reply(text('No drops yet. /prep drop setup #channel 09:00 Europe/Berlin track=backend'));
    }
    const found = await m.find(ctx.user, rest[0]);
    if (!found.ok) return errorReply(found.error, ctx.platform);
    const s = found.value;
    if (verb === 'pause' || verb === 'resume') {
      await m.setPaused(s, verb === 'pause');
      return reply(text(`Drop #${s.id} ${verb === 'pause' ? 'paused' : 'resumed'}.`));
    }
    if (verb === 'remove') {
      await m.remove(s);
      return reply(text(`Drop #${s.id} removed. Answers already given stay in everyone's progress.`));
    }
    if (verb === 'now') {
      const r = await m.now(s);
      if (!r.ok) return errorReply(r.error, ctx.platform);
      ctx.services.queued();
      return reply(text(`Posting now in channel ${s.channel}: "${r.value.text}"`));
    }
    return reply(text(`Unknown drop action "${verb}". ${this.usage}`));
  },
});

export const instructorCommand = defineCommand({
  name: 'instructor',
  summary: 'Instructors: add or remove instructors of this workspace',
  usage: '/prep instructor add|remove @user',
  needs: { instructor: { to: 'manage drops' } },
  args: Args,
  async run(ctx, { words }) {
    const refused = channelsOnly(ctx);
    if (refused) return refused;
    const m = ctx.services.drops.instructors;
    const target = userOf(words[1]);
    if (!['add', 'remove'].includes(words[0] ?? '') || !target) return reply(text(`Usage: ${this.usage}`));
    const who = { platform: ctx.who.platform, workspace: ctx.who.workspace, user: target };
    if (words[0] === 'add') {
      await m.add(ctx.user, who);
      return reply(text('Added as an instructor: they can now manage drops and see /prep cohort.'));
    }
    return reply(text((await m.remove(ctx.user, who)) ? 'Removed from the instructors.' : 'They were not an instructor.'));
  },
});

export const cohortCommand = defineCommand({
  name: 'cohort',
  summary: "Instructors: the cohort's attempts, participation and weakest topics (7 or 30 days)",
  usage: '/prep cohort [7|30]',
  needs: { instructor: { to: 'manage drops' } },
  args: z.object({ words: z.array(z.string()) }).transform(({ words }) => ({ days: words[0] === '30' ? 30 : 7 })),
  async run(ctx, { days }) {
    const refused = channelsOnly(ctx);
    if (refused) return refused;
    const c = await ctx.services.drops.cohort.summary(ctx.user, days);
    if (c.attempts === 0) return reply(text(`No answers in the last ${days} days yet.`));
    return reply(
      header(`Cohort, last ${days} days`),
      fields(
        { label: 'Answers', value: String(c.attempts) },
        { label: 'People answering', value: `${c.participants} of ${c.members}` },
        { label: 'Average', value: `${c.average}/100` },
      ),
      text('By category (weakest first):'),
      list(c.byCategory.map((x) => `${x.category}: ${x.average}/100 over ${x.attempts}`)),
      ...(c.weakestTopics.length
        ? [text('Weakest topics:'), list(c.weakestTopics.map((t) => `${t.topic}: ${t.average}/100 over ${t.attempts}`))]
        : []),
      ...(c.mostMissed.length ? [text('Key points most often missed:'), list(c.mostMissed.map((p) => `${p.point} (${p.missed}×)`))] : []),
      context('Counts only: no one’s answers are shown here.'),
    );
  },
});

export const dailyCommand = defineCommand({
  name: 'daily',
  summary: 'A personal question every day in your DM',
  usage: '/prep daily on HH:MM | daily off',
  args: Args,
  async run(ctx, { words }) {
    const drops = ctx.services.drops.schedules;
    if (words[0] === 'off')
      return reply(text((await drops.dailyOff(ctx.user)) ? 'Daily questions are off.' : 'Daily questions were not on.'));
    if (words[0] !== 'on' || !words[1]) return reply(text(`Usage: ${this.usage}`));
    const r = await drops.dailyOn(ctx.user, ctx.who, words[1]);
    if (!r.ok) return errorReply(r.error, ctx.platform);
    return reply(
      text(
        `Every day at ${r.value.localTime} (${r.value.timezone}) I'll send you a question here: what is due for review first, then your latest report's.`,
      ),
      context(`Wrong time zone? ${ctx.cmd('timezone Area/City')}, then ${ctx.cmd('daily on')} again.`),
    );
  },
});

export const feedbackCommand = defineCommand({
  name: 'feedback',
  needs: { dm: true },
  summary: 'The full feedback on one of your answers',
  usage: '/prep feedback <answer id>',
  args: z.object({ words: z.array(z.string()) }).transform(({ words }) => ({ id: Number(words[0]) })),
  async run(ctx, { id }) {
    const g = Number.isInteger(id) ? await ctx.services.practice.feedback(ctx.user, id) : undefined;
    if (!g) return reply(text('I have no answer of yours with that id.'));
    return feedbackReply(g, { title: 'Feedback on your answer', next: false, now: ctx.services.now() });
  },
});

export const usageCommand = defineCommand({
  name: 'usage',
  summary: 'Instructors: LLM calls, tokens and cost per day and per user (last 7 days)',
  usage: '/prep usage',
  needs: { instructor: { to: 'see LLM usage' } },
  args: z.object({}).loose(),
  async run(ctx) {
    const llm = ctx.services.llm;
    if (!llm) return reply(text('No LLM is configured: every report and grade is written offline, at no cost.'));
    const since = new Date(ctx.services.now().getTime() - 7 * 86_400_000);
    const rows = await ctx.services.spend(ctx.user, since);
    if (rows.length === 0) return reply(text('No LLM calls in the last 7 days.'));
    const byDay = new Map<string, { calls: number; tin: number; tout: number; usd: number; fallbacks: number }>();
    const byUser = new Map<string, { calls: number; usd: number }>();
    for (const r of rows) {
      const d = byDay.get(r.day) ?? { calls: 0, tin: 0, tout: 0, usd: 0, fallbacks: 0 };
      byDay.set(r.day, {
        calls: d.calls + r.calls,
        tin: d.tin + r.tokensIn,
        tout: d.tout + r.tokensOut,
        usd: d.usd + r.costUsd,
        fallbacks: d.fallbacks + r.fallbacks,
      });
      // No user: spent for a channel drop, or by someone who has since used /prep forget.
      const key = r.userId === null ? 'drops and forgotten users' : `user #${r.userId}`;
      const u = byUser.get(key) ?? { calls: 0, usd: 0 };
      byUser.set(key, { calls: u.calls + r.calls, usd: u.usd + r.costUsd });
    }
    const usd = (x: number) => `$${x.toFixed(4)}`;
    const budget = llm.model.dailyBudgetUsd;
    return reply(
      header(`LLM usage, last 7 days (${llm.model.model})`),
      text('Per day:'),
      list(
        [...byDay.entries()].map(
          ([day, d]) =>
            `${day}: ${d.calls} calls · ${d.tin.toLocaleString('en')} tokens in / ${d.tout.toLocaleString('en')} out · ${usd(d.usd)}${d.fallbacks ? ` · ${d.fallbacks} fell back offline` : ''}`,
        ),
      ),
      text('Per user:'),
      list([...byUser.entries()].sort((a, b) => b[1].usd - a[1].usd).map(([who, u]) => `${who}: ${u.calls} calls · ${usd(u.usd)}`)),
      context(
        budget === undefined
          ? 'No daily budget is set (LLM_DAILY_BUDGET_USD).'
          : `Daily budget per workspace: $${budget.toFixed(2)}; when it is spent, reports and grading switch to offline.`,
      ),
    );
  },
});
