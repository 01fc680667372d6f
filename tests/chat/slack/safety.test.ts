import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedHeaders } from '../../fakes/slack-api.ts';
import { SIGNING_SECRET, type SlackHarness, startSlackHarness } from '../../helpers/slack.ts';

describe('Slack request safety', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.stop();
  });
  const body = new URLSearchParams({
    command: '/prep',
    text: 'help',
    user_id: 'U1',
    team_id: 'T0001',
    channel_id: 'C1',
    response_url: 'http://127.0.0.1:1/x',
    trigger_id: 't',
  }).toString();
  const form = { 'content-type': 'application/x-www-form-urlencoded' };

  it('rejects a request with no signature', async () => {
    expect((await h.post(body, form)).status).toBe(401);
  });

  it('rejects a forged signature', async () => {
    expect((await h.post(body, { ...form, ...signedHeaders(body, 'not-the-secret') })).status).toBe(401);
  });

  it('rejects a correctly signed request older than five minutes (replay)', async () => {
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await h.post(body, { ...form, ...signedHeaders(body, SIGNING_SECRET, stale) })).status).toBe(401);
  });

  it('rejects a body changed after signing', async () => {
    const headers = signedHeaders(body, SIGNING_SECRET);
    expect((await h.post(body.replace('help', 'forget+confirm'), { ...form, ...headers })).status).toBe(401);
  });

  it('accepts a good signature', async () => {
    expect((await h.post(body, { ...form, ...signedHeaders(body, SIGNING_SECRET) })).status).toBe(200);
  });

  it('waits out a 429 with Retry-After and retries a 500, so the reply still arrives', async () => {
    h.fake.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    h.fake.fail('chat.postMessage', { status: 500 });
    const t = Date.now();
    await h.command('privacy', { user: 'U0RATE', channel: 'D0RATE' });
    const attempts = () =>
      h.fake.of('chat.postMessage').filter((c) => c.args.channel === 'D0RATE' && String(c.args.text).includes('What prep-bot keeps'));
    const deadline = Date.now() + 15_000;
    while (attempts().length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    // 429 (waited out), 500 (retried), then delivered — once.
    expect(attempts()).toHaveLength(3);
    expect(Date.now() - t).toBeGreaterThanOrEqual(1000);
    await new Promise((r) => setTimeout(r, 300));
    expect(attempts()).toHaveLength(3);
  });

  it('tells the user when something fails, and logs no personal text', async () => {
    // A broken database read on the way in: the user still gets a clear, private message.
    const original = h.app.services.profile.status.bind(h.app.services.profile);
    h.app.services.profile.status = async () => {
      throw new Error('connection reset');
    };
    try {
      await h.command('status', { user: 'U0FAIL' });
      const r = await h.fake.waitForResponse((b) => String(b.text).includes('Something went wrong on my side'));
      expect(r.response_type).toBe('ephemeral');
      expect(String(r.text)).not.toContain('connection reset');
    } finally {
      h.app.services.profile.status = original;
    }
  });
});
