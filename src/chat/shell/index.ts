import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { AppError } from '../../core/errors.ts';
import type { Identity } from '../../core/identity.ts';
import { readLocalFile } from '../../core/local-file.ts';
import { type IncomingFile, MAX_FILE_BYTES } from '../../core/profile/intake.ts';
import type { Logger } from '../../log.ts';
import { errorReply, internalErrorReply } from '../errors.ts';
import type { Reply } from '../message.ts';
import type { Router } from '../router.ts';
import { renderText } from './render.ts';

const FILE_COMMANDS = new Set(['cv', 'jd', 'panel', 'bank']);
const LOOKS_LIKE_PATH = /^(~|\.{1,2})?\/|\.(pdf|docx|txt|md|markdown|ya?ml|json)$/i;
const COMMAND_LINE = /^\/?prep(\s|$)/i;

export interface ShellOptions {
  input: Readable;
  output: Writable;
  /** Colour and a prompt only when talking to a person. */
  tty: boolean;
  user?: string;
  /** Where files attached to replies (full reports) are written, in a folder per user that /prep forget deletes. */
  filesDir: string;
  /** Debug lines (LOG_LEVEL=debug): what was handled and how input was gathered, never its content. */
  log?: Logger;
}

/** Input that spans lines: a pasted document, a typed answer, or a question for the bank. */
type GatherKind = 'document' | 'answer' | 'bank';

/** How each kind of multi-line input ends; a document may hold blank lines, so only "." (or a command) ends it. */
const HOW_TO_FINISH: Record<GatherKind, string> = {
  document: '(paste it, then a line with a single "." to finish)',
  answer: '(answer on as many lines as you like; finish with a blank line, a line with a single ".", or your next /prep command)',
  bank: '(paste the "Q: …" line and the "A: …" lines; finish with a blank line or a line with a single ".")',
};

/**
 * The terminal adapter: the default platform. Reads lines, gathers multi-line input (documents,
 * answers, bank questions), turns `/prep cv ./file.pdf` into a file attachment, hands neutral
 * requests to the router and prints the rendered replies; report files are written to disk and
 * shown as file:// URLs. Resolves when input ends (EOF, Ctrl-D) or on Ctrl-C.
 */
