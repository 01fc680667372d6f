import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startShards } from '../../../src/chat/discord/sharding.ts';
import { silentLogger } from '../../../src/log.ts';
import { APP_ID, CHANNEL_ID, FakeDiscord } from '../../fakes/discord.ts';
import { DB_TARGETS, freshApp, TEST_KEY } from '../../helpers/db.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const SHARD_FILE = fileURLToPath(new URL('../../../src/discord-shard.ts', import.meta.url));

describe('a Discord shard process', () => {
  it('refuses to start without PostgreSQL, with one readable line', () => {
    const r = spawnSync(process.execPath, [SHARD_FILE], {
      env: { PATH: process.env.PATH, DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP_ID },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('A Discord shard needs DISCORD_TOKEN, DISCORD_APPLICATION_ID and DATABASE_URL.');
  });
});

// Shards are processes of their own: they share PostgreSQL, so this runs when TEST_DATABASE_URL is set.
describe.each(DB_TARGETS.filter((k) => k === 'postgres'))('two shards under the ShardingManager on %s', (kind) => {
  let fake: FakeDiscord;
  let app: Awaited<ReturnType<typeof freshApp>>;
  let shards: ReturnType<typeof startShards>;
  const saved = { ...process.env };
  beforeAll(async () => {
    fake = await new FakeDiscord().start();
    // The manager process opens (and migrates) the database first, as main does.
    app = await freshApp(kind);
    const url = (await app.db.query<{ u: string }>('SELECT current_database() AS u'))[0].u;
    const dbUrl = new URL(process.env.TEST_DATABASE_URL as string);
    dbUrl.pathname = `/${url}`;
    // The manager hands its environment to each shard process.
    Object.assign(process.env, {
      DATABASE_URL: dbUrl.toString(),
      DATA_KEY: TEST_KEY.toString('base64'),
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'silent',
    });
    shards = startShards({ file: SHARD_FILE, token: fake.token, count: 2, log: silentLogger, delayMs: 200, timeoutMs: 60_000 });
    await shards.start();
  }, 90_000);
  afterAll(async () => {
    await shards?.stop();
    process.env = saved;
    await fake?.stop();
    await app?.drop();
  });

  it('identifies each shard with [id, 2] and becomes ready', async () => {
    await fake.waitFor(() => shards.ready(), 20_000, 'both shards ready');
    expect(fake.shards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("answers a server's slash command from the shard that owns the guild, and a DM from shard 0, each once", async () => {
    const slash = fake.slash('930000000000000041', 'help');
    await fake.waitForMessage((t, x) => x.interaction === slash.id && t.includes('prep-bot — interview preparation'), 20_000);
    const dm = fake.slash('930000000000000041', 'privacy', [], { guild: false });
    await fake.waitForMessage((t, x) => x.interaction === dm.id && t.includes('What prep-bot keeps'), 20_000);
    expect(fake.calls.filter((c) => c.path.startsWith(`/interactions/${slash.id}/`))).toHaveLength(1);
  });
});

describe.each(DB_TARGETS.filter((k) => k === 'postgres'))('npm start with DISCORD_SHARDS=2 on %s', (kind) => {
  it('keeps the web server and the outbox in the manager, the clients in two shard processes', async () => {
    const fake = await new FakeDiscord().start();
    const app = await freshApp(kind);
    const db = (await app.db.query<{ u: string }>('SELECT current_database() AS u'))[0].u;
    const dbUrl = new URL(process.env.TEST_DATABASE_URL as string);
    dbUrl.pathname = `/${db}`;
    const port = await freePort();
    const child = spawn(process.execPath, ['src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: dbUrl.toString(),
        DATA_KEY: TEST_KEY.toString('base64'),
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_SHARDS: '2',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    try {
      const deadline = Date.now() + 45_000;
      let ready = false;
      while (!ready && Date.now() < deadline) {
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 300));
      }
      expect(ready, stderr).toBe(true);
      expect(fake.shards.sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      // A drop set up through a shard is posted by the manager's outbox.
      const setup = fake.slash(
        '930000000000000051',
        'drop',
        [
          { type: 3, name: 'action', value: 'setup' },
          { type: 7, name: 'channel', value: CHANNEL_ID },
          { type: 3, name: 'time', value: '09:00' },
          { type: 3, name: 'timezone', value: 'Europe/Berlin' },
        ],
        { admin: true },
      );
      await fake.waitForMessage((t, x) => x.interaction === setup.id && t.includes('Drop set up'), 20_000);
      const now = fake.slash('930000000000000051', 'drop', [{ type: 3, name: 'action', value: 'now' }], { admin: true });
      await fake.waitForMessage((t, x) => x.interaction === now.id && t.includes('Posting now'), 20_000);
      await fake.waitForMessage((t, x) => x.channel_id === CHANNEL_ID && t.includes('Question of the day'), 20_000);
    } finally {
      const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited, stderr).toBe(0);
      await fake.stop();
      await app.drop();
    }
  }, 90_000);
});
