import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordTransport } from '../../../src/chat/discord/transport.ts';
import { reply, text } from '../../../src/chat/message.ts';
import type { OutboxMessage } from '../../../src/jobs/outbox.ts';
import { CHANNEL_ID, messageText } from '../../fakes/discord.ts';
import { type DiscordHarness, startDiscordHarness } from '../../helpers/discord.ts';

const TEACHER = '930000000000000021';
const STUDENT = '930000000000000022';
const OTHER = '930000000000000023';
const ANSWER =
  'I would measure first with EXPLAIN ANALYZE, add an index for the slow query, and cache hot reads because the data rarely changes.';

describe('daily drops on Discord, end to end', () => {
  let h: DiscordHarness;
  let clock = new Date('2026-11-23T08:00:00Z');
  const now = () => clock;
  let thread = '';
  beforeAll(async () => {
    h = await startDiscordHarness({ now });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const setup = [
    { type: 3, name: 'action', value: 'setup' },
    { type: 7, name: 'channel', value: CHANNEL_ID },
    { type: 3, name: 'time', value: '09:00' },
    { type: 3, name: 'timezone', value: 'Europe/Berlin' },
    { type: 3, name: 'track', value: 'backend' },
  ];

  it('says no to a student, sets a drop up for someone with Manage Server, and posts one now with a thread', async () => {
    const no = h.fake.slash(STUDENT, 'drop', setup);
    await h.fake.waitForMessage((t, x) => x.interaction === no.id && t.includes('Only instructors'));
    const yes = h.fake.slash(TEACHER, 'drop', setup, { admin: true });
    await h.fake.waitForMessage((t, x) => x.interaction === yes.id && t.includes(`Drop set up: #1 · channel ${CHANNEL_ID}`));
    const go = h.fake.slash(TEACHER, 'drop', [{ type: 3, name: 'action', value: 'now' }], { admin: true });
    await h.fake.waitForMessage((t, x) => x.interaction === go.id && t.includes('Posting now'));
    await h.outbox.drain();
    const posted = h.fake.messages.find((m) => m.channel_id === CHANNEL_ID && messageText(m).includes('Question of the day'));
    expect(posted?.nonce).toHaveLength(25);
    thread = posted?.id ?? '';
    expect(h.fake.channels.get(thread)).toMatchObject({ type: 11, parent_id: CHANNEL_ID });
    // The client learns of the thread from THREAD_CREATE, so replies in it are not dropped.
    await h.fake.waitFor(() => h.discord.client.channels.cache.has(thread), 5000, 'the thread in the cache');
  });

  it('grades a reply in the thread, answers in the thread, and DMs the details to the author only', async () => {
    h.fake.userMessage('930000000000000999', 'noise', { channel: thread, bot: true });
    h.fake.userMessage(STUDENT, `@everyone ${ANSWER}`, { channel: thread });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !(await h.app.store.outbox.counts()).pending) await new Promise((r) => setTimeout(r, 20));
    await h.outbox.drain();
    const fb = await h.fake.waitForMessage((t, x) => x.channel_id === thread && /\d+\/100/.test(t));
    expect(fb.content).toBe(`<@${STUDENT}>`);
    expect(fb.pings).toEqual([]);
    const details = fb.components[0].components.find((b: { label: string }) => b.label === 'Details');
    expect(details.custom_id).toMatch(/^p:feedback \d+$/);
    const mine = h.fake.click(STUDENT, fb, details.custom_id);
    await h.fake.waitForMessage((t, x) => x.interaction === mine.id && t.includes('Sent to our DM'));
    await h.fake.waitForMessage((t, x) => x.channel_id === h.fake.dmChannelOf(STUDENT) && t.includes('Feedback on your answer'));
    const theirs = h.fake.click(OTHER, fb, details.custom_id);
    await h.fake.waitForMessage((t, x) => x.interaction === theirs.id && t.includes('Sent to our DM'));
    await h.fake.waitForMessage((t, x) => x.channel_id === h.fake.dmChannelOf(OTHER) && t.includes('no answer of yours'));
    expect((await h.app.db.query<{ n: number }>("SELECT count(*)::int AS n FROM attempts WHERE mode = 'drop'"))[0].n).toBe(1);
  });

  it('posts the daily drop at its time and the end-of-day summary in its thread', async () => {
    clock = new Date('2026-11-23T08:01:00Z');
    expect((await h.app.services.drops.ticker.tick()).drops).toBe(1);
    await h.outbox.drain();
    const daily = h.fake.messages.filter((m) => m.channel_id === CHANNEL_ID && messageText(m).includes('Question of the day')).at(-1);
    const dailyThread = daily?.id ?? '';
    expect(dailyThread).not.toBe(thread);
    await h.fake.waitFor(() => h.discord.client.channels.cache.has(dailyThread), 5000, 'the thread in the cache');
    h.fake.userMessage(STUDENT, ANSWER, { channel: dailyThread });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !(await h.app.store.outbox.counts()).pending) await new Promise((r) => setTimeout(r, 20));
    await h.outbox.drain();
    await h.fake.waitForMessage((t, x) => x.channel_id === dailyThread && /\d+\/100/.test(t));
    clock = new Date('2026-11-23T16:05:00Z');
    expect((await h.app.services.drops.ticker.tick()).summaries).toBe(1);
    await h.outbox.drain();
    const summary = await h.fake.waitForMessage((t, x) => x.channel_id === dailyThread && t.includes('End of day'));
    expect(messageText(summary)).toContain('1 person answered');
  });

  it('tells the instructor by DM when the bot cannot post in the channel', async () => {
    const locked = '920000000000000002';
    h.fake.channels.set(locked, { id: locked, type: 0, guild_id: h.fake.channels.get(CHANNEL_ID)?.guild_id, name: 'locked' });
    h.fake.forbidden.add(locked);
    const setupLocked = h.fake.slash(
      TEACHER,
      'drop',
      [...setup.filter((o) => o.name !== 'channel'), { type: 7, name: 'channel', value: locked }],
      {
        admin: true,
      },
    );
    await h.fake.waitForMessage((t, x) => x.interaction === setupLocked.id && t.includes('Drop set up: #2'));
    const go = h.fake.slash(
      TEACHER,
      'drop',
      [
        { type: 3, name: 'action', value: 'now' },
        { type: 4, name: 'id', value: 2 },
      ],
      { admin: true },
    );
    await h.fake.waitForMessage((t, x) => x.interaction === go.id && t.includes('Posting now'));
    await h.outbox.drain();
    await h.outbox.drain();
    const notice = await h.fake.waitForMessage((t, x) => x.channel_id === h.fake.dmChannelOf(TEACHER) && t.includes('I could not post'));
    expect(messageText(notice).replaceAll('\\', '')).toContain('not_in_channel');
    expect(messageText(notice)).toContain("channel's permissions");
  });

  it('sends a personal daily question to the DM', async () => {
    const on = h.fake.slash(
      STUDENT,
      'daily',
      [
        { type: 3, name: 'action', value: 'on' },
        { type: 3, name: 'time', value: '08:30' },
      ],
      { guild: false },
    );
    await h.fake.waitForMessage((t, x) => x.interaction === on.id && t.includes("I'll send you a question here"));
    clock = new Date('2026-11-24T08:31:00Z');
    expect((await h.app.services.drops.ticker.tick()).dmDrops).toBe(1);
    await h.outbox.drain();
    await h.fake.waitForMessage((t, x) => x.channel_id === h.fake.dmChannelOf(STUDENT) && t.includes('Your daily question'));
  });

  it('leaves a 429 to the REST queue: the post waits and arrives once', async () => {
    const transport = discordTransport({ token: h.fake.token, apiUrl: h.fake.apiUrl });
    h.fake.rateLimits.push({ method: 'POST', path: /^\/channels\/\d+\/messages$/, retryAfter: 0.3 });
    const m: OutboxMessage = {
      id: 9001,
      dedupeKey: 'test:429',
      platform: 'discord',
      workspace: 'w',
      channel: CHANNEL_ID,
      thread: null,
      kind: 'notice',
      payload: reply(text('After a rate limit')),
      runId: null,
      userId: null,
      notifyUserId: null,
      attempts: 1,
      lastError: null,
      createdAt: new Date(),
    };
    const sent = await transport.send(m);
    expect(sent.ok).toBe(true);
    const posts = h.fake.calls.filter((c) => c.method === 'POST' && JSON.stringify(c.body ?? {}).includes('After a rate limit'));
    expect(posts.map((c) => c.status)).toEqual([429, 200]);
    expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(250);
    expect(h.fake.messages.filter((x) => messageText(x).includes('After a rate limit'))).toHaveLength(1);
    // A retry after a crash (same dedupe key) finds the post by its nonce instead of posting again.
    expect(await transport.findDelivered(m)).toBe(sent.ok ? sent.ref : '');
    const again = await transport.send(m);
    expect(again).toEqual(sent);
    expect(h.fake.messages.filter((x) => messageText(x).includes('After a rate limit'))).toHaveLength(1);
  });
});
