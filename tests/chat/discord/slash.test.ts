import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageText } from '../../fakes/discord.ts';
import { type DiscordHarness, startDiscordHarness } from '../../helpers/discord.ts';

const STUDENT = '930000000000000001';

describe('slash commands on Discord, end to end', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('connects through HELLO, IDENTIFY, READY and GUILD_CREATE', () => {
    expect(h.discord.ready()).toBe(true);
    expect(h.fake.identifies).toBe(1);
    expect(h.discord.client.guilds.cache.size).toBe(1);
  });

  it('answers /prep help privately, in time', async () => {
    const { id } = h.fake.slash(STUDENT, 'help');
    const m = await h.fake.waitForMessage((t, x) => x.interaction === id && t.includes('/prep report'));
    expect(m.ephemeral).toBe(true);
    const callback = h.fake.calls.find((c) => c.path.startsWith(`/interactions/${id}/`));
    expect(callback?.status).toBe(204);
    expect(messageText(m)).toContain('prep-bot — interview preparation');
  });
});
