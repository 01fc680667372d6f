import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import type { Router } from '../router.ts';
import { type DiscordDeps, type DiscordPorts, onceOn } from './context.ts';
import { attachmentHosts } from './files.ts';
import { register as registerButtons } from './listeners/interactions/buttons.ts';
import { register as registerDocumentModal } from './listeners/interactions/document-modal.ts';
import { register as registerPrep } from './listeners/interactions/prep.ts';
import { register as registerMessages } from './listeners/messages/direct-messages.ts';

const READY_TIMEOUT_MS = 60_000;

export interface DiscordAdapter {
  client: Client;
  ready(): boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface DiscordOptions {
  config: NonNullable<Config['discord']>;
  router: Router;
  ports: DiscordPorts;
  log: Logger;
  onCommand?: (command: string, seconds: number) => void;
}

/**
 * The gateway intents the bot needs: guilds (channels and threads), guild and DM messages,
 * and Message Content, a privileged intent switched on in the developer portal, without which
 * DMs and thread replies arrive empty (https://discord.com/developers/docs/topics/gateway#privileged-intents).
 */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

/**
 * The discord.js client with its listeners. Under a ShardingManager the client picks its shard
 * from the environment the manager gives each child; alone, it runs every shard itself.
 */
export function createDiscordAdapter(opts: DiscordOptions): DiscordAdapter {
  const { config, router, log } = opts;
  const client = new Client({
    intents: INTENTS,
    // A DM channel is not cached until it is fetched: without Partials.Channel its messages are dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: config.apiUrl ? { api: config.apiUrl } : {},
  });
  let connected = false;
  client.on(Events.ClientReady, () => {
    connected = true;
  });
  client.on(Events.ShardDisconnect, () => {
    connected = false;
  });
  client.on(Events.ShardResume, () => {
    connected = true;
  });
  client.on(Events.Error, (e) => log.error({ err: { type: e.name, message: e.message.slice(0, 200) } }, 'discord client error'));

  const deps: DiscordDeps = {
    router,
    log,
    applicationId: config.applicationId,
    once: onceOn(opts.ports),
    onCommand: opts.onCommand,
    fileHosts: attachmentHosts(config.apiUrl),
  };
  registerPrep(client, deps);
  registerButtons(client, deps);
  registerDocumentModal(client, deps);
  registerMessages(client, deps);

  return {
    client,
    ready: () => connected,
    async start() {
      // A gateway that closes on us (disallowed intents, a bad token) must not leave start-up waiting for ever.
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`not ready after ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
        client.once(Events.ClientReady, () => resolve());
        client.login(config.token).catch(reject);
      }).finally(() => clearTimeout(timer));
      // Gateway replays reach back minutes, not days.
      await opts.ports.events.prune(new Date(Date.now() - 86_400_000)).catch(() => undefined);
    },
    async stop() {
      connected = false;
      await client.destroy();
    },
  };
}
