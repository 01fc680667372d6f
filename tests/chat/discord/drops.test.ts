import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordTransport } from '../../../src/chat/discord/transport.ts';
import { reply, text } from '../../../src/chat/message.ts';
import type { OutboxMessage } from '../../../src/jobs/outbox.ts';
import { CHANNEL_B_ID, CHANNEL_ID, GUILD_B_ID, GUILD_ID, messageText } from '../../fakes/discord.ts';
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

  it('shows an admin the cohort of their server: the answers to its drops', async () => {
    const c = h.fake.slash(TEACHER, 'cohort', [], { admin: true });
    const m = await h.fake.waitForMessage((t, x) => x.interaction === c.id && t.includes('Cohort, last 7 days'));
    expect(messageText(m)).toContain('Answers: 2');
    expect(messageText(m)).toContain('People answering: 1 of 1');
    expect(messageText(m)).toContain('this server’s drops');
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

describe('drops and instructors belong to their server', () => {
  const A_ADMIN = '930000000000000031';
  const B_ADMIN = '930000000000000032';
  const HELPER = '930000000000000033';
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness();
    // The same bot is in a second server: one workspace (the application), two communities.
    h.fake.addGuild(GUILD_B_ID, CHANNEL_B_ID);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !h.discord.client.guilds.cache.has(GUILD_B_ID)) await new Promise((r) => setTimeout(r, 20));
    expect(h.discord.client.guilds.cache.has(GUILD_B_ID)).toBe(true);
  });
  afterAll(async () => {
    await h?.stop();
  });

  const drop = (action: string, extra: { type: number; name: string; value: unknown }[] = []) => [
    { type: 3, name: 'action', value: action },
    ...extra,
  ];
  const setupIn = (channel: string) =>
    drop('setup', [
      { type: 7, name: 'channel', value: channel },
      { type: 3, name: 'time', value: '09:00' },
      { type: 3, name: 'timezone', value: 'Europe/Berlin' },
    ]);
  /** Runs `/prep <sub>` and returns the text of its (ephemeral) answer. */
  const ask = async (user: string, sub: string, options: unknown[], o: { guild?: boolean | string; admin?: boolean }) => {
    const i = h.fake.slash(user, sub, options, o);
    const m = await h.fake.waitForMessage((t, x) => x.interaction === i.id && t.length > 0 && !t.includes('is thinking'));
    await h.fake.waitFor(() => (m.edits ?? 0) > 0 || messageText(m).length > 0, 5000, 'the answer');
    return messageText(m);
  };
  const schedules = () =>
    h.app.db.query<{ id: number; channel: string; community: string | null; paused: boolean; local_time: string }>(
      "SELECT id, channel, community, paused, local_time FROM drop_schedules WHERE kind = 'channel' ORDER BY id",
    );

  it("an admin of server B neither sees, pauses, removes, posts nor overwrites server A's drop", async () => {
    expect(await ask(A_ADMIN, 'drop', setupIn(CHANNEL_ID), { admin: true })).toContain(`Drop set up: #1 · channel ${CHANNEL_ID}`);
    expect(await schedules()).toEqual([{ id: 1, channel: CHANNEL_ID, community: GUILD_ID, paused: false, local_time: '09:00' }]);

    const listed = await ask(B_ADMIN, 'drop', drop('list'), { guild: GUILD_B_ID, admin: true });
    expect(listed).toContain('No drops yet');
    expect(listed).not.toContain(CHANNEL_ID);
    const id1 = [{ type: 4, name: 'id', value: 1 }];
    for (const action of ['pause', 'remove', 'now']) {
      const out = await ask(B_ADMIN, 'drop', drop(action, id1), { guild: GUILD_B_ID, admin: true });
      expect(out).toContain('There are no drops');
    }
    // A channel id of server A given in server B does not take A's drop over.
    const taken = await ask(
      B_ADMIN,
      'drop',
      [...setupIn(CHANNEL_ID).slice(0, 2), { type: 3, name: 'time', value: '23:00' }, setupIn(CHANNEL_ID)[3]],
      {
        guild: GUILD_B_ID,
        admin: true,
      },
    );
    expect(taken).toContain('That channel has a drop of another server');
    expect(await schedules()).toEqual([{ id: 1, channel: CHANNEL_ID, community: GUILD_ID, paused: false, local_time: '09:00' }]);
    expect((await h.app.store.outbox.counts()).pending ?? 0).toBe(0);
    expect(h.fake.messages.some((m) => m.channel_id === CHANNEL_ID && messageText(m).includes('Question of the day'))).toBe(false);

    // B's own drop is B's: each server lists only its own.
    expect(await ask(B_ADMIN, 'drop', setupIn(CHANNEL_B_ID), { guild: GUILD_B_ID, admin: true })).toContain(
      `Drop set up: #3 · channel ${CHANNEL_B_ID}`,
    );
    const inB = await ask(B_ADMIN, 'drop', drop('list'), { guild: GUILD_B_ID, admin: true });
    expect(inB).toContain(CHANNEL_B_ID);
    expect(inB).not.toContain(CHANNEL_ID);
    const inA = await ask(A_ADMIN, 'drop', drop('list'), { admin: true });
    expect(inA).toContain(CHANNEL_ID);
    expect(inA).not.toContain(CHANNEL_B_ID);
    expect(await ask(A_ADMIN, 'drop', drop('pause', id1), { admin: true })).toContain('Drop #1 paused');
  });

  it('an instructor added in server B is one in B only', async () => {
    const user = [{ type: 6, name: 'user', value: HELPER }];
    const added = await ask(B_ADMIN, 'instructor', [{ type: 3, name: 'action', value: 'add' }, ...user], {
      guild: GUILD_B_ID,
      admin: true,
    });
    expect(added).toContain('Added as an instructor in this server');
    expect(await ask(HELPER, 'drop', drop('list'), { guild: GUILD_B_ID })).toContain(CHANNEL_B_ID);
    const inA = await ask(HELPER, 'drop', drop('list'), {});
    expect(inA).toContain('Only instructors');
    expect(inA).not.toContain(CHANNEL_ID);
    expect(await ask(HELPER, 'drop', drop('resume', [{ type: 4, name: 'id', value: 1 }]), {})).toContain('Only instructors');
    expect(await ask(HELPER, 'cohort', [], {})).toContain('Only instructors');
    expect(await ask(HELPER, 'cohort', [], { guild: GUILD_B_ID })).toContain('No answers in the last 7 days');
    // Removing them in A does nothing to B's list.
    const removedInA = await ask(A_ADMIN, 'instructor', [{ type: 3, name: 'action', value: 'remove' }, ...user], { admin: true });
    expect(removedInA).toContain('They were not an instructor in this server');
    expect(await ask(HELPER, 'drop', drop('list'), { guild: GUILD_B_ID })).toContain(CHANNEL_B_ID);
    expect((await schedules()).find((s) => s.id === 1)?.paused).toBe(true);
  });

  it('manages no drops and no instructors from the DM', async () => {
    // An instructor row from before servers had their own lists (no community) still counts in the DM…
    const helper = await h.app.store.users.ensure({ platform: 'discord', workspace: h.config.applicationId, user: HELPER });
    await h.app.store.drops.addInstructor(helper.workspaceId, helper.id, null);
    // …but a DM belongs to no server, so it reaches no server's drops or instructors.
    expect(await ask(HELPER, 'drop', drop('list'), { guild: false })).toContain(
      'Set up and manage drops from the server, not from our DM.',
    );
    expect(await ask(HELPER, 'drop', drop('pause', [{ type: 4, name: 'id', value: 3 }]), { guild: false })).toContain(
      'from the server, not from our DM',
    );
    expect(await ask(HELPER, 'drop', setupIn(CHANNEL_ID), { guild: false })).toContain('from the server, not from our DM');
    const add = await ask(
      HELPER,
      'instructor',
      [
        { type: 3, name: 'action', value: 'add' },
        { type: 6, name: 'user', value: A_ADMIN },
      ],
      {
        guild: false,
      },
    );
    expect(add).toContain('Add and remove instructors from the server');
    expect(await ask(HELPER, 'cohort', [], { guild: false })).toContain('from that server, not from our DM');
    expect((await schedules()).map((s) => [s.id, s.community, s.paused])).toEqual([
      [1, GUILD_ID, true],
      [3, GUILD_B_ID, false],
    ]);
  });
});
