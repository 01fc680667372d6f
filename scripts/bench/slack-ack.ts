// Ack latency of signed `/prep help` at 100 concurrent requests: prep-bot vs a bare Bolt app
// that acks and does nothing else, both over HTTP on loopback against the fake Web API.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { FakeSlackApi, signedHeaders } from '../../tests/fakes/slack-api.ts';
import { type Figure, percentile } from './stats.ts';

export const SECRET = 'bench-secret';
const CONCURRENCY = 100;
const ROUNDS = 10;

/**
 * The load generator: one signed `/prep <text>` POST on a keep-alive agent, resolving with its
 * latency in ms (the ack), or rejecting on a non-200. Shared by the ack and load benches.
 */
export function signedCommand(
  agent: Agent,
  url: string,
  o: { user: string; text: string; responseUrl: string; trigger: string },
): Promise<number> {
  const target = new URL(url);
  return new Promise<number>((resolve, reject) => {
    const body = new URLSearchParams({
      command: '/prep',
      text: o.text,
      user_id: o.user,
      team_id: 'T0001',
      channel_id: 'C1',
      response_url: o.responseUrl,
      trigger_id: o.trigger,
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
}

/** Steady-state latencies over ROUNDS bursts, and the first (cold) burst's p99 on its own. */
async function measure(url: string, responseUrl: string): Promise<{ times: number[]; coldP99: number }> {
  // A plain keep-alive agent: on 2 cores the load generator should cost as little CPU as it can.
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const one = (i: number) => signedCommand(agent, url, { user: `U${i % 20}`, text: 'help', responseUrl, trigger: `t${i}` });
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
export async function startTarget(kind: 'bare' | 'prep-bot', apiUrl: string): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=16', '--optimize-for-size', 'scripts/bench/slack-target.ts', kind, apiUrl, SECRET],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
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
    pid: child.pid as number,
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
