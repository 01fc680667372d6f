import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/chat/commands/index.ts';
import { prepCommandJson } from '../../../src/chat/discord/commands.ts';
import { deployCommands } from '../../../src/chat/discord/deploy.ts';
import { addDays } from '../../../src/core/time.ts';
import { GUILD_ID, messageText } from '../../fakes/discord.ts';
import { type DiscordHarness, startDiscordHarness } from '../../helpers/discord.ts';
import { makeDocx } from '../../helpers/files.ts';
import { loadPairs } from '../../helpers/pairs.ts';

const STUDENT = '930000000000000001';
const pair = loadPairs().find((p) => p.name === 'backend-payments');
if (!pair) throw new Error('missing fixture');

describe('slash commands on Discord, end to end', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscordHarness({ publicUrl: 'https://prep.example.org' });
  });
  afterAll(async () => {
    // Every interaction got its first answer (a deferral, a reply or a modal) long before Discord's 3 seconds.
    expect(Math.max(...(h?.fake.callbackMs ?? [0]))).toBeLessThan(1000);
    if (process.env.DISCORD_TIMINGS) process.stderr.write(`callback ms: ${JSON.stringify(h?.fake.callbackMs)}\n`);
    await h?.stop();
  });

  it('connects through HELLO, IDENTIFY, READY and GUILD_CREATE', () => {
    expect(h.discord.ready()).toBe(true);
    expect(h.fake.identifies).toBe(1);
    expect(h.discord.client.guilds.cache.has(GUILD_ID)).toBe(true);
  });

  it('answers /prep help privately, well within 3 seconds', async () => {
    const { id } = h.fake.slash(STUDENT, 'help');
    const m = await h.fake.waitForMessage((t, x) => x.interaction === id && t.includes('/prep report'));
    expect(m.ephemeral).toBe(true);
    const callback = h.fake.calls.find((c) => c.path.startsWith(`/interactions/${id}/`));
    expect(callback?.status).toBe(204);
    expect(messageText(m)).toContain('prep-bot — interview preparation');
  });

  it('opens a form for /prep jd with nothing given, and saves what is submitted', async () => {
    const { id } = h.fake.slash(STUDENT, 'jd');
    await h.fake.waitFor(() => h.fake.modals.some((x) => x.interaction === id), 10_000, 'the modal');
    const modal = h.fake.modals.find((x) => x.interaction === id)?.data;
    expect(modal.custom_id).toBe('document_modal:jd');
    const inputs = modal.components.flatMap((r: { components: unknown[] }) => r.components);
    expect(inputs.map((c: { max_length: number }) => c.max_length)).toEqual([4000, 4000, 4000]);
    const sub = h.fake.submitModal(STUDENT, 'document_modal:jd', { part_1: pair.jd.slice(0, 3900), part_2: pair.jd.slice(3900) });
    const saved = await h.fake.waitForMessage((t, x) => x.interaction === sub.id && t.includes('Saved your job description'));
    expect(saved.ephemeral).toBe(true);
  });

  it('saves a CV sent as an attachment option (DOCX), downloaded from the CDN', async () => {
    const bytes = Buffer.from(makeDocx(pair.cv.split('\n').filter(Boolean)));
    const a = h.fake.attachment('cv.docx', bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { id } = h.fake.slash(STUDENT, 'cv', [{ type: 11, name: 'file', value: a.id }], { resolved: { attachments: { [a.id]: a } } });
    const saved = await h.fake.waitForMessage((t, x) => x.interaction === id && /Saved your CV/.test(t));
    expect(saved.ephemeral).toBe(true);
    expect(messageText(saved)).toContain('docx');
  });

  it('refuses an attachment over 5 MB before downloading it', async () => {
    const a = { ...h.fake.attachment('huge.pdf', Buffer.from('x')), size: 6 * 1024 * 1024 };
    const { id } = h.fake.slash(STUDENT, 'cv', [{ type: 11, name: 'file', value: a.id }], { resolved: { attachments: { [a.id]: a } } });
    await h.fake.waitForMessage((t, x) => x.interaction === id && t.includes('over 5 MB'));
  });

  it('/prep report defers, shows progress by editing, then the summary with a link, the Markdown file and practice', async () => {
    // Interview dates are checked against the real clock: this one moves with it.
    const date = addDays(new Date().toISOString().slice(0, 10), 14);
    const { id } = h.fake.slash(STUDENT, 'report', [{ type: 3, name: 'date', value: date }]);
    const m = await h.fake.waitForMessage((t, x) => x.interaction === id && t.includes('Interview Intelligence Report'), 20_000);
    const callback = h.fake.calls.find((c) => c.path.startsWith(`/interactions/${id}/`));
    expect(callback?.body.type).toBe(5);
    expect(m.ephemeral).toBe(true);
    expect(m.edits).toBeGreaterThan(1);
    const edits = h.fake.calls.filter((c) => c.method === 'PATCH' && c.path.includes('@original') && c.at >= (callback?.at ?? 0));
    expect(edits.some((c) => JSON.stringify(c.body).includes('(1/'))).toBe(true);
    const buttons = m.components.flatMap((r) => r.components);
    expect(buttons.map((b: { label: string }) => b.label)).toEqual(['Open full report', 'Download Markdown', 'Practise these questions']);
    expect(buttons[0].url).toMatch(/^https:\/\/prep\.example\.org\/r\//);
    expect(m.attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/^prep-report-\d+\.md$/)]);
    expect(m.attachments[0].content).toContain('# Interview Intelligence Report');
  });

  it('checks the interview date like every other date', async () => {
    const { id } = h.fake.slash(STUDENT, 'report', [{ type: 3, name: 'date', value: '3rd of May' }]);
    await h.fake.waitForMessage((t, x) => x.interaction === id && t.includes('date=YYYY-MM-DD'));
  });

  it('a button runs its command as whoever clicks it', async () => {
    const summary = h.fake.messages.find((x) => messageText(x).includes('[Download Markdown]'));
    if (!summary) throw new Error('no summary');
    const md = summary.components[0].components.find((b: { label: string }) => b.label === 'Download Markdown');
    const mine = h.fake.click(STUDENT, summary, md.custom_id);
    const got = await h.fake.waitForMessage((t, x) => x.interaction === mine.id && t.includes('as Markdown'));
    expect(got.attachments).toHaveLength(1);
    // Someone else clicking the same button gets nothing of the student's.
    const theirs = h.fake.click('930000000000000002', summary, md.custom_id);
    const refused = await h.fake.waitForMessage((t, x) => x.interaction === theirs.id && t.length > 0);
    expect(messageText(refused)).toMatch(/no report/);
    expect(refused.attachments).toHaveLength(0);
  });

  it('answers a replayed interaction once', async () => {
    const { id } = h.fake.slash(STUDENT, 'status');
    await h.fake.waitForMessage((t, x) => x.interaction === id && t.includes('On file for you'));
    h.fake.interaction({
      type: 2,
      user: STUDENT,
      id,
      data: { id: '940000000000000001', name: 'prep', type: 1, options: [{ type: 1, name: 'status', options: [] }] },
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(h.fake.calls.filter((c) => c.path.startsWith(`/interactions/${id}/`))).toHaveLength(1);
  });

  it('the fake refuses a first callback later than 3 seconds, as Discord does', async () => {
    h.fake.callbackDeadlineMs = 0;
    const { id } = h.fake.slash(STUDENT, 'privacy');
    await h.fake.waitFor(() => h.fake.calls.some((c) => c.path.startsWith(`/interactions/${id}/`)), 10_000, 'the callback');
    expect(h.fake.calls.find((c) => c.path.startsWith(`/interactions/${id}/`))?.status).toBe(404);
    h.fake.callbackDeadlineMs = 3000;
  });

  it('deploys /prep from the registry with one bulk-overwrite PUT, globally or to one guild', async () => {
    const before = h.fake.calls.length;
    const r = await deployCommands(h.config, COMMANDS);
    expect(r).toEqual({ scope: 'global', names: ['prep'] });
    await deployCommands({ ...h.config, guildId: GUILD_ID }, COMMANDS);
    const puts = h.fake.calls.slice(before).filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.path)).toEqual([
      `/applications/${h.config.applicationId}/commands`,
      `/applications/${h.config.applicationId}/guilds/${GUILD_ID}/commands`,
    ]);
    expect(puts[0].body).toEqual([prepCommandJson(COMMANDS)]);
  });
});
