import { Track } from '../core/bank/schema.ts';
import type { AppError, ErrorCode, ErrorParams } from '../core/errors.ts';
import type { Platform } from '../core/identity.ts';
import { context, type Reply, reply, text } from './message.ts';

/** How a command is written on each platform: `/prep cv` in a chat, `prep` flags on the command line. */
export function commandSyntax(platform: Platform): (command: string) => string {
  return platform === 'cli' ? (c) => `prep ${c}` : (c) => `/prep ${c}`;
}

/** How to send a file on each platform, added to the messages that suggest uploading one. */
const UPLOAD_HINT: Record<Platform, string> = {
  shell: 'In the terminal, give the path: /prep cv ./my-cv.pdf',
  cli: 'Pass the path with --cv or --jd.',
  slack: 'In Slack, drop the file into your DM with me.',
  discord: 'In Discord, attach the file to a DM with me, or use the file option of /prep cv.',
};

const WANTS_UPLOAD_HINT: ReadonlySet<ErrorCode> = new Set(['text_too_long', 'text_too_short', 'pdf_no_text', 'missing_cv', 'missing_jd']);

const UNCHANGED = 'Nothing already on file was changed.';
const fileKind = { text: 'a text file', pdf: 'a PDF', docx: 'a Word document' } as Record<string, string>;

type Words = (p: ErrorParams, c: (command: string) => string) => string;

const TOO_COMPLEX: Record<string, string> = {
  time: 'took too long to read',
  memory: 'needs more memory to read than any CV or job description',
  expands: 'would expand to far more than any CV or job description',
  parts: 'holds more parts than any Word document',
};
const NOT_A_FILE: Record<string, string> = { folder: 'a folder', pipe: 'a pipe', socket: 'a socket', device: 'a device' };

