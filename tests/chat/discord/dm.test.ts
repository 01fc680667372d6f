import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageText } from '../../fakes/discord.ts';
import { type DiscordHarness, startDiscordHarness } from '../../helpers/discord.ts';
import { loadPairs } from '../../helpers/pairs.ts';

const STUDENT = '930000000000000011';
const pair = loadPairs().find((p) => p.name === 'backend-payments');
if (!pair) throw new Error('missing fixture');
const ANSWER =
  'I would measure first with EXPLAIN ANALYZE, then fix the slowest query with an index, because guessing wastes time. For example p99 fell from 900 ms to 200 ms.';

describe("the bot's DM on Discord, end to end", () => {
  let h: DiscordHarness;
  let dm: string;
  beforeAll(async () => {
    h = await startDiscordHarness();
    dm = h.fake.dmChannelOf(STUDENT);
  });
  afterAll(async () => {
    await h?.stop();
  });

  const inDm = () => h.fake.messages.filter((m) => m.channel_id === dm && !m.interaction);

  it('/prep practice in a server sends the question to the DM and says so, privately', async () => {
    const { id } = h.fake.slash(STUDENT, 'practice', [
      { type: 3, name: 'track', value: 'backend' },
      { type: 3, name: 'difficulty', value: 'easy' },
    ]);
    const note = await h.fake.waitForMessage((t, x) => x.interaction === id && t.includes('Sent to our DM'));
    expect(note.ephemeral).toBe(true);
    await h.fake.waitForMessage((t, x) => x.channel_id === dm && t.includes('Practice question'));
  });

  it('gives a hint in the DM, then grades the typed answer; ignores bots', async () => {
    const hint = h.fake.slash(STUDENT, 'hint', [], { guild: false });
    const got = await h.fake.waitForMessage((t, x) => x.interaction === hint.id && t.length > 0);
    expect(got.ephemeral).toBe(false);
    h.fake.userMessage('930000000000000999', 'I am a bot', { channel: dm, bot: true });
    h.fake.userMessage(STUDENT, ANSWER);
    const fb = await h.fake.waitForMessage((t, x) => x.channel_id === dm && /\d+\/100/.test(t) && !x.interaction);
    expect(messageText(fb)).toMatch(/You used 1 hint/);
    expect(inDm().filter((m) => messageText(m).includes('I am a bot'))).toHaveLength(0);
  });

  it('skips and runs a mock interview in the DM', async () => {
    const skip = h.fake.slash(STUDENT, 'practice', [], { guild: false });
    await h.fake.waitForMessage((t, x) => x.interaction === skip.id && t.includes('Practice question'));
    const s2 = h.fake.slash(STUDENT, 'skip', [], { guild: false });
    await h.fake.waitForMessage((t, x) => x.interaction === s2.id && t.includes('Skipped'));
    const mock = h.fake.slash(STUDENT, 'mock', [{ type: 4, name: 'questions', value: 1 }], { guild: false });
    await h.fake.waitForMessage((t, x) => x.interaction === mock.id && /Question 1|mock/i.test(t));
    const before = inDm().length;
    h.fake.userMessage(STUDENT, ANSWER);
    await h.fake.waitFor(() => inDm().length > before, 10_000, 'the mock to go on');
  });

  it('handles a replayed message once', async () => {
    await h.fake.waitForMessage(() => true);
    const p = h.fake.slash(STUDENT, 'practice', [], { guild: false });
    await h.fake.waitForMessage((t, x) => x.interaction === p.id && t.includes('Practice question'));
    const before = inDm().length;
    const id = h.fake.userMessage(STUDENT, ANSWER);
    await h.fake.waitFor(() => inDm().length > before, 10_000, 'feedback');
    h.fake.userMessage(STUDENT, ANSWER, { id });
    await new Promise((r) => setTimeout(r, 700));
    expect(inDm().length).toBe(before + 1);
  });

  it('offers to save a long pasted CV with buttons, and saves it on a click', async () => {
    h.fake.userMessage(STUDENT, pair.cv.slice(0, 1990));
    const offer = await h.fake.waitForMessage((t, x) => x.channel_id === dm && t.includes('looks like a CV'));
    const save = offer.components[0].components.find((b: { label: string }) => b.label === 'Save as my CV');
    const click = h.fake.click(STUDENT, offer, save.custom_id);
    await h.fake.waitForMessage((t, x) => x.interaction === click.id && t.includes('Saved your CV'));
  });

  it('asks what a file dropped in the DM is, and saves it from its own message', async () => {
    const a = h.fake.attachment('jd.md', Buffer.from(pair.jd));
    const msg = h.fake.userMessage(STUDENT, '', { attachments: [a] });
    const ask = await h.fake.waitForMessage((t, x) => x.channel_id === dm && t.includes('I got jd.md'));
    const jd = ask.components[0].components.find((b: { label: string }) => b.label === 'A job description');
    expect(jd.custom_id).toContain(msg);
    // Someone else cannot save another user's file.
    const other = h.fake.click('930000000000000012', ask, jd.custom_id, { guild: false });
    await h.fake.waitForMessage((t, x) => x.interaction === other.id && t.includes('no longer find'));
    const mine = h.fake.click(STUDENT, ask, jd.custom_id);
    await h.fake.waitForMessage((t, x) => x.interaction === mine.id && t.includes('Saved your job description'));
  });

  it('never pings from text a user wrote: @everyone, users and roles in an answer or a CV', async () => {
    const p = h.fake.slash(STUDENT, 'practice', [], { guild: false });
    await h.fake.waitForMessage((t, x) => x.interaction === p.id && t.includes('Practice question'));
    const before = h.fake.messages.length;
    h.fake.userMessage(STUDENT, `@everyone @here <@930000000000000012> <@&940000000000000077> ${ANSWER}`);
    await h.fake.waitFor(() => h.fake.messages.length > before, 10_000, 'feedback');
    const cv = h.fake.slash(STUDENT, 'cv', [
      { type: 3, name: 'text', value: `@everyone <@930000000000000012>\n${pair.cv.slice(0, 3000)}` },
    ]);
    await h.fake.waitForMessage((t, x) => x.interaction === cv.id && t.includes('Saved your CV'));
    expect(h.fake.messages.flatMap((m) => m.pings)).toEqual([]);
    const calls = h.fake.calls.filter(
      (c) => c.method !== 'GET' && c.body && (c.body.content !== undefined || c.body.data?.content !== undefined),
    );
    for (const c of calls) expect(c.body.allowed_mentions ?? c.body.data?.allowed_mentions).toEqual({ parse: [] });
  });
});
