import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropReplies } from '../../../src/chat/replies/drops.ts';
import { normaliseMentions } from '../../../src/chat/slack/listeners/commands/prep.ts';
import { deliveryHooks } from '../../../src/jobs/hooks.ts';
import { Outbox } from '../../../src/jobs/outbox.ts';
import { silentLogger } from '../../../src/log.ts';
import { buttonPayload, type SlackHarness, startSlackHarness } from '../../helpers/slack.ts';

describe('daily drops in Slack, end to end', () => {
  let h: SlackHarness;
  let outbox: Outbox;
  let clock = new Date('2026-11-23T08:00:00Z');
  const now = () => clock;
  beforeAll(async () => {
    h = await startSlackHarness({ now });
    outbox = new Outbox(h.app.store, new Map([['slack', h.slack.transport]]), silentLogger, now, {
      ratePerSecond: 1000,
      ...deliveryHooks(h.app.store, dropReplies.deliveryFailed),
    });
  });
  afterAll(async () => {
    await h.stop();
  });

  it("reads Slack's escaped mentions as neutral ids", () => {
    expect(normaliseMentions('drop setup <#C0COHORT|cohort-7> 09:00 Europe/Berlin')).toBe('drop setup #C0COHORT 09:00 Europe/Berlin');
    expect(normaliseMentions('instructor add <@U0HELP|ana>')).toBe('instructor add @U0HELP');
  });

  it('says no to a student, sets up a drop for an admin, and posts one now', async () => {
    await h.command('drop setup <#C0COHORT|cohort> 09:00 Europe/Berlin track=backend', { user: 'U0STU1' });
    await h.fake.waitForResponse((b) => String(b.text).includes('Only instructors and workspace admins'));
    h.fake.admins.add('U0TEACH');
    await h.command('drop setup <#C0COHORT|cohort> 09:00 Europe/Berlin track=backend', { user: 'U0TEACH' });
    await h.fake.waitForResponse((b) => String(b.text).includes('Drop set up: #1 · channel C0COHORT'));
    await h.command('drop now', { user: 'U0TEACH' });
    await h.fake.waitForResponse((b) => String(b.text).includes('Posting now in channel C0COHORT'));
    await outbox.drain();
    const posted = h.fake.messages.find((m) => m.channel === 'C0COHORT' && m.text.includes('Question of the day'));
    expect(posted).toBeDefined();
  });

  it('grades a reply in the thread, answers in the thread, and sends the details by DM', async () => {
    const root = h.fake.messages.find((m) => m.channel === 'C0COHORT' && m.text.includes('Question of the day'));
    await h.event({
      type: 'message',
      channel: 'C0COHORT',
      channel_type: 'channel',
      user: 'U0STU1',
      text: 'I would measure first with EXPLAIN ANALYZE, add an index for the slow query, and cache hot reads because the data rarely changes.',
      ts: '1800000000.000200',
      thread_ts: root?.ts,
    });
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !(await h.app.store.outbox.counts()).pending) await new Promise((r) => setTimeout(r, 20));
    await outbox.drain();
    const fb = h.fake.messages.find((m) => m.channel === 'C0COHORT' && m.thread_ts === root?.ts && /\d+\/100/.test(m.text));
    expect(fb).toBeDefined();
    expect(JSON.stringify(fb?.blocks)).toContain('<@U0STU1>');
    const details = (JSON.stringify(fb?.blocks).match(/"value":"(feedback \d+)"/) ?? [])[1];
    expect(details).toBeDefined();
    await h.interaction(
      buttonPayload('feedback_details_action', details as string, {
        user: 'U0STU1',
        channel: 'C0COHORT',
        responseUrl: h.fake.responseUrl('details'),
      }),
    );
    await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D0STU1' && String(c.args.text).includes('Feedback on your answer'));
    // Bots answering in the thread are ignored.
    await h.event({
      type: 'message',
      channel: 'C0COHORT',
      channel_type: 'channel',
      user: 'UBOT',
      bot_id: 'BBOT',
      text: 'noise',
      ts: '1800000000.000300',
      thread_ts: root?.ts,
    });
    expect((await h.app.db.query<{ n: number }>("SELECT count(*)::int AS n FROM attempts WHERE mode = 'drop'"))[0].n).toBe(1);
  });

  it('sends a personal daily question by DM and grades the answer there', async () => {
    await h.command('daily on 08:30', { user: 'U0STU2', channel: 'D0STU2' });
    await h.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'D0STU2' && String(c.args.text).includes("I'll send you a question here"),
    );
    clock = new Date('2026-11-23T08:31:00Z');
    const r = await h.app.services.drops.ticker.tick();
    expect(r?.dmDrops).toBe(1);
    await outbox.drain();
    const q = h.fake.messages.find((m) => m.channel === 'D0STU2' && m.text.includes('Your daily question'));
    expect(q).toBeDefined();
    await h.event({
      type: 'message',
      channel: 'D0STU2',
      channel_type: 'im',
      user: 'U0STU2',
      text: 'I would start with the requirements and then explain the trade-offs of each option, because context decides.',
      ts: '1800000001.000100',
    });
    await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D0STU2' && /Feedback: \d+\/100/.test(String(c.args.text)));
    // The same day does not fire twice.
    expect((await h.app.services.drops.ticker.tick())?.dmDrops).toBe(0);
  });
});
