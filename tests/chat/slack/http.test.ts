import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportContentSecurityPolicy } from '../../../src/core/report/render-html.ts';
import { addDays } from '../../../src/core/time.ts';
import { makePdf } from '../../helpers/files.ts';
import { loadPairs } from '../../helpers/pairs.ts';
import { buttonPayload, type SlackHarness, startSlackHarness } from '../../helpers/slack.ts';

const textOf = (blocks: unknown) => JSON.stringify(blocks);
const pair = loadPairs().find((p) => p.name === 'backend-payments');
if (!pair) throw new Error('missing fixture');

describe('Slack over HTTP: the real Bolt app against a fake Web API', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness({ publicUrl: 'https://prep.example.org' });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('acks /prep help at once and answers privately (ephemeral)', async () => {
    const t = performance.now();
    const res = await h.command('help');
    expect(res.status).toBe(200);
    expect(performance.now() - t).toBeLessThan(3000);
    const r = await h.fake.waitForResponse((b) => textOf(b.blocks).includes('prep-bot — interview preparation'));
    expect(r.response_type).toBe('ephemeral');
    expect(h.fake.of('chat.postMessage')).toHaveLength(0);
  });

  it('opens a modal for /prep cv and stores what is submitted', async () => {
    await h.command('cv', { user: 'U0MODAL' });
    const open = await h.fake.waitFor('views.open');
    const view = open.args.view as { callback_id: string; blocks: { type: string; element?: { max_length?: number } }[] };
    expect(view.callback_id).toBe('document_modal_view');
    expect(view.blocks.filter((b) => b.type === 'input').every((b) => b.element?.max_length === 3000)).toBe(true);
    expect(textOf(view)).toContain('Upload the PDF or DOCX in our DM');
    await h.interaction({
      type: 'view_submission',
      team: { id: 'T0001', domain: 'bootcamp' },
      user: { id: 'U0MODAL', team_id: 'T0001' },
      api_app_id: 'A1',
      token: 'legacy',
      trigger_id: 't',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: 'document_modal_view',
        private_metadata: 'cv',
        state: {
          values: {
            part_1_block: { text_input: { type: 'plain_text_input', value: pair.cv.slice(0, 2900) } },
            part_2_block: { text_input: { type: 'plain_text_input', value: pair.cv.slice(2900) } },
            part_3_block: { text_input: { type: 'plain_text_input', value: null } },
          },
        },
      },
    });
    const saved = await h.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'D0MODAL' && String(c.args.text).includes('Saved your CV'),
    );
    expect(saved.args.text).toContain('Marek Lindqvist');
  });

  it('downloads a file shared in the DM with the bot token and asks what it is', async () => {
    // Blank lines kept: the PDF shows the ad's paragraph gaps, so layout reconstruction keeps its paragraphs apart.
    h.fake.files.set('F0JD', { name: 'job.pdf', bytes: makePdf(pair.jd.split('\n').slice(0, 40)) });
    await h.event({ type: 'file_shared', file_id: 'F0JD', user_id: 'U0MODAL', channel_id: 'D0MODAL', event_ts: '1.2' });
    const ask = await h.fake.waitFor('chat.postMessage', (c) => String(c.args.text).includes('I got job.pdf'));
    expect(textOf(ask.args.blocks)).toContain('save_file_jd_action');
    await h.interaction(buttonPayload('save_file_jd_action', 'F0JD', { user: 'U0MODAL', channel: 'D0MODAL' }));
    await h.fake.waitFor('chat.postMessage', (c) => String(c.args.text).includes('Saved your job description'));
  });

  it('builds a report: progress in the DM, then a summary with a report link, the Markdown uploaded', async () => {
    // This harness runs on the real clock, so the interview date moves with it.
    await h.command(`report date=${addDays(new Date().toISOString().slice(0, 10), 14)}`, { user: 'U0MODAL' });
    const summary = await h.fake.waitFor('chat.postMessage', (c) => String(c.args.text).includes('Interview Intelligence Report'), 20_000);
    expect(summary.args.channel).toBe('D0MODAL');
    expect(h.fake.of('chat.postMessage').some((c) => String(c.args.text).includes('(1/3)'))).toBe(true);
    expect(h.fake.of('chat.update').length).toBeGreaterThan(0);
    const blocks = textOf(summary.args.blocks);
    expect(blocks).toContain('Fit score');
    const url = blocks.match(/https:\/\/prep\.example\.org\/r\/([A-Za-z0-9_-]+)/);
    expect(url).not.toBeNull();
    await h.fake.waitFor('files.completeUploadExternal');
    expect(h.fake.uploads.some((u) => u.content.includes('# Interview Intelligence Report'))).toBe(true);
    // The link opens that one report, served by the bot.
    const page = await fetch(`${h.base}/r/${url?.[1]}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Northvane Pay');
    expect(page.headers.get('content-security-policy')).toBe(reportContentSecurityPolicy());
    expect((await fetch(`${h.base}/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    const ephemeral = await h.fake.waitForResponse((b) => String(b.text).includes('Sent to our DM'));
    expect(ephemeral.response_type).toBe('ephemeral');
  });

  it('runs practice in the DM: question, typed answer, feedback; ignores bots', async () => {
    await h.command('practice backend easy', { user: 'U0MODAL', channel: 'D0MODAL' });
    await h.fake.waitFor('chat.postMessage', (c) => String(c.args.text).includes('Practice question'));
    await h.event({ type: 'message', channel: 'D0MODAL', channel_type: 'im', user: 'UBOT', bot_id: 'BBOT', text: 'I am a bot', ts: '2.1' });
    await h.event({
      type: 'message',
      channel: 'D0MODAL',
      channel_type: 'im',
      user: 'U0MODAL',
      text: 'I would measure first, then fix the slowest query, because guessing wastes time. For example p99 fell from 900 ms to 200 ms.',
      ts: '2.2',
    });
    const fb = await h.fake.waitFor('chat.postMessage', (c) => /Feedback: \d+\/100/.test(String(c.args.text)));
    expect(fb.args.channel).toBe('D0MODAL');
    expect(h.fake.of('chat.postMessage').filter((c) => String(c.args.text).includes('I am a bot'))).toHaveLength(0);
  });

  it('publishes the App Home with what is on file and the main actions', async () => {
    await h.event({ type: 'app_home_opened', user: 'U0MODAL', channel: 'D0MODAL', tab: 'home', event_ts: '3.1' });
    const home = await h.fake.waitFor('views.publish');
    const blocks = textOf(home.args.view);
    expect(blocks).toContain('On file for you');
    expect(blocks).toContain('home_report_action');
    expect(blocks).toContain('Your progress');
  });

  it('offers to save long pasted text that looks like a CV', async () => {
    await h.event({ type: 'message', channel: 'D0PASTE', channel_type: 'im', user: 'U0PASTE', text: pair.cv, ts: '4.1' });
    const offer = await h.fake.waitFor('chat.postMessage', (c) => String(c.args.text).includes('That looks like a CV'));
    expect(textOf(offer.args.blocks)).toContain('cv pending');
    await h.interaction(buttonPayload('save_pending_primary_action', 'cv pending', { user: 'U0PASTE', channel: 'D0PASTE' }));
    await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D0PASTE' && String(c.args.text).includes('Saved your CV'));
  });

  it('never lets document text ping anyone', async () => {
    await h.command(
      'cv <!channel> <!here> <@U123> Ada & co. — senior engineer with years of Go and Kafka in production at scale, payments too',
      { user: 'U0PING', channel: 'D0PING' },
    );
    const saved = await h.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'D0PING' && String(c.args.text).includes('Saved your CV'),
    );
    const all = textOf(saved.args.blocks) + String(saved.args.text);
    expect(all).not.toMatch(/<!channel>|<!here>|<@U123>/);
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).toContain('&amp; co.');
  });

  it('handles each event id once, even when Slack retries it', async () => {
    const event = { type: 'message', channel: 'D0RETRY', channel_type: 'im', user: 'U0RETRY', text: 'hello there', ts: '5.1' };
    expect((await h.event(event, { eventId: 'EvDUP1' })).status).toBe(200);
    expect((await h.event(event, { eventId: 'EvDUP1', retry: 1 })).status).toBe(200);
    await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D0RETRY');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.of('chat.postMessage').filter((c) => c.args.channel === 'D0RETRY')).toHaveLength(1);
    const rows = await h.app.db.query<{ n: number }>("SELECT count(*)::int AS n FROM processed_events WHERE event_id = 'EvDUP1'");
    expect(rows[0].n).toBe(1);
  });

  it('answers health and readiness checks on the same server', async () => {
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${h.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: true, migrations: true, platform: true } });
    expect(await (await fetch(`${h.base}/metrics`)).text()).toContain('prep_http_requests_total');
  });
});
