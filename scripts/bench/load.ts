// Load: a burst of 500 signed /prep commands at once against the real adapter in its own process
// (every ack under Slack's 3 s?), then 20 reports and 200 grades at once through the router on
// the embedded database, with the RSS they add. Figures only; loopback only.
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { FakeSlackApi } from '../../tests/fakes/slack-api.ts';
import { signedCommand, startTarget } from './slack-ack.ts';
import { type Figure, percentile } from './stats.ts';

const BURST = 500;
const REPORTS = 20;
const GRADES = 200;
const ANSWER =
  'I would measure first: read the query plan, add the missing index, and cache hot reads in Redis with a short TTL, invalidated on write. Then I would load-test again; last year this took our p99 from 800 ms to 150 ms.';
const rssMb = (pid = process.pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;

/** Samples a process's RSS every 20 ms while work runs; returns the peak. */
function sampler(pid?: number): { stop(): number } {
  let peak = rssMb(pid);
  const t = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 20);
  return {
    stop() {
      clearInterval(t);
      return Math.max(peak, rssMb(pid));
    },
  };
}

async function burst(): Promise<Figure[]> {
  const api = await new FakeSlackApi().start();
  const target = await startTarget('prep-bot', api.apiUrl);
  // Commands a cohort sends at 9:00: help and privacy (no database), status and stats (database).
  const texts = ['help', 'status', 'privacy', 'stats'];
  const agent = new Agent({ keepAlive: true, maxSockets: BURST });
  for (let i = 0; i < 20; i++)
    await signedCommand(agent, target.url, { user: `UW${i}`, text: 'help', responseUrl: api.responseUrl('warm'), trigger: `w${i}` });
  const before = rssMb(target.pid);
  const peak = sampler(target.pid);
  const t0 = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: BURST }, (_, i) =>
      signedCommand(agent, target.url, {
        user: `UL${i % 250}`,
        text: texts[i % texts.length],
        responseUrl: api.responseUrl(`load-${i}`),
        trigger: `l${i}`,
      }),
    ),
  );
  const acks = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const inTime = acks.filter((ms) => ms < 3000).length;
  // The work after each ack: every command's private reply reaches its response_url.
  const deadline = Date.now() + 120_000;
  while (api.responses.filter((r) => r.path.includes('/respond/load-')).length < BURST && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  const allReplied = performance.now() - t0;
  const replies = api.responses.filter((r) => r.path.includes('/respond/load-')).length;
  const peakMb = peak.stop();
  await target.stop();
  await api.stop();
  agent.destroy();
  return [
    { name: `burst: ${BURST} concurrent signed /prep commands, acked with 200`, value: (acks.length / BURST) * 100, unit: '%' },
    { name: 'burst: acked in under 3 s', value: (inTime / BURST) * 100, unit: '%', target: '100' },
    { name: 'burst: ack p50', value: percentile(acks, 50), unit: 'ms' },
    { name: 'burst: ack p99', value: percentile(acks, 99), unit: 'ms', target: '< 3000' },
    { name: 'burst: ack max', value: Math.max(...acks), unit: 'ms' },
    { name: 'burst: private replies delivered after the acks', value: replies, unit: `of ${BURST}` },
    { name: 'burst: time until the last reply', value: allReplied, unit: 'ms' },
    { name: 'burst: bot RSS growth (peak − before)', value: peakMb - before, unit: 'MB' },
  ];
}

async function heavy(): Promise<Figure[]> {
  const { openApp } = await import('../../src/app.ts');
  const { silentLogger } = await import('../../src/log.ts');
  const app = await openApp({ databaseUrl: undefined, dataDir: '', dataKey: Buffer.alloc(32, 4) }, silentLogger, { memory: true });
  const pair = 'tests/fixtures/pairs/backend-payments';
  const cv = readFileSync(`${pair}/cv.md`, 'utf8');
  const jd = readFileSync(`${pair}/jd.md`, 'utf8');
  const who = (i: number) => ({ platform: 'slack' as const, workspace: 'T0001', user: `UH${i}` });
  for (let i = 0; i < Math.max(REPORTS, GRADES); i++) {
    if (i < REPORTS) {
      await app.router.command({ who: who(i), text: `cv ${cv}` });
      await app.router.command({ who: who(i), text: `jd ${jd}` });
    }
    await app.router.command({ who: who(i), text: 'practice backend' });
  }
  // Warm-up outside the measurement: the NLP model, taxonomy and bank load on first use.
  await app.router.command({ who: who(0), text: 'report' });
  await app.router.command({ who: who(GRADES), text: 'practice backend' });
  await app.router.message({ who: who(GRADES), text: ANSWER });
  await new Promise((r) => setTimeout(r, 500));
  const base = rssMb();

  let peak = sampler();
  let t = performance.now();
  const reports = await Promise.all(Array.from({ length: REPORTS }, (_, i) => app.router.command({ who: who(i), text: 'report' })));
  const reportMs = performance.now() - t;
  const reportPeak = peak.stop();
  const reportsOk = reports.filter((r) => r.some((x) => (x.files?.length ?? 0) > 0)).length;

  peak = sampler();
  t = performance.now();
  const grades = await Promise.all(Array.from({ length: GRADES }, (_, i) => app.router.message({ who: who(i), text: ANSWER })));
  const gradeMs = performance.now() - t;
  const gradePeak = peak.stop();
  const gradesOk = grades.filter((r) => JSON.stringify(r).includes('/100')).length;
  await app.close();
  return [
    { name: `${REPORTS} concurrent reports (offline engine): completed`, value: reportsOk, unit: `of ${REPORTS}` },
    { name: `${REPORTS} concurrent reports: wall time`, value: reportMs, unit: 'ms' },
    { name: `${REPORTS} concurrent reports: RSS growth (peak − warm baseline)`, value: reportPeak - base, unit: 'MB', target: '< 100' },
    { name: `${GRADES} concurrent grades: completed`, value: gradesOk, unit: `of ${GRADES}` },
    { name: `${GRADES} concurrent grades: wall time`, value: gradeMs, unit: 'ms' },
    { name: `${GRADES} concurrent grades: RSS growth (peak − warm baseline)`, value: gradePeak - base, unit: 'MB', target: '< 100' },
  ];
}

export async function benchLoad(): Promise<Figure[]> {
  return [...(await burst()), ...(await heavy())];
}
