// Ack latency of signed `/prep help` at 100 concurrent requests: prep-bot vs a bare Bolt app
// that acks and does nothing else, both over HTTP on loopback against the fake Web API.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { FakeSlackApi, signedHeaders } from '../../tests/fakes/slack-api.ts';
import { type Figure, percentile } from './stats.ts';

const SECRET = 'bench-secret';
const CONCURRENCY = 100;
const ROUNDS = 10;

/** Steady-state latencies over ROUNDS bursts, and the first (cold) burst's p99 on its own. */
async function measure(url: string, responseUrl: string): Promise<{ times: number[]; coldP99: number }> {
  // A plain keep-alive agent: on 2 cores the load generator should cost as little CPU as it can.
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const target = new URL(url);
  const one = (i: number) =>
    new Promise<number>((resolve, reject) => {
      const body = new URLSearchParams({
        command: '/prep',
        text: 'help',
        user_id: `U${i % 20}`,
        team_id: 'T0001',
        channel_id: 'C1',
        response_url: responseUrl,
        trigger_id: `t${i}`,
      }).toString();
      const t = performance.now();
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': Buffer.byteLength(body),
            ...signedHeaders(body, SECRET),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t) : reject(new Error(`status ${res.statusCode}`))));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  for (let i = 0; i < 20; i++) await one(i);
  const cold = await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => one(i)));
  await new Promise((res) => setTimeout(res, 300));
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const round = await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => one(i)));
    if (process.env.BENCH_VERBOSE)
      console.log(
        `  round ${r}: p50 ${percentile(round, 50).toFixed(0)} p99 ${percentile(round, 99).toFixed(0)} max ${Math.max(...round).toFixed(0)}`,
      );
    times.push(...round);
    await new Promise((res) => setTimeout(res, 300)); // let background work finish between rounds
  }
  return { times, coldP99: percentile(cold, 99) };
}

/** Starts an app under test in its own process, so the load generator and the fake stay out of its way. */
export async function startTarget(kind: 'bare' | 'prep-bot', apiUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--max-semi-space-size=16', 'scripts/bench/slack-target.ts', kind, apiUrl, SECRET], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/\{"port":(\d+)\}/);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`${kind} target exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    stop: () =>
      new Promise((r) => {
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
}

export async function benchSlackAck(): Promise<Figure[]> {
  const api = await new FakeSlackApi().start();
  const responseUrl = api.responseUrl('bench');
  const bare = await startTarget('bare', api.apiUrl);
  const { times: bareTimes } = await measure(bare.url, responseUrl);
  await bare.stop();
  const ours = await startTarget('prep-bot', api.apiUrl);
  const { times: ourTimes, coldP99 } = await measure(ours.url, responseUrl);
  await ours.stop();
  await api.stop();
  const p50 = percentile(ourTimes, 50);
  const bareP50 = percentile(bareTimes, 50);
  return [
    { name: `slack ack: bare Bolt p50 (${CONCURRENCY} concurrent × ${ROUNDS})`, value: bareP50, unit: 'ms' },
    { name: 'slack ack: bare Bolt p99', value: percentile(bareTimes, 99), unit: 'ms' },
    { name: 'slack ack: prep-bot p50', value: p50, unit: 'ms' },
    { name: 'slack ack: prep-bot p99', value: percentile(ourTimes, 99), unit: 'ms', target: '< 100' },
    { name: 'slack ack: prep-bot p99 of the first (cold) burst', value: coldP99, unit: 'ms' },
    { name: 'slack ack: ratio prep-bot / bare (p50)', value: p50 / bareP50, unit: 'ratio', target: '<= 1.3' },
  ];
}
