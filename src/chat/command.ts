import type { z } from 'zod';
import type { IncomingFile } from '../core/profile/intake.ts';
import type { Services } from '../core/services.ts';
import type { Identity, Platform, UserRow } from '../store/users.ts';
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
  user: UserRow;
  platform: Platform;
  /** Public base URL of the bot's web pages (report links), when it serves them. */
  publicUrl?: string;
  /** Updates one progress message while long work runs (adapters without it ignore progress). */
  progress?: (r: Reply) => Promise<void>;
}

/** A command is data plus a handler; the registry drives the router, help and platform manifests. */
export interface Command<A = unknown> {
  name: string;
  summary: string;
  usage: string;
  /** Extra examples shown by /prep help <name>. */
  examples?: string[];
  args: z.ZodType<A, unknown>;
  run(ctx: CommandContext, args: A): Promise<Reply | Reply[]>;
}

/** Keeps a command's args type tied to its schema without widening the registry. */
export function defineCommand<A>(c: Command<A>): Command<A> {
  return c;
}
