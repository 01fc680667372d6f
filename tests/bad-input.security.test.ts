import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInputCases, runCase, seedDocuments, suiteDir } from './helpers/bad-input.ts';
import { freshApp } from './helpers/db.ts';

// Only a generous runaway guard here; the figures (slowest case, peak RSS) belong to `npm run bench`.
const RUNAWAY_MS = 45_000;
const RUNAWAY_RSS = 2 * 1024 * 1024 * 1024;

const dir = suiteDir();
const cases = badInputCases(dir);

describe('bad input, through the router and the terminal: a clear message, no crash, no stack, documents intact', () => {
  let app: Awaited<ReturnType<typeof freshApp>>;
  let snapshot: () => Promise<string>;
  beforeAll(async () => {
    app = await freshApp('pglite');
    snapshot = await seedDocuments(app);
  });
  afterAll(async () => {
    await app.drop();
  });

  it('has at least 80 cases across every group', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(new Set(cases.map((c) => c.group)).size).toBe(11);
  });

  it.each(cases.map((c) => [`${c.group}: ${c.name}`, c] as const))(
    '%s',
    async (_name, c) => {
      const outcomes = await runCase(app, c, dir, snapshot);
      expect(outcomes.length).toBeGreaterThan(0);
      for (const o of outcomes) {
        expect(o.problems, `${o.channel}`).toEqual([]);
        expect(o.ms).toBeLessThan(RUNAWAY_MS);
      }
      expect(process.memoryUsage().rss).toBeLessThan(RUNAWAY_RSS);
    },
    120_000,
  );
});
