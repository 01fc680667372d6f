import { describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../src/chat/discord/app.ts';
import { silentLogger } from '../../../src/log.ts';
import { APP_ID, FakeDiscord } from '../../fakes/discord.ts';

const ports = { events: { claim: async () => true, prune: async () => undefined } };

describe('Discord login failures', () => {
  it('fails start-up (no hang) when the gateway refuses the intents (Message Content switched off)', async () => {
    const fake = await new FakeDiscord().start();
    fake.closeOnIdentify = 4014;
    const router = {} as never;
    const discord = createDiscordAdapter({
      config: { token: fake.token, applicationId: APP_ID, apiUrl: fake.apiUrl, guildId: undefined, shards: undefined },
      router,
      ports,
      log: silentLogger,
    });
    try {
      await expect(discord.start()).rejects.toThrow(/intent/i);
      expect(discord.ready()).toBe(false);
    } finally {
      await discord.stop();
      await fake.stop();
    }
  });

  it('fails start-up when the token is refused', async () => {
    const fake = await new FakeDiscord().start();
    const discord = createDiscordAdapter({
      config: { token: 'wrong', applicationId: APP_ID, apiUrl: fake.apiUrl, guildId: undefined, shards: undefined },
      router: {} as never,
      ports,
      log: silentLogger,
    });
    try {
      await expect(discord.start()).rejects.toThrow(/401|unauthori[sz]ed|token/i);
    } finally {
      await discord.stop();
      await fake.stop();
    }
  });
});
