import { type Interaction, PermissionFlagsBits } from 'discord.js';
import type { Identity } from '../../core/identity.ts';
import type { Logger } from '../../log.ts';
import type { Router } from '../router.ts';

/** The tables this adapter owns, as narrow ports built in main: it never sees the rest of the store. */
export interface DiscordPorts {
  /** Interaction and message ids already handled: the first claim wins; gateway replays are dropped. */
  events: { claim(eventId: string): Promise<boolean>; prune(before: Date): Promise<void> };
}

/** What every listener needs: the router (the only way into the core), the once-only claim, a logger. */
export interface DiscordDeps {
  router: Router;
  log: Logger;
  /** The application id: every Discord user of this bot lives in one workspace named by it. */
  applicationId: string;
  /** True the first time an interaction or message id is seen (across restarts, replicas and shards). */
  once(kind: 'interaction' | 'message', id: string): Promise<boolean>;
  onCommand?: (command: string, seconds: number) => void;
  /** Hosts attachments may be downloaded from: Discord's CDN, or the REST override's host (tests). */
  fileHosts: readonly string[];
}

/**
 * Who is talking. A Discord user is one person in every server and in the DM, so the workspace
 * is the bot's application (not the guild): the CV sent in a DM is the one `/prep report` reads
 * in a server. The server the request came from (its guild id; none in a DM) is the community:
 * drops and the instructor list are per server, and instructor rights come from that server
 * (its Manage Server permission) or its instructor list.
 */
export function discordIdentity(deps: Pick<DiscordDeps, 'applicationId'>, userId: string, guildId: string | null | undefined): Identity {
  return { platform: 'discord', workspace: deps.applicationId, user: userId, ...(guildId ? { community: guildId } : {}) };
}

/** Roles from the member's permissions where the command was used: Manage Server → admin; the owner → owner. */
export function rolesOf(interaction: Interaction): () => Promise<string[]> {
  return async () => {
    if (!interaction.inGuild()) return [];
    const roles: string[] = [];
    if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) roles.push('admin');
    if (interaction.guild?.ownerId === interaction.user.id) roles.push('owner');
    return roles;
  };
}

/** The once-only check on the processed-events table, with ids prefixed so they never meet Slack's. */
export function onceOn(ports: DiscordPorts): DiscordDeps['once'] {
  return (kind, id) => ports.events.claim(`discord:${kind === 'interaction' ? 'i' : 'm'}:${id}`);
}

/** A listener that logs its failure (ids and messages, never the user's text) instead of crashing the client. */
export function safely<A extends unknown[]>(log: Logger, fn: (...a: A) => Promise<void>): (...a: A) => Promise<void> {
  return async (...a) => {
    try {
      await fn(...a);
    } catch (e) {
      const err = e as { name?: string; code?: unknown; message?: string };
      log.error({ err: { type: err?.name, code: err?.code, message: err?.message?.slice(0, 200) } }, 'discord listener failed');
    }
  };
}
