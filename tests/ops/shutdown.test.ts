import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { startBotProcess } from '../helpers/bot-process.ts';
import { loadPairs } from '../helpers/pairs.ts';

const posted = (fake: FakeSlackApi, needle: string) => fake.messages.filter((m) => JSON.stringify(m.blocks ?? m.text).includes(needle));

describe('graceful shutdown of the bot process (SIGTERM)', () => {
  let fake: FakeSlackApi;
  beforeAll(async () => {
    fake = await new FakeSlackApi().start();
    fake.admins.add('U0PROC');
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('finishes acked work and sends its queued posts before exiting with 0', async () => {
    const bot = await startBotProcess(fake, { DATA_DIR: join(mkdtempSync(join(tmpdir(), 'shutdown-')), 'data') });
    try {
      await bot.waitReady();
      const [pair] = loadPairs();
      for (const [kind, doc] of [
        ['cv', pair.cv],
        ['jd', pair.jd],
      ] as const) {
        expect((await bot.command(`${kind} ${doc}`)).status).toBe(200);
        await fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args).includes('Saved your'), 60_000);
        fake.calls.length = 0;
      }
      // A time six hours away: the scheduled drop is neither due nor within its two-hour late window whenever
      // this runs, so the only post in the channel is the one "drop now" sends.
      const at = new Date(Date.now() + 6 * 3_600_000);
      const hhmm = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
      expect((await bot.command(`drop setup #C0SHUT ${hhmm} Etc/UTC track=backend`)).status).toBe(200);
      await fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args).includes('Drop set up'), 60_000);
      // Reports (seconds of work after the ack, queued two at a time) and a drop post through the outbox, then SIGTERM at once.
      for (let i = 0; i < 4; i++) expect((await bot.command('report')).status).toBe(200);
      expect((await bot.command('drop now', { channel: 'C0SHUT' })).status).toBe(200);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(fake.uploads.filter((u) => u.content.includes('# Interview Intelligence Report'))).toHaveLength(4);
      expect(fake.messages.filter((m) => m.channel === 'C0SHUT')).toHaveLength(1);
      expect(posted(fake, 'Something went wrong')).toHaveLength(0);
      expect(bot.stderr()).toContain('stopped cleanly');
    } finally {
      bot.child.kill('SIGKILL');
    }
  }, 240_000);
});
