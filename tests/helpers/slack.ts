import type { AddressInfo } from 'node:net';
import type { SlackAdapter } from '../../src/chat/slack/app.ts';
import type { Config } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { createSlackServer } from '../../src/serve.ts';
import { createMetrics } from '../../src/web/metrics.ts';
import { FakeSlackApi, signedHeaders } from '../fakes/slack-api.ts';
import { freshApp } from './db.ts';

export const SIGNING_SECRET = 'test-signing-secret';

export interface SlackHarness {
  base: string;
  fake: FakeSlackApi;
  app: Awaited<ReturnType<typeof freshApp>>;
  slack: SlackAdapter;
  /** POSTs a signed slash command as Slack does (form-encoded). */
  command(text: string, o?: { user?: string; channel?: string; team?: string }): Promise<Response>;
  /** POSTs a signed Events API callback (JSON). */
  event(event: Record<string, unknown>, o?: { eventId?: string; team?: string; retry?: number }): Promise<Response>;
  /** POSTs a signed interactivity payload (block_actions, view_submission). */
  interaction(payload: Record<string, unknown>): Promise<Response>;
  post(body: string, headers: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

let seq = 0;

/** The real Bolt app over HTTP on loopback, its Web API pointed at a fake, on a fresh database. */
export async function startSlackHarness(opts: { oauth?: boolean; publicUrl?: string; now?: () => Date } = {}): Promise<SlackHarness> {
  const fake = await new FakeSlackApi().start();
  const app = await freshApp('pglite', opts.now, opts.publicUrl);
  const slackConfig: NonNullable<Config['slack']> = {
    botToken: opts.oauth ? undefined : fake.botToken,
    signingSecret: SIGNING_SECRET,
    appToken: undefined,
    oauth: opts.oauth ? { clientId: '111.222', clientSecret: 'client-secret', stateSecret: 'state-secret' } : undefined,
    apiUrl: fake.apiUrl,
  };
  const { slack, server } = createSlackServer(app, slackConfig, silentLogger, createMetrics());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  await slack.start();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (body: string, headers: Record<string, string>) => fetch(`${base}/slack/events`, { method: 'POST', body, headers });
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  return {
    base,
    fake,
    app,
    slack,
    post,
    command(text, o = {}) {
      const id = ++seq;
      const body = form({
        token: 'legacy',
        team_id: o.team ?? 'T0001',
        team_domain: 'bootcamp',
        channel_id: o.channel ?? 'C0GENERAL',
        channel_name: o.channel?.startsWith('D') ? 'directmessage' : 'general',
        user_id: o.user ?? 'U0STUDENT',
        user_name: 'student',
        command: '/prep',
        text,
        api_app_id: 'A1',
        is_enterprise_install: 'false',
        response_url: fake.responseUrl(`cmd-${id}`),
        trigger_id: `trigger-${id}`,
      });
      return post(body, { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body, SIGNING_SECRET) });
    },
    event(event, o = {}) {
      const body = JSON.stringify({
        token: 'legacy',
        team_id: o.team ?? 'T0001',
        api_app_id: 'A1',
        event,
        type: 'event_callback',
        event_id: o.eventId ?? `Ev${++seq}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ enterprise_id: null, team_id: o.team ?? 'T0001', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
      });
      const headers: Record<string, string> = { 'content-type': 'application/json', ...signedHeaders(body, SIGNING_SECRET) };
      if (o.retry) {
        headers['x-slack-retry-num'] = String(o.retry);
        headers['x-slack-retry-reason'] = 'http_timeout';
      }
      return post(body, headers);
    },
    interaction(payload) {
      const body = form({ payload: JSON.stringify(payload) });
      return post(body, { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body, SIGNING_SECRET) });
    },
    async stop() {
      await slack.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await fake.stop();
      await app.drop();
    },
  };
}

/** A block_actions payload for one button, in Slack's shape. */
export function buttonPayload(
  actionId: string,
  value: string,
  o: { user?: string; channel?: string; responseUrl?: string } = {},
): Record<string, unknown> {
  return {
    type: 'block_actions',
    user: { id: o.user ?? 'U0STUDENT', username: 'student', team_id: 'T0001' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: o.channel ?? 'D0STUDENT', is_ephemeral: false },
    trigger_id: `trigger-${++seq}`,
    team: { id: 'T0001', domain: 'bootcamp' },
    channel: { id: o.channel ?? 'D0STUDENT', name: 'directmessage' },
    response_url: o.responseUrl,
    actions: [
      {
        action_id: actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        value,
        type: 'button',
        action_ts: '1700000001.000200',
      },
    ],
  };
}
