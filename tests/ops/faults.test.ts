import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from '../../src/app.ts';
import type { SlackAdapter } from '../../src/chat/slack/app.ts';
import { Outbox } from '../../src/jobs/outbox.ts';
import { silentLogger } from '../../src/log.ts';
import { createSlackServer } from '../../src/serve.ts';
import { createMetrics } from '../../src/web/metrics.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { freshDb, TEST_KEY } from '../helpers/db.ts';
import { TcpProxy } from '../helpers/tcp-proxy.ts';

// Real PostgreSQL and more than one process: only with TEST_DATABASE_URL (PGlite is one process per data dir).
const PG = process.env.TEST_DATABASE_URL;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How many times each dedupe key arrived at the fake Slack. */
function deliveries(api: FakeSlackApi): Map<string, number> {
  const n = new Map<string, number>();
  for (const m of api.messages) {
    const key = (m.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key;
    if (key) n.set(key, (n.get(key) ?? 0) + 1);
  }
  return n;
}

async function enqueue(app: App, keys: string[], channels = 10): Promise<void> {
  for (const [i, key] of keys.entries())
    await app.store.outbox.enqueue(app.db, {
      dedupeKey: key,
      platform: 'slack',
      workspace: 'T0001',
      channel: `C0FAN${i % channels}`,
      kind: 'drop',
      payload: { blocks: [{ type: 'text', text: `post ${key}` }], visibility: 'public' },
    });
}

async function until(what: string, ok: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<number> {
  const t = performance.now();
  while (!(await ok())) {
    if (performance.now() - t > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
  return performance.now() - t;
}

describe.skipIf(!PG)('PostgreSQL goes away mid-run (through a loopback proxy that cuts every connection)', () => {
  let api: FakeSlackApi;
  let proxy: TcpProxy;
  let app: App;
  let slack: SlackAdapter;
  let base: string;
  let server: ReturnType<typeof createSlackServer>['server'];
  let dropDb: () => Promise<void>;

  beforeAll(async () => {
    api = await new FakeSlackApi().start();
    const fresh = await freshDb('postgres');
    await fresh.db.close();
    dropDb = fresh.drop;
    const target = new URL(fresh.url as string);
    proxy = await new TcpProxy({ host: target.hostname, port: Number(target.port) }).start();
    app = await openApp({ databaseUrl: proxy.via(fresh.url as string), dataDir: '', dataKey: TEST_KEY }, silentLogger);
    const served = createSlackServer(
      app,
      { botToken: api.botToken, signingSecret: 's', appToken: undefined, oauth: undefined, apiUrl: api.apiUrl },
      silentLogger,
      createMetrics(),
    );
    server = served.server;
    slack = served.slack;
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    await slack.start();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    await app.close();
    await proxy.stop();
    await dropDb();
    await api.stop();
  });

  const readyz = async () => {
    const r = await fetch(`${base}/readyz`);
    return { status: r.status, body: (await r.json()) as { checks: { database: boolean } } };
  };

  it('reports not ready while it is gone, reconnects by itself, and loses no queued post', async () => {
    expect((await readyz()).status).toBe(200);
    const keys = Array.from({ length: 40 }, (_, i) => `pg-fault-${i}`);
    await enqueue(app, keys);
    // A slow Web API so the cut lands in the middle of the fan-out.
    api.postLatencyMs = 40;
    const outbox = new Outbox(app.store, new Map([['slack', slack.transport]]), silentLogger, () => new Date(), {
      ratePerSecond: 10_000,
      batch: 10,
      leaseMs: 1000,
    });
    const draining = outbox.drain().catch((e: Error) => e);
    await until('the fan-out to start', () => api.messages.length >= 8);
    proxy.down();
    expect(await draining).toBeInstanceOf(Error);
    const r = await readyz();
    expect(r.status).toBe(503);
    expect(r.body.checks.database).toBe(false);
    const sentBeforeCut = api.messages.length;
    expect(sentBeforeCut).toBeLessThan(keys.length);

    proxy.up();
    const reconnectMs = await until('readiness to come back', async () => (await readyz()).status === 200);
    expect(reconnectMs).toBeLessThan(10_000);
    // Rows leased when the line was cut are checked against Slack once their lease expires.
    await until('every post to be delivered', async () => {
      await outbox.drain();
      const c = await app.store.outbox.counts();
      return !c.pending && !c.sending;
    });
    const n = deliveries(api);
    expect(keys.filter((k) => !n.has(k))).toEqual([]);
    expect([...n.values()].filter((v) => v > 1)).toEqual([]);
    expect((await app.store.outbox.counts()).sent).toBe(keys.length);
  }, 60_000);
});

describe.skipIf(!PG)('kill -9 of a replica mid fan-out (whole process)', () => {
  it('after a restart: 0 lost, 0 duplicated', async () => {
    const api = await new FakeSlackApi().start();
    const fresh = await freshDb('postgres');
    const url = fresh.url as string;
    try {
      const app = await openApp({ databaseUrl: url, dataDir: '', dataKey: TEST_KEY }, silentLogger);
      const keys = Array.from({ length: 300 }, (_, i) => `fanout-${i}`);
      await enqueue(app, keys);
      api.postLatencyMs = 15;
      const replica = () => {
        const child = spawn(process.execPath, [join(process.cwd(), 'tests/helpers/drain-child.ts'), url, api.apiUrl, '1500'], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
        });
        const exited = new Promise<number | string>((r) => child.once('exit', (code, signal) => r(code ?? signal ?? -1)));
        return { child, exited, out: () => out };
      };
      const first = replica();
      // Kill it inside a batch (rows leased, some sent, the rest not), not between two batches.
      await until(
        'the first replica to be mid fan-out',
        async () => api.messages.length >= 60 && ((await app.store.outbox.counts()).sending ?? 0) > 0,
        60_000,
      );
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      expect(api.messages.length).toBeLessThan(keys.length);

      const second = replica();
      expect(await second.exited).toBe(0);
      expect(second.out()).toContain('drained');
      const n = deliveries(api);
      const lost = keys.filter((k) => !n.has(k));
      const duplicated = [...n.entries()].filter(([, v]) => v > 1).map(([k]) => k);
      expect({ lost, duplicated }).toEqual({ lost: [], duplicated: [] });
      expect((await app.store.outbox.counts()).sent).toBe(keys.length);
      await app.close();
    } finally {
      await fresh.drop();
      await api.stop();
    }
  }, 120_000);
});