export async function runShell(router: Router, opts: ShellOptions): Promise<void> {
  const who: Identity = { platform: 'shell', workspace: 'local', user: opts.user ?? safeUser() };
  const log = opts.log;
  const out = (s: string) => opts.output.write(`${s}\n`);
  const userDir = (user: string) => resolve(opts.filesDir, user.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_'));
  // Forget means the report files on this disk too, not only the rows.
  const unsubscribe = router.onForget((gone) => {
    if (gone.platform === 'shell') rmSync(userDir(gone.user), { recursive: true, force: true });
  });
  const show = (replies: Reply[]) => {
    for (const r of replies) {
      const saved: string[] = [];
      let reportUrl: string | undefined;
      if (r.files?.length) {
        const dir = userDir(who.user);
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        for (const f of r.files) {
          const path = resolve(dir, basename(f.name));
          writeFileSync(path, f.content, { mode: 0o600 });
          const url = pathToFileURL(path).href;
          if (f.mime === 'text/html') reportUrl = url;
          saved.push(`Saved ${f.mime === 'text/html' ? 'the full report (open it in a browser)' : 'the Markdown report'}: ${url}`);
          log?.debug({ file: basename(path), bytes: Buffer.byteLength(f.content) }, 'shell wrote a report file');
        }
      }
      out(renderText(reportUrl ? linkReport(r, reportUrl) : r, { color: opts.tty, width: 80 }));
      for (const s of saved) out(s);
      out('');
    }
  };
  // Progress bars help a person at a terminal; piped output stays clean.
  const progress = opts.tty ? async (r: Reply) => void out(renderText(r, { color: true, width: 80 })) : undefined;
  const rl = createInterface({ input: opts.input, output: opts.tty ? opts.output : undefined, terminal: opts.tty });
  const prompt = () => opts.tty && rl.prompt();
  rl.setPrompt('you › ');
  rl.on('SIGINT', () => rl.close());
  if (opts.tty) out('prep-bot — type /prep help to begin, Ctrl-C to leave.\n');
  log?.debug({ tty: opts.tty }, 'shell started');

  let gathering: { kind: GatherKind; lines: string[] } | undefined;
  const gather = (kind: GatherKind, lines: string[]) => {
    gathering = { kind, lines };
    out(HOW_TO_FINISH[kind]);
    if (opts.tty) rl.setPrompt('   … ');
  };
  /** Says how to finish when the bot now waits for a document or an answer. */
  const announceWaiting = async () => {
    const waiting = await router.waitingFor(who);
    if (waiting) out(HOW_TO_FINISH[waiting]);
  };
  const finish = async (endedBy: string) => {
    if (!gathering) return;
    const { kind, lines } = gathering;
    gathering = undefined;
    if (opts.tty) rl.setPrompt('you › ');
    const textBlock = lines.join('\n');
    log?.debug({ kind, lines: lines.length, chars: textBlock.length, endedBy }, 'shell input gathered');
    if (!textBlock.trim()) return;
    const started = performance.now();
    const replies =
      kind === 'bank'
        ? await router.command({ who, text: `bank add ${textBlock}`, progress })
        : await router.message({ who, text: textBlock });
    log?.debug({ kind, replies: replies.length, ms: Math.round(performance.now() - started) }, 'shell message handled');
    show(replies);
    await announceWaiting();
  };

  prompt();
  for await (const line of rl) {
    const trimmed = line.trim();
    if (gathering) {
      const isCommand = COMMAND_LINE.test(trimmed);
      const blankEnds = gathering.kind !== 'document' && trimmed === '';
      if (!(trimmed === '.' || isCommand || blankEnds)) {
        gathering.lines.push(line);
        prompt();
        continue;
      }
      await finish(trimmed === '.' ? 'dot' : isCommand ? 'command' : 'blank line');
      if (!isCommand) {
        prompt();
        continue;
      }
    }
    if (!trimmed) {
      prompt();
      continue;
    }
    if (trimmed === 'exit' || trimmed === 'quit') break;
    try {
      if (trimmed.startsWith('/')) {
        const bank = trimmed.match(/^\/?prep\s+bank\s+add\b\s*([\s\S]*)$/i);
        const files = await readPathArgument(trimmed);
        if ('error' in files) show([errorReply(files.error, 'shell')]);
        else if (bank && files.files.length === 0 && !hasQuestionAndAnswer(bank[1])) gather('bank', bank[1] ? [bank[1]] : []);
        else {
          const started = performance.now();
          const replies = await router.command({ who, text: files.text, files: files.files, progress });
          log?.debug(
            {
              command: commandName(files.text),
              files: files.files.length,
              replies: replies.length,
              ms: Math.round(performance.now() - started),
            },
            'shell command handled',
          );
          show(replies);
          await announceWaiting();
        }
      } else {
        // A pasted document or a typed answer arrives as many lines: gather them until it ends.
        const waiting = await router.waitingFor(who);
        if (waiting) {
          gathering = { kind: waiting, lines: [line] };
          if (opts.tty) rl.setPrompt('   … ');
        } else show(await router.message({ who, text: line }));
      }
    } catch (e) {
      // One bad line (an unwritable reports folder, a disk error) must not end the chat.
      gathering = undefined;
      show([internalErrorReply(shellRef(e))]);
    }
    prompt();
  }
  await finish('end of input');
  rl.close();
  unsubscribe();
}

/** The summary's "Open full report" button points at the page just written, instead of re-running the command. */
function linkReport(r: Reply, url: string): Reply {
  return {
    ...r,
    blocks: r.blocks.map((b) =>
      b.type === 'actions'
        ? { ...b, actions: b.actions.map((a) => (a.id === 'open_report_action' ? { ...a, command: undefined, url } : a)) }
        : b,
    ),
  };
}

/** "Q: … A: …" already on the line: nothing more to gather. */
function hasQuestionAndAnswer(s: string): boolean {
  return /^\s*(?:q|question)\s*:/i.test(s) && /\s(?:a|answer|reference)\s*:\s*\S/i.test(s);
}

/** The command's name for a debug line (never its arguments, which may be personal). */
function commandName(line: string): string {
  return (
    line
      .replace(/^\/?prep\s+/i, '')
      .split(/\s/)[0]
      ?.toLowerCase()
      .replace(/[^a-z-]/g, '') ?? ''
  );
}

/** `/prep cv ./cv.pdf` → the file's bytes as an attachment, like a platform upload (type and size checked first). */
async function readPathArgument(line: string): Promise<{ text: string; files: IncomingFile[] } | { error: AppError }> {
  const m = line.match(/^\/?prep\s+(\S+)\s+(?:(add)\s+)?(\S+)\s*$/i);
  if (!m || !FILE_COMMANDS.has(m[1].toLowerCase()) || !LOOKS_LIKE_PATH.test(m[3])) return { text: line, files: [] };
  // `/prep bank` takes a file only after "add".
  if (m[1].toLowerCase() === 'bank' && !m[2]) return { text: line, files: [] };
  const path = resolve(m[3].replace(/^~(?=\/)/, homedir()));
  const bytes = await readLocalFile(path, m[3], MAX_FILE_BYTES);
  if (!bytes.ok) return { error: bytes.error };
  return { text: `${m[1]}${m[2] ? ' add' : ''}`, files: [{ name: basename(path), bytes: bytes.value }] };
}

/** A short reference for an unexpected error; the terminal user is the operator, so the errno code helps. */
function shellRef(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return `shell-${typeof code === 'string' ? code.toLowerCase() : 'error'}-${Date.now().toString(36)}`;
}

function safeUser(): string {
  try {
    return userInfo().username || 'local';
  } catch {
    return 'local';
  }
}
