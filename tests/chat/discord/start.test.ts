import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/chat/commands/index.ts';
import { MAX_SUBCOMMANDS, prepCommandJson, SUBCOMMANDS } from '../../../src/chat/discord/commands.ts';
import { APP_ID, FakeDiscord } from '../../fakes/discord.ts';
import { FakeSlackApi, signedHeaders } from '../../fakes/slack-api.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('the /prep command JSON', () => {
  it('has one subcommand per command of the registry, and no other', () => {
    expect(Object.keys(SUBCOMMANDS).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    const json = prepCommandJson(COMMANDS);
    expect(json.options.map((o) => o.name)).toEqual(COMMANDS.map((c) => c.name));
    expect(json.options.map((o) => o.description)).toEqual(
      COMMANDS.map((c) => (c.summary.length <= 100 ? c.summary : `${c.summary.slice(0, 99)}…`)),
    );
  });

  it("keeps to Discord's rules for command options", () => {
    const json = prepCommandJson(COMMANDS);
    expect(json.options.length).toBeLessThanOrEqual(MAX_SUBCOMMANDS);
    for (const sub of json.options) {
      expect(sub.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(sub.options.length).toBeLessThanOrEqual(25);
      const required = sub.options.map((o) => Boolean((o as { required?: boolean }).required));
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
      for (const o of sub.options) {
        expect(o.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(o.description.length).toBeGreaterThan(0);
        expect(o.description.length).toBeLessThanOrEqual(100);
        expect(((o as { choices?: unknown[] }).choices ?? []).length).toBeLessThanOrEqual(25);
      }
    }
    expect(() => prepCommandJson([...COMMANDS, { ...COMMANDS[0], name: 'new-thing' }])).toThrow(/no Discord options for: new-thing/);
  });
});

describe('npm start with Discord configured', () => {
  it('connects over the gateway (not the terminal), registers no commands, serves /readyz, answers /prep, stops on SIGTERM', async () => {
    const fake = await new FakeDiscord().start();
    const port = await freePort();
    const child = spawn(process.execPath, ['src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: join(mkdtempSync(join(tmpdir(), 'discord-start-')), 'data'),
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: fake.apiUrl,
        LOG_LEVEL: 'warn',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      let ready = false;
      while (!ready && Date.now() < deadline) {
        ready = await fetch(`${base}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 200));
      }
      expect(ready, stderr).toBe(true);
      expect(fake.identifies).toBe(1);
      child.stdin.write('/prep help\n');
      const { id } = fake.slash('930000000000000031', 'help');
      await fake.waitForMessage((t, x) => x.interaction === id && t.includes('prep-bot — interview preparation'), 15_000);
      expect(stdout).not.toContain('prep-bot — interview preparation');
      expect(fake.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    } finally {
      const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited, stderr).toBe(0);
      await fake.stop();
    }
  }, 90_000);
});

describe('npm start with Slack and Discord configured', () => {
  it('runs both side by side on one web server, cron and outbox', async () => {
    const fake = await new FakeDiscord().start();
    const slack = await new FakeSlackApi().start();
    const port = await freePort();
    const child = spawn(process.execPath, ['src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: join(mkdtempSync(join(tmpdir(), 'both-start-')), 'data'),
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: fake.apiUrl,
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: 'both-secret',
        SLACK_API_URL: slack.apiUrl,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      let ready = false;
      while (!ready && Date.now() < deadline) {
        ready = await fetch(`${base}/readyz`).then(
          (r) => r.status === 200,
          () => false,
        );
        if (!ready) await new Promise((r) => setTimeout(r, 200));
      }
      expect(ready, stderr).toBe(true);
      const { id } = fake.slash('930000000000000032', 'help');
      await fake.waitForMessage((t, x) => x.interaction === id && t.includes('prep-bot — interview preparation'), 15_000);
      const body = new URLSearchParams({
        command: '/prep',
        text: 'help',
        user_id: 'U1',
        team_id: 'T0001',
        channel_id: 'C1',
        response_url: slack.responseUrl('both'),
        trigger_id: 't',
      }).toString();
      const res = await fetch(`${base}/slack/events`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body, 'both-secret') },
      });
      expect(res.status).toBe(200);
      await slack.waitForResponse((b) => JSON.stringify(b.blocks).includes('prep-bot — interview preparation'));
    } finally {
      const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited, stderr).toBe(0);
      await fake.stop();
      await slack.stop();
    }
  }, 90_000);
});
