import { randomBytes } from 'node:crypto';
import type { Identity } from '../core/identity.ts';
import { classifyDocument } from '../core/profile/classify.ts';
import type { IncomingFile } from '../core/profile/intake.ts';
import type { Services } from '../core/services.ts';
import type { Logger } from '../log.ts';
import type { Command, CommandContext } from './command.ts';
import { savedReply } from './commands/documents.ts';
import { COMMANDS } from './commands/index.ts';
import { commandSyntax, errorReply, internalErrorReply } from './errors.ts';
import { actions, context, type Reply, reply, text } from './message.ts';
import { closest, splitCommand } from './parse.ts';
import { feedbackReply, mockStepReplies } from './replies/practice.ts';

/** A neutral request: a `/prep …` command line, or a plain message in the bot's DM. */
export interface ChatRequest {
  who: Identity;
  /** For a command: the text after `/prep` (a leading "/prep" is tolerated). For a message: what the user wrote. */
  text: string;
  files?: IncomingFile[];
  progress?: (r: Reply) => Promise<void>;
  /** The user's workspace roles, looked up only when a command needs them (an API call on some platforms). */
  roles?: () => Promise<string[]>;
}

/** A reply in the thread of a drop's message (a channel, not the DM). */
export interface ThreadMessage {
  who: Identity;
  channel: string;
  /** The thread root (the drop's message) and the answer's own message id. */
  threadRef: string;
  messageRef: string;
  text: string;
}

