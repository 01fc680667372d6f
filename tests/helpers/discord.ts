import { createDiscordAdapter, type DiscordAdapter } from '../../src/chat/discord/app.ts';
import { discordTransport } from '../../src/chat/discord/transport.ts';
import { dropReplies } from '../../src/chat/replies/drops.ts';
import type { Config } from '../../src/config.ts';
import { deliveryHooks } from '../../src/jobs/hooks.ts';
import { Outbox } from '../../src/jobs/outbox.ts';
import { createLogger, silentLogger } from '../../src/log.ts';
import { APP_ID, BOT_ID, FakeDiscord } from '../fakes/discord.ts';
import { freshApp } from './db.ts';

export interface DiscordHarness {
  fake: FakeDiscord;
  app: Awaited<ReturnType<typeof freshApp>>;
  discord: DiscordAdapter;
  outbox: Outbox;
  config: NonNullable<Config['discord']>;
  stop(): Promise<void>;
}

/** The real discord.js client against the fake gateway and REST on loopback, on a fresh database. */
export async function startDiscordHarness(opts: { now?: () => Date; publicUrl?: string } = {}): Promise<DiscordHarness> {
  const fake = await new FakeDiscord().start();
  const app = await freshApp('pglite', opts.now, opts.publicUrl);
  const config: NonNullable<Config['discord']> = {
    token: fake.token,
    applicationId: APP_ID,
    apiUrl: fake.apiUrl,
    guildId: undefined,
    shards: undefined,
  };
  const discord = createDiscordAdapter({
    config,
    router: app.router,
    ports: { events: app.store.events },
    log: process.env.DEBUG_DISCORD ? createLogger('debug') : silentLogger,
  });
  await discord.start();
  const outbox = new Outbox(
    app.store,
    new Map([['discord', discordTransport({ token: fake.token, apiUrl: fake.apiUrl, botId: () => BOT_ID })]]),
    silentLogger,
    opts.now ?? (() => new Date()),
    { ratePerSecond: 1000, ...deliveryHooks(app.store, dropReplies.deliveryFailed) },
  );
  return {
    fake,
    app,
    discord,
    outbox,
    config,
    async stop() {
      await discord.stop();
      await fake.stop();
      await app.drop();
    },
  };
}