/** The words for every code, in one place. `c` writes a command in the platform's syntax. */
const WORDS: Record<ErrorCode, Words> = {
  unknown_command: (p, c) =>
    `I don't know ${c(String(p.name))}.${p.guess ? ` Did you mean ${c(String(p.guess))}?` : ''} Type ${c('help')} to see every command.`,
  bad_arguments: (p, c) => `That didn't fit ${c(String(p.command))}: ${p.why}. Usage: ${p.usage}`,
  not_allowed: (p, c) =>
    `Only instructors and workspace admins can ${p.to ?? 'do that'}. Ask an instructor to add you with ${c('instructor add @you')} — everyone can still answer the daily question in its thread.`,
  file_too_large: (p) =>
    `${p.name} is ${p.mb} MB; files up to ${p.limitMb ?? 5} MB are accepted. Export a smaller PDF or paste the text. ${UNCHANGED}`,
  file_not_found: (p) => `There is no file at ${p.path}. Check the path (it is relative to where you started the bot) and try again.`,
  unsupported_file_type: (p) =>
    `${p.name} is not a file type I can read. Upload a PDF, DOCX, TXT or MD file, or paste the text. ${UNCHANGED}`,
  file_corrupt: (p) =>
    p.as === 'text'
      ? `${p.name} does not look like a text file. Save it as UTF-8 text, or upload a PDF or DOCX. ${UNCHANGED}`
      : `${p.name} could not be read as ${fileKind[String(p.as)] ?? 'a document'} (it may be damaged). Export it again${p.as === 'pdf' ? ', upload a DOCX,' : ' as DOCX or PDF,'} or paste the text. ${UNCHANGED}`,
  file_encrypted: (p) =>
    p.as === 'docx'
      ? `${p.name} is password-protected (or an old .doc file). Save it as a plain DOCX or PDF, or paste the text. ${UNCHANGED}`
      : `${p.name} is password-protected. Save a copy without a password, or paste the text. ${UNCHANGED}`,
  file_too_complex: (p) =>
    `${p.name} ${TOO_COMPLEX[String(p.reason)] ?? 'is too complex to read safely'}, so I stopped reading it. Export a plain copy (PDF or DOCX with just the text), or paste the text. ${UNCHANGED}`,
  file_misnamed: (p) =>
    `${p.name} is really ${p.really ?? 'another kind of'} file with a text file's name. Give it its real extension (.pdf or .docx) and upload it again, or paste the text. ${UNCHANGED}`,
  too_many_pages: (p) =>
    `${p.name} has ${Number(p.pages ?? 0).toLocaleString('en')} pages; I read PDFs of up to ${p.limit ?? 50} pages. Export only the pages that matter, or paste the text. ${UNCHANGED}`,
  intake_busy: (p) => `I am reading a lot of files right now; send ${p.name ?? 'it'} again in a minute. ${UNCHANGED}`,
  not_a_file: (p) =>
    p.what === 'system'
      ? `${p.path} is a system path, not a document. Give the path of a PDF, DOCX, TXT or MD file.`
      : `${p.path} is ${NOT_A_FILE[String(p.what)] ? `${NOT_A_FILE[String(p.what)]}, not a file` : 'not a regular file'}. Give the path of a PDF, DOCX, TXT or MD file.`,
  file_unreadable: (p) =>
    p.reason === 'permission'
      ? `I am not allowed to read ${p.path}. Check its permissions, or copy it somewhere you own.`
      : p.reason === 'loop'
        ? `${p.path} is not a path I can follow. Give the path of a PDF, DOCX, TXT or MD file.`
        : `${p.path} could not be read from the disk. Check the file opens on your machine, or try a copy of it.`,
  bad_date: (p) => {
    const example = p.example ? `, for example ${p.example}` : '';
    switch (p.reason) {
      case 'month':
        return `${p.value} has no month ${p.month}. Give the date as YYYY-MM-DD${example}.`;
      case 'day':
        return `${p.value} is not a real date: ${p.monthName} ${p.year} has ${p.days} days. Give the date as YYYY-MM-DD${example}.`;
      case 'past':
        return `${p.value} is in the past (today is ${p.today} where you are). Give the date of an interview still to come.`;
      case 'far':
        return `${p.value} is more than a year away; I plan for interviews up to ${p.latest}. Give a nearer date, or leave it out.`;
      default:
        return `"${p.value}" is not a date I can read. Give it as YYYY-MM-DD${example}.`;
    }
  },
  pdf_no_text: (p) =>
    `${p.name}: this PDF has no text layer — paste the text or upload a DOCX. (It looks like a scan; I never guess a CV from images.) ${UNCHANGED}`,
  text_too_long: (p) =>
    p.over
      ? `That ${p.kind} holds more than ${Number(p.limit).toLocaleString('en')} characters of text; the limit is ${Number(p.limit).toLocaleString('en')}. Remove old roles or appendices and upload it again, or paste the part that matters. ${UNCHANGED}`
      : `That ${p.kind} is ${Number(p.chars).toLocaleString('en')} characters; the limit is ${Number(p.limit).toLocaleString('en')}. Remove old roles or appendices and send it again. Nothing was changed.`,
  text_too_short: (p) =>
    Number(p.chars) === 0
      ? `The ${p.kind} was empty. Paste the text or upload a file. Nothing was changed.`
      : `That is only ${p.chars} characters — too short to be a ${p.kind}. Paste the whole document, or upload it as a PDF, DOCX, TXT or MD file. Nothing was changed.`,
  missing_documents: (_p, c) =>
    `I need your CV and the job description first. Add them with ${c('cv')} and ${c('jd')}, then run ${c('report')} again.`,
  missing_cv: (_p, c) => `I have the job description but not your CV. Add it with ${c('cv')}, then run ${c('report')} again.`,
  missing_jd: (_p, c) => `I have your CV but not the job description. Add it with ${c('jd')}, then run ${c('report')} again.`,
  no_questions: (p, c) =>
    `I have no ${p.difficulty ? `${p.difficulty} ` : ''}questions on the ${p.track} track${p.difficulty ? '' : ' yet'}. Try another track or difficulty: ${c('practice backend medium')}`,
  question_too_short: () =>
    'The question is too short. Write it as you would ask it, e.g. "Q: How does a B-tree index speed up range queries?"',
  reference_too_short: () =>
    'The reference answer needs at least a few sentences (15+ words) so I can derive the key points to grade against.',
  reference_without_points: () =>
    'I could not find at least two distinct key points in that reference answer. Write it as several full sentences.',
  duplicate_question: (_p, c) => `Your workspace already has a question very close to that one. ${c('bank list')} shows them.`,
  bad_time: (p, c) =>
    p.option === 'summary'
      ? 'summary= must be a time like 17:00.'
      : `"${p.value}" is not a time. Use 24-hour HH:MM, e.g. ${p.command ? c(`${p.command} 08:30`) : '09:00'}.`,
  bad_time_zone: (p) => `"${p.value}" is not a time zone I know. Use an IANA name such as Europe/Berlin or America/New_York.`,
  unknown_track: (p) => `Unknown track "${p.value}". Tracks: ${Track.options.join(', ')}.`,
  unknown_difficulty: () => 'difficulty= must be easy, medium or hard.',
  custom_pool_empty: (_p, c) => `pool=custom needs questions of your own first: add them with ${c('bank add')}.`,
  no_drops: (_p, c) =>
    `There are no drops in this workspace yet. Set one up with ${c('drop setup #channel 09:00 Europe/Berlin track=backend')}`,
  which_drop: (p) => `Which drop? Give its id or channel: ${p.choices}.`,
  drops_from_server: (p) =>
    p.what === 'instructors'
      ? 'Add and remove instructors from the server, not from our DM: each server has its own.'
      : p.what === 'cohort'
        ? "See a server's cohort from that server, not from our DM."
        : 'Set up and manage drops from the server, not from our DM.',
  drop_of_another_server: () =>
    'That channel has a drop of another server, which only that server can change. Pick a channel of this server.',
  drop_without_questions: (_p, c) =>
    `This drop has no questions to post: check its track and difficulty, or add questions with ${c('bank add')}.`,
  nothing_pending: (_p, c) => `There is nothing waiting to be saved any more. Paste it again, or use ${c('cv')} or ${c('jd')}.`,
};

/** The words of an expected failure, for one platform. */
export function errorText(error: AppError, platform: Platform): string {
  return WORDS[error.code](error.params, commandSyntax(platform));
}

/** The one place an expected failure becomes what a person sees. */
export function errorReply(error: AppError, platform: Platform): Reply {
  const blocks = [text(errorText(error, platform))];
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
