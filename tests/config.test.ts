import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

const KEY = Buffer.alloc(32, 1).toString('base64');

describe('config', () => {
  it('starts with no variables at all: terminal chat on the embedded database', () => {
    const r = loadConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.port).toBe(3000);
    expect(r.config.dataDir).toBe('./.data');
    expect(r.config.slack).toBeUndefined();
    expect(r.config.discord).toBeUndefined();
    expect(r.config.llm).toBeUndefined();
  });

  it('treats empty strings from .env files as unset', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: '', DATABASE_URL: '', PORT: '8080' });
    expect(r.ok && r.config.port).toBe(8080);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT is invalid: expected a port number'],
    [{ DATA_KEY: 'c2hvcnQ=' }, 'DATA_KEY is invalid: expected 32 bytes encoded as base64'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL is invalid: expected a postgres:// or postgresql:// connection string'],
    [{ DATABASE_URL: 'postgres://localhost/db' }, 'DATA_KEY is required when DATABASE_URL is set'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET is required when Slack is configured'],
    [{ SLACK_BOT_TOKEN: 'abc', SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN is invalid: expected a bot token starting with xoxb-'],
    [{ SLACK_CLIENT_ID: '1', SLACK_SIGNING_SECRET: 's' }, 'SLACK_CLIENT_SECRET is required for multi-workspace OAuth'],
    [{ DISCORD_TOKEN: 't' }, 'DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL is invalid: expected one of fatal, error, warn, info, debug, trace, silent'],
    [{ OPENAI_BASE_URL: 'localhost:11434' }, 'OPENAI_BASE_URL is invalid: expected the base URL'],
  ])('rejects %o with a line naming the variable', (env, expected) => {
    const r = loadConfig(env as Record<string, string>);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain(expected);
    expect(r.message).not.toContain('\n');
  });

  it('accepts each platform group on its own', () => {
    const slack = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(slack.ok && slack.config.slack?.botToken).toBe('xoxb-1');
    const discord = loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012' });
    expect(discord.ok && discord.config.discord?.applicationId).toBe('123456789012');
    const pgWithKey = loadConfig({ DATABASE_URL: 'postgres://localhost/db', DATA_KEY: KEY });
    expect(pgWithKey.ok && pgWithKey.config.dataKey?.length).toBe(32);
  });

  it('reads the Discord deploy guild and shard count; sharding needs PostgreSQL', () => {
    const base = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012', DISCORD_API_URL: 'http://127.0.0.1:9/api/' };
    const one = loadConfig({ ...base, DISCORD_GUILD_ID: '223456789012', DISCORD_SHARDS: '' });
    expect(one.ok && one.config.discord).toEqual({
      token: 't',
      applicationId: '123456789012',
      apiUrl: 'http://127.0.0.1:9/api',
      guildId: '223456789012',
      shards: undefined,
    });
    const noDb = loadConfig({ ...base, DISCORD_SHARDS: '2' });
    expect(!noDb.ok && noDb.message).toContain('DATABASE_URL is required when DISCORD_SHARDS is set');
    const sharded = loadConfig({ ...base, DISCORD_SHARDS: '2', DATABASE_URL: 'postgres://localhost/db', DATA_KEY: KEY });
    expect(sharded.ok && sharded.config.discord?.shards).toBe(2);
    const bad = loadConfig({ ...base, DISCORD_SHARDS: 'auto' });
    expect(!bad.ok && bad.message).toContain('DISCORD_SHARDS is invalid: expected a whole number of shards');
  });

  it('stops start-up with one readable line and no stack trace', () => {
    const r = spawnSync(process.execPath, ['src/main.ts'], { env: { PATH: process.env.PATH, PORT: 'x' }, encoding: 'utf8', input: '' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('Configuration error: PORT is invalid: expected a port number');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
