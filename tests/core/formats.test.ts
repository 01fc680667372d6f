import { existsSync, readFileSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptText, extractFile } from '../../src/core/profile/intake.ts';
import { buildOfflineReport } from '../../src/core/report/build.ts';
import { makeListDocx } from '../helpers/files.ts';

const CHROMIUM = '/usr/bin/chromium';
const NOW = new Date('2026-12-01T09:00:00Z');
const PAIRS = ['backend-payments', 'data-engineer', 'customer-success'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The CV as a person would lay it out in a word processor before printing to PDF. */
function asHtml(md: string): string {
  let html = '<html><body style="font-family: sans-serif; font-size: 11pt; margin: 0">';
  let inList = false;
  for (const line of md.split('\n')) {
    const item = line.match(/^[-*] (.*)$/);
    if (item && !inList) html += '<ul>';
    if (!item && inList) html += '</ul>';
    inList = Boolean(item);
    if (item) html += `<li>${esc(item[1])}</li>`;
    else if (/^#/.test(line)) html += `<h2>${esc(line.replace(/^#+\s*/, ''))}</h2>`;
    else if (line.trim()) html += `<p>${esc(line)}</p>`;
  }
  return `${html}${inList ? '</ul>' : ''}</body></html>`;
}

function summary(cvText: string, jd: string) {
  const r = buildOfflineReport({ cv: cvText, jd, now: NOW }).report;
  return {
    fit: r.fitScore.score,
    highlights: r.highlights.map((h) => h.quote.replace(/\s+/g, ' ')).sort(),
    risks: r.positioning.risks.map((k) => k.risk).sort(),
    questions: r.questions.slice(0, 10).map((q) => q.id),
  };
}

describe('the same CV as Markdown, TXT and DOCX gives the same report', () => {
  it.each(PAIRS)('%s', async (pair) => {
    const md = readFileSync(`tests/fixtures/pairs/${pair}/cv.md`, 'utf8');
    const jd = readFileSync(`tests/fixtures/pairs/${pair}/jd.md`, 'utf8');
    const pasted = acceptText(md, 'cv');
    const txt = await extractFile({ name: 'cv.txt', bytes: new Uint8Array(Buffer.from(md)) }, 'cv');
    const docx = await extractFile({ name: 'cv.docx', bytes: makeListDocx(md.split('\n')) }, 'cv');
    if (!pasted.ok || !txt.ok || !docx.ok) throw new Error('a format was refused');
    const base = summary(pasted.value.text, jd);
    for (const other of [summary(txt.value.text, jd), summary(docx.value.text, jd)]) {
      expect(Math.abs(other.fit - base.fit)).toBeLessThanOrEqual(1);
      expect(other.highlights).toEqual(base.highlights);
      expect(other.risks).toEqual(base.risks);
      expect(other.questions).toEqual(base.questions);
    }
  });
});

// Debian's chromium is installed by .ci/run; on a machine without it the printed PDF cannot be made.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('the same CV printed to PDF gives the same report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(PAIRS)(
    '%s',
    async (pair) => {
      const md = readFileSync(`tests/fixtures/pairs/${pair}/cv.md`, 'utf8');
      const jd = readFileSync(`tests/fixtures/pairs/${pair}/jd.md`, 'utf8');
      const page = await browser.newPage();
      await page.setContent(asHtml(md));
      const pdf = await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
      await page.close();
      const read = await extractFile({ name: 'cv.pdf', bytes: new Uint8Array(pdf) }, 'cv');
      const pasted = acceptText(md, 'cv');
      if (!read.ok || !pasted.ok) throw new Error('refused');
      // Bullets come back as list items and wrapped lines as one line.
      expect(read.value.text).toMatch(/^- .{60,}$/m);
      const base = summary(pasted.value.text, jd);
      const printed = summary(read.value.text, jd);
      expect(Math.abs(printed.fit - base.fit)).toBeLessThanOrEqual(1);
      expect(printed.highlights).toEqual(base.highlights);
      expect(printed.risks).toEqual(base.risks);
      expect(printed.questions).toEqual(base.questions);
    },
    30_000,
  );
});
