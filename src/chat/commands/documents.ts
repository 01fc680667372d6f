import { z } from 'zod';
import { type DocKind, KIND_NAME } from '../../core/profile/intake.ts';
import type { DocumentSummary } from '../../core/profile/service.ts';
import { type Command, type CommandContext, defineCommand } from '../command.ts';
import { errorReply } from '../errors.ts';
import { actions, context, fields, type Reply, reply, text } from '../message.ts';

const DocArgs = z
  .object({ words: z.array(z.string()), rest: z.string(), files: z.array(z.object({ name: z.string(), bytes: z.instanceof(Uint8Array) })) })
  .transform(({ words, rest, files }) => {
    const verb = words[0]?.toLowerCase();
    if (verb === 'add') return { append: true, pending: false, text: rest.replace(/^add\b\s*/i, ''), files };
    if (verb === 'pending' && words.length === 1) return { append: false, pending: true, text: '', files };
    return { append: false, pending: false, text: rest, files };
  });

/** What to do next after saving, given whether the other document a report needs is already on file. */
const SAVED_NEXT: Record<DocKind, (otherOnFile: boolean, cmd: (c: string) => string) => string> = {
  cv: (jd, cmd) => (jd ? `Next: run ${cmd('report')}.` : `Next: add the job description with ${cmd('jd')}, then run ${cmd('report')}.`),
  jd: (cv, cmd) =>
    cv ? `Your CV is on file too. Next: run ${cmd('report')}.` : `Next: add your CV with ${cmd('cv')}, then run ${cmd('report')}.`,
  panel: () => 'Interviewer notes sharpen the report: questions get attributed to who is likely to ask them.',
};

const PASTE_PROMPT: Record<DocKind, string> = {
  cv: 'Paste your CV as your next message, or upload it as a PDF, DOCX, TXT or MD file.',
  jd: 'Paste the job description as your next message, or upload it as a file.',
  panel:
    'Paste notes on your interviewers as your next message: one block each, starting with "## Name — Title", then lines such as "Bio: …", "Post: …", "Talk: …".',
};

/** Confirmation after a document is stored: what it is, which version, and what to do next given what else is on file. */
export async function savedReply(ctx: CommandContext, s: DocumentSummary): Promise<Reply> {
  const other = s.kind === 'cv' ? 'jd' : s.kind === 'jd' ? 'cv' : undefined;
  const otherOnFile = other ? (await ctx.services.profile.current(ctx.user, other)) !== undefined : false;
  return reply(
    text(`Saved your ${KIND_NAME[s.kind]} (version ${s.version}, ${s.chars.toLocaleString('en')} characters).`),
    fields({ label: 'Starts with', value: s.firstLine || '(blank first line)' }, { label: 'From', value: s.source }),
    context(SAVED_NEXT[s.kind](otherOnFile, ctx.cmd)),
  );
}

function documentCommand(kind: DocKind, summary: string, usage: string, examples: string[]): Command<z.infer<typeof DocArgs>> {
  return defineCommand({
    name: kind,
    summary,
    usage,
    examples,
    args: DocArgs,
    async run(ctx, args) {
      const saved = args.pending
        ? await ctx.services.conversation.saveHeld(ctx.user, kind)
        : args.files.length > 0 || args.text.trim().length > 0
          ? await ctx.services.conversation.saveDocument(ctx.user, kind, args)
          : undefined;
      if (saved) return saved.ok ? savedReply(ctx, saved.value) : errorReply(saved.error, ctx.platform);
      await ctx.services.conversation.awaitDocument(ctx.user, kind, args.append);
      return {
        ...reply(text(PASTE_PROMPT[kind]), actions({ id: 'cancel_paste_action', label: 'Cancel', command: 'cancel' })),
        expect: 'document',
      };
    },
  });
}

export const cvCommand = documentCommand('cv', 'Add or replace your CV (paste it or upload a file)', '/prep cv [text | file]', [
  '/prep cv  (then paste your CV)',
  '/prep cv ./cv.pdf  (terminal)',
]);
export const jdCommand = documentCommand('jd', 'Add or replace the job description you are preparing for', '/prep jd [text | file]', [
  '/prep jd  (then paste the job ad)',
]);
export const panelCommand = documentCommand(
  'panel',
  'Add notes on your interviewers (name, title, bio, posts, talks)',
  '/prep panel [add] [notes | file]',
  ['/prep panel  (replace the notes)', '/prep panel add ## Maria Lopez — Staff Engineer'],
);
