import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildOfflineReport } from '../../src/core/report/build.ts';
import { renderHtml } from '../../src/core/report/render-html.ts';
import { renderMarkdown } from '../../src/core/report/render-md.ts';
import { loadPairs, NOW } from '../helpers/pairs.ts';

const CHROMIUM = '/usr/bin/chromium';
const pair = loadPairs().find((p) => p.name === 'backend-payments');
if (!pair) throw new Error('fixture pair backend-payments is missing');
const hostileCv = pair.cv.replace(
  'Mentor two mid-level engineers',
  'Mentor two <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> engineers <!channel> [link](http://evil.example)',
);
const { report } = buildOfflineReport({ cv: hostileCv, jd: pair.jd, panel: pair.panel, now: NOW, interviewDate: '2026-12-03' });
const html = renderHtml(report);

describe('report page (HTML)', () => {
  it('escapes everything that came from the documents', () => {
    expect(report.highlights.some((h) => h.quote.includes('<script>')) || JSON.stringify(report).includes('<script>')).toBe(true);
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<link|src="http|href="http|@import/);
  });

  it('exports Markdown with the same content, escaped', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('# Interview Intelligence Report');
    expect(md).toContain(`Fit score: ${report.fitScore.score}/100`);
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/(?<!\\)\]\(http:\/\/evil/);
    expect(md).toContain('\\[link\\]');
  });

  // Debian's chromium is installed by .ci/run; on a machine without it this browser check cannot run.
  it.skipIf(!existsSync(CHROMIUM) && !process.env.CI)(
    'renders in Chromium with every key section visible and makes no requests',
    async () => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1100, height: 1600 } });
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.setContent(html, { waitUntil: 'load' });
        for (const id of ['fit', 'highlights', 'company', 'panel', 'questions', 'positioning', 'plan'])
          expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
        expect(await page.locator('.panel-card').count()).toBe(3);
        expect(await page.locator('article.q').count()).toBe(40);
        expect(await page.locator('.score').innerText()).toContain(String(report.fitScore.score));
        // Answer structures are collapsed until opened, without any script.
        const first = page.locator('article.q').first();
        expect(await first.locator('.principle').isVisible()).toBe(false);
        await first.locator('summary').click();
        expect(await first.locator('.principle').isVisible()).toBe(true);
        expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await page.getByText('<script>window.__pwned = 1</script>', { exact: false }).count()).toBeGreaterThan(0);
        expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
        mkdirSync('tests/.tmp', { recursive: true });
        const shot = join('tests/.tmp', 'report.png');
        writeFileSync(shot, await page.screenshot({ fullPage: false }));
        expect(statSync(shot).size).toBeGreaterThan(10_000);
      } finally {
        await browser.close();
      }
    },
  );
});
