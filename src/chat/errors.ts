import type { AppError, ErrorCode } from '../core/errors.ts';
import type { Platform } from '../store/users.ts';
import { context, type Reply, reply, text } from './message.ts';

/** How to send a file on each platform, added to the messages that suggest uploading one. */
const UPLOAD_HINT: Record<Platform, string> = {
  shell: 'In the terminal, give the path: /prep cv ./my-cv.pdf',
  cli: 'Pass the path with --cv or --jd.',
  slack: 'In Slack, drop the file into your DM with me.',
  discord: 'In Discord, attach the file to a DM with me.',
};

const WANTS_UPLOAD_HINT: ReadonlySet<ErrorCode> = new Set(['text_too_long', 'text_too_short', 'pdf_no_text', 'missing_cv', 'missing_jd']);

/** The one place an expected failure becomes what a person sees. */
export function errorReply(error: AppError, platform: Platform): Reply {
  const blocks = [text(error.message)];
  if (WANTS_UPLOAD_HINT.has(error.code)) blocks.push(context(UPLOAD_HINT[platform]));
  return reply(...blocks);
}

/** A bug or an outage: the user learns that, what is safe, and what to do — never the stack. */
export function internalErrorReply(ref: string): Reply {
  return reply(
    text('Something went wrong on my side while doing that. Nothing you had on file was changed — please try again in a minute.'),
    context(`If it keeps happening, tell your instructor or the bot's admin and quote reference ${ref}.`),
  );
}
