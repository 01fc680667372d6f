import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxBomb, pdfFlateBomb } from '../../helpers/bombs.ts';
import { makeDocx } from '../../helpers/files.ts';
import { buttonPayload, type SlackHarness, startSlackHarness } from '../../helpers/slack.ts';

const CV = [
  'Priya Raman - Backend Engineer',
  'Experience: Payments Platform at Ledgerly (2021 - Present)',
  'Built an idempotent payment API in Go handling 2,000 requests per second',
];

describe('Slack: a bomb sent to the DM is refused while everyone else is still served', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('refuses the bomb with a message, keeps the stored CV, acks others fast and answers afterwards', async () => {
    h.fake.files.set('FGOOD', { name: 'cv.docx', bytes: makeDocx(CV) });
    await h.interaction(buttonPayload('save_file_cv_action', 'FGOOD', { user: 'U0BOMB', channel: 'D0BOMB' }));
    await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D0BOMB' && String(c.args.text).includes('Saved your CV'));

    h.fake.files.set('FPDF', { name: 'cv.pdf', bytes: pdfFlateBomb(300 * 1024 * 1024) });
    h.fake.files.set('FDOCX', { name: 'big.docx', bytes: docxBomb(800_000, { claimedSize: 40_000 }) });
    await h.interaction(buttonPayload('save_file_cv_action', 'FPDF', { user: 'U0BOMB', channel: 'D0BOMB' }));
    await h.interaction(buttonPayload('save_file_cv_action', 'FDOCX', { user: 'U0BOMB', channel: 'D0BOMB' }));
    const acks: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      const res = await h.command('help', { user: `U0OTHER${i}` });
      acks.push(performance.now() - t);
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(Math.max(...acks)).toBeLessThan(1000);

    for (const name of ['cv.pdf', 'big.docx']) {
      const refusal = await h.fake.waitFor(
        'chat.postMessage',
        (c) => c.args.channel === 'D0BOMB' && String(c.args.text).startsWith(name),
        30_000,
      );
      expect(String(refusal.args.text)).toMatch(/stopped reading it.*paste the text.*Nothing already on file was changed/s);
      expect(JSON.stringify(refusal.args)).not.toMatch(/\.ts:\d+|RangeError|heap/);
    }

    await h.command('status', { user: 'U0BOMB', channel: 'D0BOMB' });
    const status = await h.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'D0BOMB' && String(c.args.text).includes('On file for you'),
    );
    // Still version 1, the DOCX saved before the bombs.
    expect(String(status.args.text)).toMatch(/Priya Raman - Backend Engineer.*version 1 · docx/);
    await h.command('help', { user: 'U0AFTER' });
    await h.fake.waitForResponse((b) => JSON.stringify(b).includes('prep-bot — interview preparation'));
  }, 60_000);
});
