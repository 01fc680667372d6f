// Start-up and memory at rest, measured on the real entry point (src/main.ts) as child processes:
// Slack HTTP mode against the fake Web API on the embedded database (first and second start),
// PGlite alone on the same data, PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is
// set, and the terminal chat. Loopback only; every child is stopped at the end.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { FakeSlackApi } from '../../tests/fakes/slack-api.ts';
import { startBotProcess } from '../../tests/helpers/bot-process.ts';
import type { Figure } from './stats.ts';

const REST_MS = 3000;
const rssMb = (pid: number) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function slackStart(api: FakeSlackApi, env: Record<string, string>): Promise<{ readyMs: number; restMb: number }> {
  const bot = await startBotProcess(api, { LOG_LEVEL: 'warn', ...env });
  try {
    const readyMs = await bot.waitReady();
    await sleep(REST_MS);
    return { readyMs, restMb: rssMb(bot.child.pid as number) };
  } finally {
    bot.child.kill('SIGTERM');
    await bot.exited;
  }
}

async function pgliteAlone(dir: string): Promise<{ rssMb: number; openMs: number }> {
  const child = spawn(process.execPath, ['scripts/bench/pglite-alone.ts', dir, String(REST_MS)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  await new Promise((r) => child.once('exit', r));
  return JSON.parse(out) as { rssMb: number; openMs: number };
}

/** The terminal chat at rest after `/prep help`, then after a first report (which loads the NLP model, taxonomy and bank). */
async function terminal(dir: string): Promise<{ helpMb: number; reportMb: number }> {
  const child = spawn(process.execPath, ['--max-semi-space-size=16', '--optimize-for-size', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), DATA_DIR: dir },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  const until = async (needle: string) => {
    while (!out.includes(needle)) await sleep(25);
  };
  child.stdin.write('/prep help\n');
  await until('prep-bot — interview preparation');
  await sleep(REST_MS);
  const helpMb = rssMb(child.pid as number);
  const pair = 'tests/fixtures/pairs/backend-payments';
  child.stdin.write(`/prep cv ${pair}/cv.md\n/prep jd ${pair}/jd.md\n/prep report\n`);
  await until('Saved the Markdown report');
  await sleep(REST_MS);
  const reportMb = rssMb(child.pid as number);
  child.stdin.end();
  await new Promise((r) => child.once('exit', r));
  return { helpMb, reportMb };
}

async function freshPostgres(admin: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bench_${Date.now().toString(36)}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    },
  };
}

export async function benchStartup(): Promise<Figure[]> {
  const load = loadavg()[0];
  const api = await new FakeSlackApi().start();
  const root = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const dir = join(root, 'data');
  const first = await slackStart(api, { DATA_DIR: dir });
  const second = await slackStart(api, { DATA_DIR: dir });
  const alone = await pgliteAlone(join(dir, 'pgdata'));
  const figures: Figure[] = [
    { name: 'load average (1 min) when the section started, on this machine', value: load, unit: '' },
    { name: 'start → /readyz 200, Slack HTTP, embedded DB, first start (creates it)', value: first.readyMs, unit: 'ms' },
    { name: 'start → /readyz 200, Slack HTTP, embedded DB, second start', value: second.readyMs, unit: 'ms', target: '<= 1500' },
    { name: 'RSS at rest, Slack HTTP on the embedded DB', value: second.restMb, unit: 'MB' },
    { name: 'PGlite alone: reopening the same data and a first query (the floor)', value: alone.openMs, unit: 'ms' },
    { name: 'RSS at rest, PGlite alone on the same data', value: alone.rssMb, unit: 'MB' },
    { name: 'RSS at rest, the bot above PGlite’s own footprint', value: second.restMb - alone.rssMb, unit: 'MB', target: '<= 150' },
  ];
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (admin) {
    const db = await freshPostgres(admin);
    try {
      const env = { DATA_DIR: join(dir, 'pg'), DATABASE_URL: db.url, DATA_KEY: Buffer.alloc(32, 5).toString('base64') };
      await slackStart(api, env);
      const again = await slackStart(api, env);
      figures.push(
        { name: 'start → /readyz 200, Slack HTTP, PostgreSQL, second start', value: again.readyMs, unit: 'ms' },
        { name: 'RSS at rest, Slack HTTP on PostgreSQL', value: again.restMb, unit: 'MB', target: '<= 250' },
      );
    } finally {
      await db.drop();
    }
  } else figures.push({ name: 'PostgreSQL figures skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL', value: 0, unit: '' });
  // The first session creates the database (initdb inside PGlite leaves its RSS high); the second is the usual case.
  const fresh = await terminal(join(dir, 'terminal'));
  const term = await terminal(join(dir, 'terminal'));
  figures.push(
    { name: 'terminal chat RSS at rest after /prep help, first run (creates the DB)', value: fresh.helpMb, unit: 'MB' },
    { name: 'terminal chat RSS at rest after /prep help, second run', value: term.helpMb, unit: 'MB' },
    { name: 'terminal chat RSS at rest after a report, second run (NLP model, bank loaded)', value: term.reportMb, unit: 'MB' },
  );
  await api.stop();
  // The embedded databases take about 80 MB: a bench run leaves nothing behind.
  rmSync(root, { recursive: true, force: true });
  return figures;
}
