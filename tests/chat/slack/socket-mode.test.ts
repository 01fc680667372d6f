import { describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/chat/slack/app.ts';
import { silentLogger } from '../../../src/log.ts';
import { FakeSlackApi } from '../../fakes/slack-api.ts';
import { FakeSocketMode } from '../../fakes/slack-socket.ts';
import { freshApp } from '../../helpers/db.ts';

describe('Slack Socket Mode', () => {
  it('connects through apps.connections.open and answers a slash command over the socket', async () => {
    const api = await new FakeSlackApi().start();
    const socket = await new FakeSocketMode().start();
    api.socketUrl = socket.url;
    const app = await freshApp();
    const slack = createSlackAdapter({
      config: {
        botToken: api.botToken,
        signingSecret: 'unused-in-socket-mode',
        appToken: 'xapp-1-test',
        oauth: undefined,
        apiUrl: api.apiUrl,
      },
      router: app.router,
      ports: { events: app.store.events, installations: app.store.slackInstallations, uploads: app.store.uploads },
      log: silentLogger,
    });
    try {
      await slack.start();
      await socket.connected();
      expect(slack.ready()).toBe(true);
      const open = await api.waitFor('apps.connections.open');
      expect(open.token).toBe('xapp-1-test');
      socket.send('env-1', 'slash_commands', {
        token: 'legacy',
        team_id: 'T0001',
        team_domain: 'bootcamp',
        channel_id: 'C0GENERAL',
        channel_name: 'general',
        user_id: 'U0SOCKET',
        user_name: 'student',
        command: '/prep',
        text: 'help',
        api_app_id: 'A1',
        response_url: api.responseUrl('socket-1'),
        trigger_id: 'trigger-s1',
      });
      await socket.waitForAck('env-1');
      const r = await api.waitForResponse((b) => JSON.stringify(b.blocks).includes('prep-bot — interview preparation'));
      expect(r.response_type).toBe('ephemeral');
    } finally {
      await slack.stop();
      await socket.stop();
      await api.stop();
      await app.drop();
    }
  });
});
