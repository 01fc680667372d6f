import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/chat/errors.ts';
import { extractFile } from '../../src/core/profile/intake.ts';
import { docxBomb, docxWithDtd, pdfFlateBomb, pdfManyPages, zipManyEntries, zipTraversal } from '../helpers/bombs.ts';
import { makePdf } from '../helpers/files.ts';

/** Runs fn while measuring how late a 10 ms timer fires on this event loop (the worst lag seen). */
async function withLoopLag<T>(fn: () => Promise<T>): Promise<{ value: T; lagMs: number }> {
  let worst = 0;
  let last = performance.now();
  const t = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  try {
    const value = await fn();
    return { value, lagMs: worst };
  } finally {
    clearInterval(t);
  }
}

/** The refusal as a Slack user reads it: it says what to do and that nothing changed. */
const refused = (r: Awaited<ReturnType<typeof extractFile>>) => {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('accepted');
  const message = errorText(r.error, 'slack');
  expect(message).toMatch(/paste|upload|save|export/i);
  expect(message).toContain('Nothing already on file was changed');
  expect(message).not.toMatch(/\bat .*\.ts:\d+|Error:|undefined/);
  return { code: r.error.code, message };
};

describe('intake: hostile files are refused without hurting the process', () => {
  it('refuses an honest DOCX zip bomb from its central directory, before inflating', async () => {
    const bomb = docxBomb(2_000_000); // ~100 MB of paragraphs, a few hundred KB zipped
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const { value, lagMs } = await withLoopLag(() => extractFile({ name: 'cv.docx', bytes: bomb }, 'cv'));
    expect(refused(value).code).toBe('file_too_complex');
    expect(lagMs).toBeLessThan(500);
  });

  it('stops inflating a DOCX whose headers lie about its size', async () => {
    const liar = docxBomb(800_000, { claimedSize: 40_000 });
    const { value, lagMs } = await withLoopLag(() => extractFile({ name: 'cv.docx', bytes: liar }, 'cv'));
    expect(refused(value).code).toBe('file_too_complex');
    expect(lagMs).toBeLessThan(500);
  });

  it('collects DOCX text only up to the limit', async () => {
    const r = await extractFile({ name: 'cv.docx', bytes: docxBomb(5_000) }, 'cv');
    expect(refused(r).code).toBe('text_too_long');
  });

  it.each([
    ['xxe', 'file_corrupt'],
    ['laughs', 'file_corrupt'],
  ] as const)('refuses a DOCX with a DTD (%s)', async (kind, code) => {
    const r = await extractFile({ name: 'cv.docx', bytes: docxWithDtd(kind) }, 'cv');
    const e = refused(r);
    expect(e.code).toBe(code);
    expect(e.message).not.toContain('root:');
  });

  it('refuses zip traversal names and archives of too many parts', async () => {
    expect(refused(await extractFile({ name: 'cv.docx', bytes: zipTraversal() }, 'cv')).code).toBe('file_corrupt');
    expect(refused(await extractFile({ name: 'cv.docx', bytes: zipManyEntries(5000) }, 'cv')).code).toBe('file_too_complex');
  });

  it('refuses a PDF of thousands of pages sharing one stream by its page count', async () => {
    const { value, lagMs } = await withLoopLag(() => extractFile({ name: 'cv.pdf', bytes: pdfManyPages(5000) }, 'cv'));
    expect(refused(value).message).toContain('5,000 pages');
    expect(lagMs).toBeLessThan(500);
  });

  it('kills the child when a Flate bomb passes the memory cap, and the process carries on', async () => {
    const bomb = pdfFlateBomb(300 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const { value, lagMs } = await withLoopLag(() =>
      extractFile({ name: 'cv.pdf', bytes: bomb }, 'cv', { maxRssBytes: 200 * 1024 * 1024, heapMb: 128 }),
    );
    const e = refused(value);
    expect(e.code).toBe('file_too_complex');
    expect(lagMs).toBeLessThan(500);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
    // The next, ordinary file is read as usual.
    const ok = await extractFile(
      {
        name: 'cv.pdf',
        bytes: makePdf(['Backend engineer with eight years of Go, Postgres and Kafka in payments.', 'Led the ledger team of five.']),
      },
      'cv',
    );
    expect(ok.ok).toBe(true);
  }, 60_000);

  it('stops a file that takes longer than the time budget', async () => {
    const r = await extractFile({ name: 'cv.pdf', bytes: makePdf(['Backend engineer with eight years of Go.']) }, 'cv', { timeoutMs: 1 });
    expect(refused(r).message).toMatch(/took too long to read/);
  });
});

describe('intake: a flood of uploads', () => {
  it('reads two at a time, turns away the excess at once with a message, and never loses the order', async () => {
    const cv = makePdf(['Backend engineer with eight years of Go, Postgres and Kafka in payments.', 'Led the ledger team of five.']);
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => extractFile({ name: `cv-${i}.pdf`, bytes: cv }, 'cv')));
    const read = results.filter((r) => r.ok).length;
    const busy = results.filter((r) => !r.ok && r.error.code === 'intake_busy').length;
    expect(read).toBeGreaterThanOrEqual(18);
    expect(read + busy).toBe(24);
  }, 60_000);
});
