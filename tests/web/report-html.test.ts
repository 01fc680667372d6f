import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOfflineReport } from '../../src/core/report/build.ts';
import { renderHtml, reportContentSecurityPolicy } from '../../src/core/report/render-html.ts';
import { renderMarkdown } from '../../src/core/report/render-md.ts';
import { cleanRole } from '../../src/core/report/title.ts';
import { loadPairs, NOW } from '../helpers/pairs.ts';

const CHROMIUM = '/usr/bin/chromium';
const TMP = 'tests/.tmp';
const pairs = loadPairs();
const pair = pairs.find((p) => p.name === 'backend-payments');
if (!pair) throw new Error('fixture pair backend-payments is missing');
const hostileCv = pair.cv.replace(
  'Mentor two mid-level engineers',
  // The hostile line carries a real result (30%) so the report quotes it as a highlight.
  'Mentor two <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> engineers, cutting review time by 30% <!channel> [link](http://evil.example)',
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

  it('allows exactly its one inline script, by hash, with the same policy for the meta tag and the header', () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]).digest('base64');
    const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    expect(meta).toBe(reportContentSecurityPolicy('meta'));
    for (const policy of [meta ?? '', reportContentSecurityPolicy()]) {
      expect(policy).toContain(`script-src 'sha256-${hash}'`);
      expect(policy).toContain("default-src 'none'");
      expect(policy).not.toContain('unsafe-eval');
    }
    expect(reportContentSecurityPolicy()).toContain("frame-ancestors 'none'");
  });

  it('shows a clean title and company, the date and days left, and tiles that mean something', () => {
    expect(cleanRole({ ...report.role, title: '[Data Engineer](https://jobs.example/42) · Perpetua', company: '' })).toMatchObject({
      title: 'Data Engineer',
      company: 'Perpetua',
    });
    expect(html).toMatch(/<h1>Senior Backend Engineer<\/h1>/);
    const data = pairs.find((p) => p.name === 'data-engineer');
    if (!data) throw new Error('fixture pair data-engineer is missing');
    const boardJd = data.jd.replace(/^Data Engineer\n.*\n/, '# [Data Engineer](https://jobs.example.com/perpetua/123) · Perpetua\n\n');
    const board = buildOfflineReport({ cv: data.cv, jd: boardJd, now: NOW }).report;
    const boardHtml = renderHtml(board);
    expect(boardHtml).toContain('<h1>Data Engineer</h1>');
    expect(boardHtml).toContain('<li>Perpetua</li>');
    expect(boardHtml).not.toContain('jobs.example.com');
    expect(board.overview.summary).toMatch(/^Data Engineer at Perpetua is/);
    expect(html).toContain('Interview 2026-12-03 <span data-days-text>(in 12 days)</span>');
    expect(html).toMatch(/data-interview="2026-12-03">12</);
    const noPanel = renderHtml(buildOfflineReport({ cv: pair.cv, jd: pair.jd, now: NOW }).report);
    expect(noPanel).not.toMatch(/<b>0<\/b><span>Interviewer/);
    expect(noPanel).toContain('Add their notes with the panel command');
    expect(noPanel).toContain('give your interview date when you build the report (date=YYYY-MM-DD)');
  });

  it('puts each risk beside the skill it concerns and groups highlights by what the job asks for', () => {
    for (const k of report.positioning.risks.filter((x) => /required and not on your CV|No direct/.test(x.risk))) {
      const row = html.split('<tr>').find((r) => r.includes(`Risk:</b> ${k.risk}`));
      expect(row, k.risk).toBeDefined();
    }
    expect(html).toMatch(/<h3>Apache Kafka <span class="muted"[^>]*>required by the job<\/span><\/h3>/);
  });
});

