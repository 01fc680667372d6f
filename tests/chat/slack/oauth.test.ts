import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpAllTables } from '../../helpers/db.ts';
import { type SlackHarness, startSlackHarness } from '../../helpers/slack.ts';

describe('Slack multi-workspace OAuth install', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ oauth: true });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('installs through /slack/install and the redirect, stores the token encrypted, then serves that workspace', async () => {
    const install = await fetch(`${h.base}/slack/install`, { redirect: 'manual' });
    expect(install.status).toBe(302);
    const location = new URL(install.headers.get('location') ?? '');
    expect(location.hostname).toBe('slack.com');
    expect(location.searchParams.get('client_id')).toBe('111.222');
    expect(location.searchParams.get('scope')).toContain('commands');
    const state = location.searchParams.get('state') ?? '';
    const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).toContain('slack-app-oauth-state=');

    const done = await fetch(`${h.base}/slack/oauth_redirect?code=temporary-code&state=${encodeURIComponent(state)}`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect(done.status).toBeLessThan(400);
    const exchange = await h.fake.waitFor('oauth.v2.access');
    expect(exchange.args.code).toBe('temporary-code');

    const dump = await dumpAllTables(h.app.db);
    expect(dump).toContain('"install_key":"T:T0002"');
    expect(dump).not.toContain('xoxb-installed-token');

    await h.command('help', { team: 'T0002', user: 'U0NEWTEAM' });
    const r = await h.fake.waitForResponse((b) => JSON.stringify(b.blocks ?? '').includes('prep-bot — interview preparation'));
    expect(r.response_type).toBe('ephemeral');
  });

  it('rejects a redirect whose state was not issued by this app', async () => {
    const bad = await fetch(`${h.base}/slack/oauth_redirect?code=x&state=forged`, { redirect: 'manual' });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(h.fake.of('oauth.v2.access')).toHaveLength(1);
  });
});
