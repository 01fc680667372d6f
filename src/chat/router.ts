import { randomBytes } from 'node:crypto';
import { classifyDocument } from '../core/profile/classify.ts';
import type { IncomingFile } from '../core/profile/intake.ts';
import type { Services } from '../core/services.ts';
import type { Logger } from '../log.ts';
import type { Identity } from '../store/users.ts';
import type { Command, CommandContext } from './command.ts';
import { saveDocument } from './commands/documents.ts';
import { COMMANDS } from './commands/index.ts';
import { answerMock, answerPractice, type MockState, type PracticeState } from './commands/practice.ts';
import { internalErrorReply } from './errors.ts';
import { actions, type Reply, reply, text } from './message.ts';
import { closest, splitCommand } from './parse.ts';

/** A neutral request: a `/prep …` command line, or a plain message in the bot's DM. */
export interface ChatRequest {
  who: Identity;
  /** For a command: the text after `/prep` (a leading "/prep" is tolerated). For a message: what the user wrote. */
  text: string;
  files?: IncomingFile[];
  progress?: (r: Reply) => Promise<void>;
}

/** The `/prep` grammar and the DM conversation: neutral requests in, neutral replies out. */
export class Router {
  readonly #services: Services;
  readonly #log: Logger;
  readonly #commands: ReadonlyMap<string, Command>;

  readonly #publicUrl: string | undefined;

  constructor(services: Services, log: Logger, opts: { publicUrl?: string; commands?: readonly Command[] } = {}) {
    const commands = opts.commands ?? COMMANDS;
    this.#publicUrl = opts.publicUrl;
    this.#services = services;
    this.#log = log;
    this.#commands = new Map(commands.map((c) => [c.name, c]));
  }

  get commands(): Command[] {
    return [...this.#commands.values()];
  }

  /** `/prep <name> …` */
  async command(req: ChatRequest): Promise<Reply[]> {
    const { name, input } = splitCommand(req.text, req.files);
    return this.#guard(req, name || 'help', async (ctx) => {
      const cmd = this.#commands.get(name || 'help');
      if (!cmd) {
        const guess = closest(name, [...this.#commands.keys()]);
        return [
          reply(text(`I don't know /prep ${name}.${guess ? ` Did you mean /prep ${guess}?` : ''} Type /prep help to see every command.`)),
        ];
      }
      const args = cmd.args.safeParse(input);
      if (!args.success) {
        const why = args.error.issues[0]?.message ?? 'unexpected input';
        return [reply(text(`That didn't fit /prep ${cmd.name}: ${why}. Usage: ${cmd.usage}`))];
      }
      const out = await cmd.run(ctx, args.data);
      return Array.isArray(out) ? out : [out];
    });
  }

  /** True when the next plain message will be stored as a document (the terminal gathers a multi-line paste). */
  async isWaitingForDocument(who: Identity): Promise<boolean> {
    const user = await this.#services.profile.user(who);
    return (await this.#services.store.conversations.get(user.id)).kind === 'awaiting-document';
  }

  /** What the next plain message will be taken as, if anything (the terminal gathers multi-line input for it). */
  async waitingFor(who: Identity): Promise<'document' | 'answer' | undefined> {
    const user = await this.#services.profile.user(who);
    const kind = (await this.#services.store.conversations.get(user.id)).kind;
    return kind === 'awaiting-document' ? 'document' : kind === 'practice' || kind === 'mock' ? 'answer' : undefined;
  }

  /** A plain message in the bot's DM (or the terminal): answers whatever the bot is waiting for. */
  async message(req: ChatRequest): Promise<Reply[]> {
    return this.#guard(req, 'message', async (ctx) => {
      const state = await this.#services.store.conversations.get(ctx.user.id);
      if (state.kind === 'practice') return answerPractice(ctx, state as unknown as PracticeState, req.text);
      if (state.kind === 'mock') return answerMock(ctx, state as unknown as MockState, req.text);
      if (state.kind === 'awaiting-document') {
        const doc = state.doc as 'cv' | 'jd' | 'panel';
        return [await saveDocument(ctx, doc, { text: req.text, files: req.files ?? [], append: Boolean(state.append) })];
      }
      if (req.files?.length)
        return [
          reply(text(`I got ${req.files[0].name}. Tell me what it is: send it with /prep cv (your CV) or /prep jd (a job description).`)),
        ];
      const guess = classifyDocument(req.text);
      if (guess) {
        await this.#services.store.pending.hold(ctx.user.id, req.text);
        const first =
          guess === 'cv'
            ? { label: 'Save as my CV', command: 'cv pending' }
            : { label: 'Save as the job description', command: 'jd pending' };
        const second =
          guess === 'cv' ? { label: 'It is a job description', command: 'jd pending' } : { label: 'It is my CV', command: 'cv pending' };
        return [
          reply(
            text(`That looks like ${guess === 'cv' ? 'a CV' : 'a job description'}. Shall I save it?`),
            actions(
              { id: 'save_pending_primary_action', ...first, style: 'primary' },
              { id: 'save_pending_other_action', ...second },
              { id: 'discard_pending_action', label: 'Neither', command: 'cancel' },
            ),
          ),
        ];
      }
      return [reply(text("I'm not waiting for anything right now. Type /prep help to see what I can do."))];
    });
  }

  async #guard(req: ChatRequest, what: string, fn: (ctx: CommandContext) => Promise<Reply[]>): Promise<Reply[]> {
    try {
      const user = await this.#services.profile.user(req.who);
      return await fn({
        services: this.#services,
        who: req.who,
        user,
        platform: req.who.platform,
        progress: req.progress,
        publicUrl: this.#publicUrl,
      });
    } catch (e) {
      const ref = randomBytes(4).toString('hex');
      // Only the error's class and message and the command name: never the user's text.
      this.#log.error(
        { ref, command: what, platform: req.who.platform, err: { type: (e as Error)?.name, message: (e as Error)?.message } },
        'request failed',
      );
      return [internalErrorReply(ref)];
    }
  }
}
