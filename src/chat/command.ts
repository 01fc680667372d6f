import type { z } from 'zod';
import type { Identity, Platform, User } from '../core/identity.ts';
import type { IncomingFile } from '../core/profile/intake.ts';
import type { Services } from '../core/services.ts';
import type { Reply } from './message.ts';

/** A command line after `/prep <name>`, split once for every command's zod args schema. */
export interface CommandInput {
  /** Whitespace-separated words that are not key=value options. */
  words: string[];
  /** key=value options (track=backend, date=2026-12-03). */
  opts: Record<string, string>;
  /** Everything after the command name, untouched (pasted documents keep their lines). */
  rest: string;
  files: IncomingFile[];
}

export interface CommandContext {
  services: Services;
  who: Identity;
  user: User;
  platform: Platform;
  /** Writes a command in this platform's syntax: cmd('practice') → "/prep practice". */
  cmd: (command: string) => string;
  /** Public base URL of the bot's web pages (report links), when it serves them. */
  publicUrl?: string;
  /** Updates one progress message while long work runs (adapters without it ignore progress). */
  progress?: (r: Reply) => Promise<void>;
}

/**
 * What a command needs before it runs, checked once by the router for every entry point (slash
 * command, button, modal, message), so no adapter has its own list.
 */
export interface CommandNeeds {
  /** Instructors and workspace admins only: what it lets them do (for the refusal), and for which first words (all when absent). */
  instructor?: { to: string; verbs?: readonly string[] };
  /** Its replies are personal: deliver them in the user's DM, never in a channel. */
  dm?: true;
  /** Ask first; the command runs when its first word is "confirm" (a button sends that). */
  confirm?: { question: string; yes: string; no: string };
}

/** A command is data plus a handler; the registry drives the router, help and platform manifests. */
export interface Command<A = unknown> {
  name: string;
  summary: string;
  usage: string;
  /** Extra examples shown by /prep help <name>. */
  examples?: string[];
  needs?: CommandNeeds;
  args: z.ZodType<A, unknown>;
  run(ctx: CommandContext, args: A): Promise<Reply | Reply[]>;
}

/** Keeps a command's args type tied to its schema without widening the registry. */
export function defineCommand<A>(c: Command<A>): Command<A> {
  return c;
}
