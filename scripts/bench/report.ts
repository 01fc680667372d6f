// Report generation speed and memory over the sample CV/JD pairs (offline engine).
import { buildOfflineReport } from '../../src/core/report/build.ts';
import { loadPairs, NOW } from '../../tests/helpers/pairs.ts';
import { type Figure, percentile } from './stats.ts';

export async function benchReport(): Promise<Figure[]> {
  const pairs = loadPairs();
  const coldStart = performance.now();
  buildOfflineReport({ cv: pairs[0].cv, jd: pairs[0].jd, now: NOW });
  const coldMs = performance.now() - coldStart;
  const times: number[] = [];
  const rounds = 15;
  for (let r = 0; r < rounds; r++)
    for (const p of pairs) {
      const t = performance.now();
      buildOfflineReport({ cv: p.cv, jd: p.jd, panel: p.panel, now: NOW });
      times.push(performance.now() - t);
    }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  return [
    { name: 'report: first report incl. loading taxonomy, bank and NLP model', value: coldMs, unit: 'ms' },
    {
      name: `report: p50 over ${times.length} reports (${pairs.length} pairs)`,
      value: percentile(times, 50),
      unit: 'ms',
      target: '<= 300',
    },
    { name: 'report: p95', value: percentile(times, 95), unit: 'ms' },
    { name: 'report: peak RSS of the process', value: rssMb, unit: 'MB', target: '<= 250' },
  ];
}
