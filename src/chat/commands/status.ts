import { z } from 'zod';
import { KIND_NAME } from '../../core/profile/intake.ts';
import { defineCommand } from '../command.ts';
import { context, header, list, reply, text } from '../message.ts';

export const statusCommand = defineCommand({
  name: 'status',
  summary: 'Show what I have on file for you (never the content itself)',
  usage: '/prep status',
  args: z.object({}).loose(),
  async run(ctx) {
    const [docs, reports] = await Promise.all([ctx.services.profile.status(ctx.user), ctx.services.reports.list(ctx.user)]);
    if (docs.length === 0)
      return reply(header('Nothing on file yet'), text('Start with /prep cv to add your CV, then /prep jd for the job description.'));
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const missing = (['cv', 'jd'] as const).filter((k) => !docs.some((d) => d.kind === k));
    return reply(
      header('On file for you'),
      list(
        docs.map(
          (d) =>
            `${KIND_NAME[d.kind]} — "${d.firstLine}" · ${d.chars.toLocaleString('en')} chars · version ${d.version} · ${d.source} · ${day(d.createdAt)}`,
        ),
      ),
      ...(reports.length
        ? [
            text('Your reports:'),
            list(
              reports.map(
                (r) =>
                  `#${r.id} · ${day(r.createdAt)} · fit ${r.fitScore}/100 · ${r.questionCount} questions · CV v${r.cvVersion}, JD v${r.jdVersion}${r.interviewDate ? ` · interview ${r.interviewDate}` : ''}`,
              ),
            ),
          ]
        : []),
      context(
        missing.length > 0
          ? `Still needed for a report: ${missing.map((k) => `/prep ${k}`).join(' and ')}.`
          : 'Everything a report needs is here. /prep forget deletes it all.',
      ),
    );
  },
});
