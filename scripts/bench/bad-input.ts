// The bad-input suite's cases (tests/helpers/bad-input.ts), run once through the router and the
// terminal on an in-memory database: totals, crashes, the slowest case and the peak RSS.
import { rmSync } from 'node:fs';
import { badInputCases, type CaseOutcome, runCase, seedDocuments, suiteDir } from '../../tests/helpers/bad-input.ts';
import { freshApp } from '../../tests/helpers/db.ts';
import type { Figure } from './stats.ts';

export async function benchBadInput(): Promise<Figure[]> {
  const dir = suiteDir();
  const cases = badInputCases(dir);
  const app = await freshApp('pglite');
  const snapshot = await seedDocuments(app);
  // The embedded database's start-up peak (~1.1 GB of ru_maxrss) is PGlite's, not the cases': sample from here.
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const outcomes: CaseOutcome[] = [];
  const started = performance.now();
  for (const c of cases) outcomes.push(...(await runCase(app, c, dir, snapshot)));
  const total = performance.now() - started;
  clearInterval(sampler);
  await app.drop();
  rmSync(dir, { recursive: true, force: true });
  const crashes = outcomes.filter((o) => o.problems.some((p) => /internal error|THREW|no reply/.test(p)));
  const failed = outcomes.filter((o) => o.problems.length > 0);
  for (const o of failed) console.log(`  FAILED ${o.channel} ${o.name}: ${o.problems.join('; ')}`);
  const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a));
  return [
    { name: 'bad input: cases', value: cases.length, unit: 'cases', target: '>= 80' },
    { name: 'bad input: runs (router + terminal)', value: outcomes.length, unit: 'runs' },
    { name: 'bad input: crashes (internal error, throw, no reply)', value: crashes.length, unit: 'runs', target: '0' },
    { name: 'bad input: runs with any problem (unclear, leak, documents changed)', value: failed.length, unit: 'runs', target: '0' },
    { name: `bad input: slowest (${slowest.channel}, ${slowest.name})`.slice(0, 70), value: slowest.ms, unit: 'ms' },
    { name: 'bad input: whole suite', value: total, unit: 'ms' },
    { name: 'bad input: RSS before the cases (PGlite app on an in-memory database)', value: base / 1024 / 1024, unit: 'MB' },
    { name: 'bad input: peak RSS during the cases (sampled every 20 ms)', value: peak / 1024 / 1024, unit: 'MB' },
    { name: 'bad input: peak growth over the cases (extraction children excluded)', value: (peak - base) / 1024 / 1024, unit: 'MB' },
  ];
}
