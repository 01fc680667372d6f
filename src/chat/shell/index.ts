import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AppError } from '../../core/errors.ts';
import type { Identity } from '../../core/identity.ts';
import { readLocalFile } from '../../core/local-file.ts';
import { type IncomingFile, MAX_FILE_BYTES } from '../../core/profile/intake.ts';
import { errorReply, internalErrorReply } from '../errors.ts';
import type { Reply } from '../message.ts';
import type { Router } from '../router.ts';
import { renderText } from './render.ts';

const FILE_COMMANDS = new Set(['cv', 'jd', 'panel']);
const LOOKS_LIKE_PATH = /^(~|\.{1,2})?\/|\.(pdf|docx|txt|md|markdown)$/i;

export interface ShellOptions {
  input: Readable;
  output: Writable;
  /** Colour and a prompt only when talking to a person. */
  tty: boolean;
  user?: string;
  /** Where files attached to replies (full reports) are written. */
  filesDir: string;
}

/**
 * The terminal adapter: the default platform. Reads lines, turns `/prep cv ./file.pdf` into a
 * file attachment, hands neutral requests to the router and prints the rendered replies.
 * Resolves when input ends (EOF, Ctrl-D) or on Ctrl-C.
 */
export async function runShell(router: Router, opts: ShellOptions): Promise<void> {
  const who: Identity = { platform: 'shell', workspace: 'local', user: opts.user ?? safeUser() };
  const out = (s: string) => opts.output.write(`${s}\n`);
  const show = (replies: Reply[]) => {
    for (const r of replies) {
      out(renderText(r, { color: opts.tty, width: 80 }));
      if (r.files?.length) {
        mkdirSync(opts.filesDir, { recursive: true });
        for (const f of r.files) {
          const path = join(opts.filesDir, basename(f.name));
          writeFileSync(path, f.content, { mode: 0o600 });
          out(`Saved ${f.mime === 'text/html' ? 'the full report (open it in a browser)' : 'the Markdown report'}: ${path}`);
        }
      }
      out('');
    }
    return replies.some((r) => r.expect === 'document');
  };
  // Progress bars help a person at a terminal; piped output stays clean.
  const progress = opts.tty ? async (r: Reply) => void out(renderText(r, { color: true, width: 80 })) : undefined;
  const rl = createInterface({ input: opts.input, output: opts.tty ? opts.output : undefined, terminal: opts.tty });
  const prompt = () => opts.tty && rl.prompt();
  rl.setPrompt('you › ');
  rl.on('SIGINT', () => rl.close());
  if (opts.tty) out('prep-bot — type /prep help to begin, Ctrl-C to leave.\n');
  prompt();

  let collecting: string[] | undefined;
  const flush = async () => {
    const textBlock = (collecting ?? []).join('\n');
    collecting = undefined;
    if (textBlock.trim()) show(await router.message({ who, text: textBlock }));
  };

  for await (const line of rl) {
    if (collecting) {
      if (line.trim() === '.') await flush();
      else collecting.push(line);
      continue;
    }
    const trimmed = line.trim();
    if (!trimmed) {
      prompt();
      continue;
    }
    if (trimmed === 'exit' || trimmed === 'quit') break;
    try {
      if (trimmed.startsWith('/')) {
        const files = await readPathArgument(trimmed);
        if ('error' in files) show([errorReply(files.error, 'shell')]);
        else if (show(await router.command({ who, text: files.text, files: files.files, progress }))) {
          collecting = [];
          if (opts.tty) out('(paste it, then a line with a single "." to finish)');
        }
      } else {
        collecting = [line];
        // A pasted document arrives as many lines at once; gather them until a lone "." or EOF.
        if (!(await router.isWaitingForDocument(who))) {
          collecting = undefined;
          show(await router.message({ who, text: line }));
        }
      }
    } catch (e) {
      // One bad line (an unwritable reports folder, a disk error) must not end the chat.
      collecting = undefined;
      show([internalErrorReply(shellRef(e))]);
    }
    prompt();
  }
  if (collecting) await flush();
  rl.close();
}

/** `/prep cv ./cv.pdf` → the file's bytes as an attachment, like a platform upload (type and size checked first). */
async function readPathArgument(line: string): Promise<{ text: string; files: IncomingFile[] } | { error: AppError }> {
  const m = line.match(/^\/?prep\s+(\S+)\s+(?:(add)\s+)?(\S+)\s*$/i);
  if (!m || !FILE_COMMANDS.has(m[1].toLowerCase()) || !LOOKS_LIKE_PATH.test(m[3])) return { text: line, files: [] };
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