/**
 * The `/prep` grammar and every conversation: neutral requests in, neutral replies out. The
 * only way an adapter reaches the core. It checks what each command needs (roles, DM,
 * confirmation), so every entry point — slash command, button, modal, message — gets the same rules.
 */
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
        return [errorReply({ code: 'unknown_command', params: { name, guess } }, ctx.platform)];
      }
      const verb = input.words[0]?.toLowerCase() ?? '';
      const role = cmd.needs?.instructor;
      if (role && (!role.verbs || role.verbs.includes(verb)) && !(await this.#isInstructor(ctx, req)))
        return [errorReply({ code: 'not_allowed', params: { to: role.to } }, ctx.platform)];
      const confirm = cmd.needs?.confirm;
      if (confirm && verb !== 'confirm')
        return [
          reply(
            text(confirm.question),
            actions(
              { id: `${cmd.name}_confirm_action`, label: confirm.yes, command: `${cmd.name} confirm`, style: 'danger' },
              { id: `${cmd.name}_cancel_action`, label: confirm.no, command: 'cancel' },
            ),
            context(`(Or type: ${ctx.cmd(`${cmd.name} confirm`)})`),
          ),
        ];
      const args = cmd.args.safeParse(input);
      if (!args.success) {
        const why = args.error.issues[0]?.message ?? 'unexpected input';
        return [errorReply({ code: 'bad_arguments', params: { command: cmd.name, why, usage: cmd.usage } }, ctx.platform)];
      }
      const out = await cmd.run(ctx, args.data);
      const replies = Array.isArray(out) ? out : [out];
      return cmd.needs?.dm ? replies.map((r) => ({ ...r, dm: true })) : replies;
    });
  }

  async #isInstructor(ctx: CommandContext, req: ChatRequest): Promise<boolean> {
    if (!ctx.who.roles && req.roles) ctx.who.roles = await req.roles();
    return this.#services.drops.instructors.canManage(ctx.user, ctx.who);
  }

  /**
   * Called after a user's /prep forget with their identity, so an adapter deletes what it keeps
   * outside the database (the terminal's report files). Returns the unsubscribe function.
   */
  onForget(listener: (who: Identity) => Promise<void> | void): () => void {
    return this.#services.profile.onForget(listener);
  }

  /** What the next plain message will be taken as, if anything (the terminal gathers multi-line input for it; Slack fetches a dropped file for it). */
  async waitingFor(who: Identity): Promise<'document' | 'answer' | undefined> {
    const kind = (await this.#services.conversation.state(await this.#services.user(who))).kind;
    return kind === 'awaiting-document' ? 'document' : kind === 'practice' || kind === 'mock' ? 'answer' : undefined;
  }

  /** A plain message in the bot's DM (or the terminal): answers whatever the bot is waiting for. */
  async message(req: ChatRequest): Promise<Reply[]> {
    return this.#guard(req, 'message', async (ctx) => {
      const out = await this.#services.conversation.answer(ctx.user, req.text, req.files ?? []);
      switch (out.kind) {
        case 'practice': {
          const g = out.graded;
          const fb = feedbackReply(g.grade, { previousBest: g.previousBest, nextDue: g.nextDue, now: this.#services.now() });
          if (out.hints > 0) fb.blocks.splice(1, 0, context(`You used ${out.hints} hint${out.hints === 1 ? '' : 's'}.`));
          return [fb];
        }
        case 'mock':
          return mockStepReplies(out.step);
        case 'document':
          return [out.saved.ok ? await savedReply(ctx, out.saved.value) : errorReply(out.saved.error, ctx.platform)];
        case 'gone':
          return [
            reply(
              text(
                out.flow === 'mock'
                  ? `That mock can no longer continue. Start a new one with ${ctx.cmd('mock')}.`
                  : `That question is no longer available. Start again with ${ctx.cmd('practice')}.`,
              ),
            ),
          ];
        case 'idle':
          return this.#unexpected(ctx, req);
      }
    });
  }

  /** Nothing was asked: a file or a pasted document is offered for saving; anything else gets help. */
  async #unexpected(ctx: CommandContext, req: ChatRequest): Promise<Reply[]> {
    if (req.files?.length)
      return [
        reply(
          text(
            `I got ${req.files[0].name}. Tell me what it is: send it with ${ctx.cmd('cv')} (your CV) or ${ctx.cmd('jd')} (a job description).`,
          ),
        ),
      ];
    const guess = classifyDocument(req.text);
    if (!guess) return [reply(text(`I'm not waiting for anything right now. Type ${ctx.cmd('help')} to see what I can do.`))];
    await this.#services.conversation.hold(ctx.user, req.text);
    const first =
      guess === 'cv' ? { label: 'Save as my CV', command: 'cv pending' } : { label: 'Save as the job description', command: 'jd pending' };
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

  /** A reply in a drop's thread: graded, feedback queued for the outbox. False when it answers no drop. */
  async threadMessage(m: ThreadMessage): Promise<boolean> {
    try {
      const handled = await this.#services.drops.threads.answer(m);
      if (handled) this.#services.queued();
      return handled;
    } catch (e) {
      this.#logFailure(e, 'thread-answer', m.who);
      return false;
    }
  }

  /** Whoever installs the app in a workspace becomes its first instructor. */
  async installed(who: Identity): Promise<void> {
    await this.#services.drops.instructors.addInstaller(who);
  }

  async #guard(req: ChatRequest, what: string, fn: (ctx: CommandContext) => Promise<Reply[]>): Promise<Reply[]> {
    try {
      const user = await this.#services.user(req.who);
      return await fn({
        services: this.#services,
        who: { ...req.who },
        user,
        platform: req.who.platform,
        cmd: commandSyntax(req.who.platform),
        progress: req.progress,
        publicUrl: this.#publicUrl,
      });
    } catch (e) {
      return [internalErrorReply(this.#logFailure(e, what, req.who))];
    }
  }

  /** Logs a failure with a reference the user can quote: the error's class and message and the command, never the user's text. */
  #logFailure(e: unknown, what: string, who: Identity): string {
    const ref = randomBytes(4).toString('hex');
    this.#log.error(
      { ref, command: what, platform: who.platform, err: { type: (e as Error)?.name, message: (e as Error)?.message } },
      'request failed',
    );
    return ref;
  }
}