// Debian's chromium is installed by .ci/run; on a machine without it this browser check cannot run.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('report page in Chromium', () => {
  let browser: Browser;
  const file = resolve(TMP, 'report.html');
  const url = pathToFileURL(file).href;
  beforeAll(async () => {
    mkdirSync(TMP, { recursive: true });
    writeFileSync(file, html);
    browser = await chromium.launch({
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
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(o: { width: number; height: number; js?: boolean; bypassCSP?: boolean }) {
    const context = await browser.newContext({
      viewport: { width: o.width, height: o.height },
      javaScriptEnabled: o.js ?? true,
      bypassCSP: o.bypassCSP ?? false,
    });
    // The page counts days left from the reader's clock: pin it to the report's.
    await context.clock.setFixedTime(NOW);
    const page = await context.newPage();
    const requests: string[] = [];
    const refused: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content Security Policy|Refused/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, refused, close: () => context.close() };
  }
  const visible = (page: Page) => page.locator('article.q:visible');

  it('opens from a file with no server: every section, the filter works, nothing fetched, nothing refused', async () => {
    const { page, requests, refused, close } = await open({ width: 1280, height: 900 });
    try {
      for (const id of ['fit', 'skills', 'highlights', 'questions', 'panel', 'loop', 'positioning', 'company', 'plan'])
        expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
      expect(await page.locator('.panel-card').count()).toBe(3);
      expect(await page.locator('article.q').count()).toBe(40);
      expect(await page.locator('.score').innerText()).toContain(String(report.fitScore.score));
      expect(await page.locator('section.round').count()).toBeGreaterThan(1);
      // The script ran under the page's own policy: the filter form is shown.
      expect(await page.locator('#qfilter').isVisible()).toBe(true);
      expect(refused).toEqual([]);

      // The table of contents stays in view while the page scrolls.
      await page.locator('#plan').scrollIntoViewIfNeeded();
      expect(await page.locator('nav.toc').isVisible()).toBe(true);
      expect((await page.locator('nav.toc').boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(-1);
      writeFileSync(join(TMP, 'report-desktop-scrolled.png'), await page.screenshot());
      await page.evaluate('window.scrollTo(0, 0)');
      writeFileSync(join(TMP, 'report-desktop.png'), await page.screenshot());

      // Filter by category, then by likelihood, then search; the count says what is shown.
      const behavioural = report.questions.filter((q) => q.category === 'behavioural').length;
      await page.selectOption('select[name=category]', 'behavioural');
      expect(await visible(page).count()).toBe(behavioural);
      for (const c of await visible(page).evaluateAll((xs) => xs.map((x) => x.getAttribute('data-category'))))
        expect(c).toBe('behavioural');
      expect(await page.locator('#qcount').innerText()).toBe(`Showing ${behavioural} of 40 questions`);
      await page.selectOption('select[name=likelihood]', '70');
      const likely = report.questions.filter((q) => q.category === 'behavioural' && q.likelihood >= 70).length;
      expect(await visible(page).count()).toBe(likely);
      await page.click('button[type=reset]');
      await expect.poll(() => visible(page).count()).toBe(40);
      const round = report.loop[0].name;
      await page.selectOption('select[name=round]', round);
      expect(await page.locator('section.round:visible').count()).toBe(1);
      await page.click('button[type=reset]');

      // Keyboard only: Tab reaches the search box, typing filters.
      await page.locator('select[name=likelihood]').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.name')).toBe('search');
      await page.keyboard.type('kafka');
      const kafka = report.questions.filter((q) => JSON.stringify(q).toLowerCase().includes('kafka')).length;
      await expect.poll(() => visible(page).count()).toBeGreaterThan(0);
      expect(await visible(page).count()).toBeLessThanOrEqual(kafka);
      writeFileSync(join(TMP, 'report-filtered.png'), await page.locator('#questions').screenshot());

      // Answer structures are collapsed until opened, without any script.
      await page.click('button[type=reset]');
      const first = page.locator('article.q').first();
      expect(await first.locator('.principle').isVisible()).toBe(false);
      await first.locator('summary').click();
      expect(await first.locator('.principle').isVisible()).toBe(true);

      // The plan is a dated checklist.
      expect(await page.locator('#plan input[type=checkbox]').count()).toBe(report.plan.flatMap((d) => d.tasks).length);
      expect(await page.locator('#plan .date').allInnerTexts()).toEqual(report.plan.map((d) => d.date));

      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      expect(await page.getByText('<script>window.__pwned = 1</script>', { exact: false }).count()).toBeGreaterThan(0);
      expect(requests.filter((u) => u !== url && !u.startsWith('data:'))).toEqual([]);
      expect(statSync(join(TMP, 'report-desktop.png')).size).toBeGreaterThan(10_000);
    } finally {
      await close();
    }
  });

  it('fits a phone screen with the contents bar on top', async () => {
    const { page, close } = await open({ width: 390, height: 844 });
    try {
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      writeFileSync(join(TMP, 'report-phone.png'), await page.screenshot());
      await page.evaluate("document.getElementById('questions').scrollIntoView({ behavior: 'instant' })");
      await expect.poll(async () => (await page.locator('nav.toc').boundingBox())?.y).toBe(0);
      writeFileSync(join(TMP, 'report-phone-questions.png'), await page.screenshot());
    } finally {
      await close();
    }
  });

  it('is fully readable with scripts off', async () => {
    const { page, close } = await open({ width: 1280, height: 900, js: false });
    try {
      expect(await page.locator('#qfilter').isVisible()).toBe(false);
      expect(await visible(page).count()).toBe(40);
      expect(await page.locator('#plan li.card').count()).toBe(report.plan.length);
    } finally {
      await close();
    }
  });

  it('prints whole cards with the answer structures open and no navigation', async () => {
    const { page, close } = await open({ width: 1280, height: 900 });
    try {
      await page.selectOption('select[name=category]', 'coding');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav.toc').isVisible()).toBe(false);
      expect(await page.locator('#qfilter').isVisible()).toBe(false);
      expect(await visible(page).count()).toBe(40);
      expect(await page.locator('article.q .principle').first().isVisible()).toBe(true);
      expect(await page.evaluate("getComputedStyle(document.querySelector('article.q')).breakInside")).toBe('avoid');
      const pdf = await page.pdf({ format: 'A4' });
      writeFileSync(join(TMP, 'report.pdf'), pdf);
      expect(pdf.length).toBeGreaterThan(50_000);
    } finally {
      await close();
    }
  });

  it('passes axe-core with no serious or critical violations, headings in order', async () => {
    const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    for (const width of [1280, 390]) {
      const { page, close } = await open({ width, height: 900, bypassCSP: true });
      try {
        await page.addScriptTag({ content: readFileSync(axe, 'utf8') });
        const result = (await page.evaluate(() =>
          (globalThis as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
            resultTypes: ['violations'],
          }),
        )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
        const serious = result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target.join(' ')})`);
        expect(serious, `width ${width}`).toEqual([]);
        const levels = await page.locator('h1,h2,h3,h4,h5,h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
        expect(levels[0]).toBe(1);
        for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
        expect(await page.locator('header, nav, main, footer').count()).toBe(4);
      } finally {
        await close();
      }
    }
  });
});
