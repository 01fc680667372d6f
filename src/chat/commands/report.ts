import { z } from 'zod';
import { daysLeftText, daysUntil } from '../../core/report/page-view.ts';
import { renderHtml } from '../../core/report/render-html.ts';
import { renderMarkdown } from '../../core/report/render-md.ts';
import type { Report } from '../../core/report/schema.ts';
import { defineCommand } from '../command.ts';
import { errorReply } from '../errors.ts';
import { actions, context, fields, header, list, progress, type Reply, reply, text } from '../message.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const ReportArgs = z
  .object({ opts: z.record(z.string(), z.string()), words: z.array(z.string()) })
  .transform(({ opts, words }) => {
    const verb = words[0]?.toLowerCase();
    const action = verb === 'show' || verb === 'md' ? verb : 'new';
    // An id no report can have (not a whole number, or past what the database holds) finds nothing.
    const given = action === 'new' ? undefined : words[1];
    const id = given === undefined ? undefined : /^\d{1,15}$/.test(given) && Number(given) > 0 ? Number(given) : 0;
    return { action, id, given, date: opts.date ?? words.find((w) => DATE.test(w)) } as const;
  })
  .refine((a) => a.date === undefined || DATE.test(a.date), {
    message: 'the interview date must look like date=YYYY-MM-DD',
  });

/** The short summary every platform shows: fit, top five questions, top risks, and the way to the full report. */
export function reportSummary(id: number, r: Report, url?: string, now = new Date(r.meta.generatedAt)): Reply {
  const where = [r.role.title, r.role.company].filter(Boolean).join(' at ');
  const days = daysUntil(r.meta.interviewDate, now);
  const planDates = r.plan.map((d) => d.date).filter(Boolean);
  return {
    ...reply(
      header(`Interview Intelligence Report — ${where || 'your role'}`.slice(0, 150)),
      fields(
        { label: 'Fit score', value: `${r.fitScore.score}/100 (${r.fitScore.label})` },
        { label: 'Questions', value: String(r.questions.length) },
        ...(r.panel.members.length ? [{ label: 'Interviewers', value: String(r.panel.members.length) }] : []),
        { label: 'Risk areas', value: String(r.positioning.risks.length) },
        {
          label: 'Interview',
          value:
            r.meta.interviewDate && days !== undefined
              ? `${r.meta.interviewDate} (${daysLeftText(days)})`
              : 'no date yet: add date=YYYY-MM-DD to /prep report',
        },
      ),
      ...(planDates.length
        ? [
            text(
              `Your plan: ${r.plan.length} day${r.plan.length === 1 ? '' : 's'}, ${planDates[0]}${planDates.length > 1 ? ` to ${planDates[planDates.length - 1]}` : ''}, one date each.`,
            ),
          ]
        : []),
      text(r.fitScore.summary),
      text('Most likely questions:'),
      list(
        r.questions.slice(0, 5).map((q) => `${q.likelihood}% — ${q.text} (${q.category}; ${q.signals[0] ?? ''})`),
        true,
      ),
      ...(r.positioning.risks.length
        ? [text('Top risks:'), list(r.positioning.risks.slice(0, 3).map((k) => `${k.risk} — ${k.mitigation}`))]
        : []),
      actions(
        url
          ? { id: 'open_report_action', label: 'Open full report', url, style: 'primary' }
          : { id: 'open_report_action', label: 'Open full report', command: `report show ${id}`, style: 'primary' },
        { id: 'download_markdown_action', label: 'Download Markdown', command: `report md ${id}` },
        { id: 'practise_report_action', label: 'Practise these questions', command: 'practice report' },
      ),
      context(
        `${r.meta.engine === 'offline' ? 'Written by the offline engine' : `Written with ${r.meta.model ?? 'an LLM'}`}. Likelihoods are estimates.${r.meta.fallbacks.length ? ` Offline sections: ${r.meta.fallbacks.map((f) => f.section).join(', ')}.` : ''}${readingNotes(r)}`,
      ),
    ),
    files: [
      { name: `prep-report-${id}.md`, mime: 'text/markdown', content: renderMarkdown(r) },
      { name: `prep-report-${id}.html`, mime: 'text/html', content: renderHtml(r, { now }) },
    ],
  };
}

export const reportCommand = defineCommand({
  name: 'report',
  summary: 'Build your Interview Intelligence Report from your CV and the job description',
  usage: '/prep report [date=YYYY-MM-DD] | report show [id]',
  examples: [
    '/prep report',
    '/prep report date=2026-12-03  (the plan ends the day before, one date per day)',
    '/prep report show  (your latest report again)',
  ],
  args: ReportArgs,
  async run(ctx, { action, id, given, date }) {
    const urlFor = async (reportId: number) =>
      ctx.publicUrl ? `${ctx.publicUrl}/r/${await ctx.services.reports.link(ctx.user, reportId)}` : undefined;
    if (action !== 'new') {
      if (id === 0) return reply(text(`You have no report #${given?.slice(0, 30)}. /prep status lists yours.`));
      const found = await ctx.services.reports.get(ctx.user, id);
      if (!found)
        return reply(
          text(id ? `You have no report #${id}. /prep status lists yours.` : 'You have no report yet. Run /prep report to build one.'),
        );
      if (action === 'md')
        return {
          ...reply(text(`Your report #${found.id} as Markdown.`)),
          files: [{ name: `prep-report-${found.id}.md`, mime: 'text/markdown', content: renderMarkdown(found.report) }],
        };
      return reportSummary(found.id, found.report, await urlFor(found.id), ctx.services.now());
    }
    const result = await ctx.services.reports.generate(ctx.user, {
      interviewDate: date,
      onProgress: async (done, total, label) => {
        await ctx.progress?.(reply(progress(label, done, total)));
      },
    });
    if (!result.ok) return errorReply(result.error, ctx.platform);
    return reportSummary(result.value.id, result.value.report, await urlFor(result.value.id), ctx.services.now());
  },
});

/** How the documents were read (an ad in another language, no requirements list, the ad's own loop), after the estimate note said above. */
function readingNotes(r: Report): string {
  const notes = r.meta.notes.filter((n) => !n.startsWith('Likelihoods'));
  return notes.length ? ` ${notes.join(' ')}` : '';
}
