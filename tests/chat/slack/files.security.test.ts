import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../helpers/files.ts';
import { buttonPayload, type SlackHarness, startSlackHarness } from '../../helpers/slack.ts';

const CV = makeDocx([
  'Priya Raman - Backend Engineer',
  'Experience: Payments Platform at Ledgerly (2021 - Present)',
  'Built an idempotent payment API in Go handling 2,000 requests per second',
]);

describe('Slack downloads: only Slack’s host, only with a known size, only readable types', () => {
  let h: SlackHarness;
  let n = 0;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  /** Offers a file through the "save as CV" button and returns what the bot said in the DM. */
  async function save(file: Parameters<SlackHarness['fake']['files']['set']>[1]): Promise<{ text: string; downloaded: boolean }> {
    const id = `FSEC${++n}`;
    const user = `U0SEC${n}`;
    h.fake.files.set(id, file);
    await h.interaction(buttonPayload('save_file_cv_action', id, { user, channel: `D0SEC${n}` }));
    const msg = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === `D0SEC${n}`);
    return { text: String(msg.args.text), downloaded: h.fake.downloads.some((d) => d.path === `/files/${id}`) };
  }

  it('downloads from the allowed host with the size files.info gave', async () => {
    const r = await save({ name: 'cv.docx', bytes: CV });
    expect(r.text).toContain('Saved your CV');
    expect(r.downloaded).toBe(true);
  });

  it('never sends the token to another host', async () => {
    const r = await save({ name: 'cv.docx', bytes: CV, url: `${h.fake.url.replace('127.0.0.1', 'localhost')}/files/FSEC2` });
    expect(r.text).toMatch(/not stored on Slack's file host/);
    expect(r.downloaded).toBe(false);
  });

  it.each([
    [{ size: null }, /did not tell me the size/],
    [{ size: 6 * 1024 * 1024 }, /over 5 MB/],
    [{ mimetype: 'image/png' }, /does not look like a PDF, DOCX, TXT or MD file/],
    [{ name: 'cv.exe' }, /not a file type I can read/],
  ])('refuses before downloading: %o', async (lie, message) => {
    const r = await save({ name: 'cv.docx', bytes: CV, ...lie });
    expect(r.text).toMatch(message);
    expect(r.downloaded).toBe(false);
  });

  it('stops a download that runs past the size files.info gave, whatever the headers say', async () => {
    const r = await save({ name: 'cv.docx', bytes: CV, size: 100 });
    expect(r.text).toMatch(/larger than Slack said/);
  });

  it('refuses a response of an unexpected content type', async () => {
    const r = await save({ name: 'cv.docx', bytes: CV, contentType: 'text/html; charset=utf-8' });
    expect(r.text).toMatch(/did not arrive as a PDF, DOCX, TXT or MD file/);
  });

  it("ignores file_shared for the bot's own uploads", async () => {
    h.fake.files.set('FMINE', { name: 'prep-report-1.md', bytes: new Uint8Array(Buffer.from('# Report')), user: 'UBOT' });
    const before = h.fake.of('chat.postMessage').length;
    await h.event({ type: 'file_shared', file_id: 'FMINE', user_id: 'UBOT', channel_id: 'D0MINE', event_ts: '1.3' });
    h.fake.files.set('FTHEIRS', { name: 'jd.docx', bytes: CV });
    await h.event({ type: 'file_shared', file_id: 'FTHEIRS', user_id: 'U0THEIRS', channel_id: 'D0THEIRS', event_ts: '1.4' });
    await h.fake.waitFor('chat.postMessage', (c) => String(c.args.text).includes('I got jd.docx'));
    expect(
      h.fake
        .of('chat.postMessage')
        .slice(before)
        .some((c) => String(c.args.text).includes('prep-report-1.md')),
    ).toBe(false);
  });
});
