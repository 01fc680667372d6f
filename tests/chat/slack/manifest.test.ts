import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/chat/commands/index.ts';
import { BOT_SCOPES } from '../../../src/chat/slack/app.ts';

/** The parts of Slack's app manifest these tests read (the whole file is checked against Slack's schema). */
interface Manifest {
  features: {
    slash_commands: { command: string; usage_hint: string }[];
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean } };
}
const manifest = yaml.load(readFileSync('manifest.yml', 'utf8')) as Manifest;
const schema = JSON.parse(readFileSync(new URL('../../fixtures/slack/manifest.schema.1.0.0.json', import.meta.url), 'utf8'));

describe('manifest.yml', () => {
  it("validates against Slack's published app manifest schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('declares the one slash command, and its usage hint names only real subcommands', () => {
    const commands = manifest.features.slash_commands as { command: string; usage_hint: string }[];
    expect(commands.map((c) => c.command)).toEqual(['/prep']);
    const names = COMMANDS.map((c) => c.name);
    const hinted = commands[0].usage_hint.split('|').map((s) => s.trim().split(/\s+/)[0]);
    for (const h of hinted) expect(names, h).toContain(h);
  });

  it('asks for exactly the scopes the code needs, and subscribes to the events it handles', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_home_opened', 'message.im', 'file_shared']),
    );
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });
});
