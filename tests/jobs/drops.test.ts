import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from '../../src/app.ts';
import { plainText, type Reply } from '../../src/chat/message.ts';
import { dropReplies } from '../../src/chat/replies/drops.ts';
import { slackTransport } from '../../src/chat/slack/transport.ts';
import type { Identity } from '../../src/core/identity.ts';
import { localParts, zonedInstant } from '../../src/core/time.ts';
import { deliveryHooks } from '../../src/jobs/hooks.ts';
import { Outbox, type Transport } from '../../src/jobs/outbox.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { DB_TARGETS, freshDb, TEST_KEY } from '../helpers/db.ts';

const TZ = 'Europe/Berlin';
const CHANNEL = 'C0COHORT';
const teacher: Identity = { platform: 'slack', workspace: 'T0001', user: 'U0TEACH', roles: ['admin'] };
const student = (n: number): Identity => ({ platform: 'slack', workspace: 'T0001', user: `U0STU${n}` });
const textOf = (rs: Reply[]) => rs.map(plainText).join('\n');

interface Replica {
  app: App;
  outbox: Outbox;
}

async function replica(
  kind: 'pglite' | 'postgres',
  url: string | undefined,
  shared: App | undefined,
  api: FakeSlackApi,
  now: () => Date,
  transport?: Transport,
): Promise<Replica> {
  // PGlite is one in-process database: the second replica shares it. PostgreSQL: a pool each.
  const app =
    shared ??
    (await openApp({ databaseUrl: kind === 'postgres' ? url : undefined, dataDir: '', dataKey: TEST_KEY }, silentLogger, {
      memory: kind === 'pglite',
      now,
    }));
  const t = transport ?? slackTransport({ apiUrl: api.apiUrl, tokenFor: async () => api.botToken });
  const outbox = new Outbox(app.store, new Map([['slack', t]]), silentLogger, now, {
    ratePerSecond: 10_000,
    leaseMs: 60_000,
    ...deliveryHooks(app.store, dropReplies.deliveryFailed),
  });
  return { app, outbox };
}

describe.each(DB_TARGETS)('daily drops on %s', (kind) => {
  let api: FakeSlackApi;
  let clock = new Date('2026-03-15T22:00:00Z');
  const now = () => clock;
  let a: Replica;
  let b: Replica;
  let dbUrl: string | undefined;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    api = await new FakeSlackApi().start();
    if (kind === 'postgres') {
      const fresh = await freshDb('postgres');
      await fresh.db.close();
      dbUrl = fresh.url;
      drop = fresh.drop;
    }
    a = await replica(kind, dbUrl, undefined, api, now);
    b =
      kind === 'pglite'
        ? { app: a.app, outbox: (await replica(kind, dbUrl, a.app, api, now)).outbox }
        : await replica(kind, dbUrl, undefined, api, now);
  });
  afterAll(async () => {
    await a.app.close();
    if (b.app !== a.app) await b.app.close();
    await drop?.();
    await api.stop();
  });

  it('lets only instructors and admins manage drops, politely', async () => {
    const no = textOf(await a.app.router.command({ who: student(1), text: 'drop setup #C0COHORT 09:00 Europe/Berlin' }));
    expect(no).toContain('Only instructors and workspace admins can manage drops');
    expect(textOf(await a.app.router.command({ who: student(1), text: 'cohort' }))).toContain('Only instructors');
    const bad = textOf(await a.app.router.command({ who: teacher, text: 'drop setup #C0COHORT 9am Mars/Olympus' }));
    expect(bad).toContain('is not a time');
    const ok = textOf(
      await a.app.router.command({ who: teacher, text: 'drop setup #C0COHORT 09:00 Europe/Berlin track=backend weekdays summary=17:00' }),
    );
    expect(ok).toMatch(/Drop set up: #\d+ · channel C0COHORT · 09:00 Europe\/Berlin \(weekdays\) · track backend/);
    expect(textOf(await a.app.router.command({ who: teacher, text: 'instructor add @U0HELPER' }))).toContain('Added as an instructor');
    expect(
      textOf(await a.app.router.command({ who: { platform: 'slack', workspace: 'T0001', user: 'U0HELPER' }, text: 'drop list' })),
    ).toContain('C0COHORT');
  });

  it('posts every drop exactly once over 30 simulated days, with two replicas ticking and draining', async () => {
    const skipped: string[] = [];
    const tick = async (who: Replica[]) => {
      const results = await Promise.all(who.map((r) => r.app.services.drops.ticker.tick()));
      for (const r of results) for (const s of r?.skipped ?? []) skipped.push(s.runKey);
      await Promise.all([a.outbox.drain(), b.outbox.drain()]);
    };
    const at = (date: string, time: string) => zonedInstant(date, time, TZ);
    let answers = 0;
    for (let d = 0; d < 30; d++) {
      const date = new Date(Date.UTC(2026, 2, 16 + d, 12)).toISOString().slice(0, 10);
      // Day 3: replica A is down at 09:00; B comes back at 09:07 and still posts once.
      // Day 10: both are down all morning; at 12:00 the drop is three hours late and is skipped.
      const morning: [string, Replica[]][] =
        d === 3
          ? [['09:07', [b]]]
          : d === 10
            ? [['12:00', [a, b]]]
            : [
                ['08:59', [a, b]],
                ['09:00', [a, b]],
                ['09:00', [b, a]],
                ['09:07', [b]],
              ];
      for (const [time, who] of morning) {
        clock = at(date, time);
        await tick(who);
      }
      // Two students answer in the thread on posted days.
      const run = (
        await a.app.db.query<{ id: number; message_ref: string | null }>(
          "SELECT id, message_ref FROM drop_runs WHERE run_key = $1 AND status = 'posted'",
          [date],
        )
      )[0];
      if (run?.message_ref) {
        clock = at(date, '10:30');
        for (const n of [1, 2]) {
          const handled = await a.app.services.drops.threads.answer({
            who: student(n),
            channel: CHANNEL,
            threadRef: run.message_ref,
            messageRef: `${date}-${n}`,
            text:
              n === 1
                ? 'I would measure first, find the slow query with EXPLAIN, add an index and cache hot reads, because guessing wastes time.'
                : 'Not sure, maybe restart it.',
          });
          if (handled) answers++;
        }
        await Promise.all([a.outbox.drain(), b.outbox.drain()]);
      }
      for (const time of ['17:00', '17:01', '23:30']) {
        clock = at(date, time);
        await tick([a, b]);
      }
    }
    const weekdays = Array.from({ length: 30 }, (_, d) => new Date(Date.UTC(2026, 2, 16 + d, 12)).getUTCDay()).filter(
      (w) => w !== 0 && w !== 6,
    ).length;
    const posted = await a.app.db.query<{ run_key: string; question_id: string; scheduled_at: Date | string }>(
      "SELECT run_key, question_id, scheduled_at FROM drop_runs WHERE status = 'posted' AND run_key NOT LIKE 'summary:%' ORDER BY run_key",
    );
    expect(posted).toHaveLength(weekdays - 1);
    expect(skipped).toEqual(['2026-03-26']);
    // Exactly once: every outbox key delivered once, nothing left behind.
    const keys = api.deliveredKeys();
    expect([...keys.values()].every((n) => n === 1)).toBe(true);
    expect([...keys.keys()].filter((k) => k.startsWith('drop:'))).toHaveLength(weekdays - 1);
    expect([...keys.keys()].filter((k) => k.startsWith('summary:'))).toHaveLength(weekdays - 1);
    expect([...keys.keys()].filter((k) => k.startsWith('feedback:'))).toHaveLength(answers);
    expect(await a.app.store.outbox.counts()).toEqual({ sent: keys.size });
    // 09:00 in Berlin on both sides of the switch to summer time (29 March 2026).
    for (const p of posted) expect(localParts(new Date(p.scheduled_at), TZ)).toMatchObject({ hour: 9, minute: 0 });
    const utcHours = new Set(posted.map((p) => new Date(p.scheduled_at).getUTCHours()));
    expect([...utcHours].sort()).toEqual([7, 8]);
    // No question repeats while the pool lasts.
    expect(new Set(posted.map((p) => p.question_id)).size).toBe(posted.length);
  });

  it('answers in the thread with compact feedback, shows progress on a retry, and summarises the day', async () => {
    const posts = api.messages.filter((m) => m.channel === CHANNEL);
    const feedback = posts.filter((m) => (m.metadata as { event_payload?: { key?: string } })?.event_payload?.key?.startsWith('feedback:'));
    expect(feedback.length).toBeGreaterThan(0);
    expect(feedback.every((m) => m.thread_ts)).toBe(true);
    expect(JSON.stringify(feedback[0].blocks)).toContain('feedback_details_action');
    expect(JSON.stringify(feedback[0].blocks)).toMatch(/<@U0STU\d>/);
    const summary = posts.find((m) => (m.metadata as { event_payload?: { key?: string } })?.event_payload?.key?.startsWith('summary:'));
    expect(summary?.thread_ts).toBeDefined();
    expect(summary?.text).toMatch(/2 people answered; the average was \d+\/100/);
    expect(summary?.text).toContain('The key points most often missed:');
    expect(summary?.text).toContain('Outline of a strong answer:');
    // A second answer from the same person is a retry and says so.
    const run = (
      await a.app.db.query<{ message_ref: string }>(
        "SELECT message_ref FROM drop_runs WHERE status = 'posted' AND run_key NOT LIKE 'summary:%' ORDER BY id DESC LIMIT 1",
      )
    )[0];
    await a.app.services.drops.threads.answer({
      who: student(2),
      channel: CHANNEL,
      threadRef: run.message_ref,
      messageRef: 'retry-1',
      text: 'I would look at the query plan with EXPLAIN ANALYZE, add the missing index, and cache hot reads in Redis with a short TTL because the data changes rarely; p99 went from 900 ms to 150 ms.',
    });
    await a.outbox.drain();
    const retry = api.messages.find((m) => (m.metadata as { event_payload?: { key?: string } })?.event_payload?.key?.endsWith(':retry-1'));
    expect(retry?.text).toMatch(/retry: (up from|your best is) \d+/);
  });

  it('shows instructors the cohort: attempts, participation, weakest topics', async () => {
    const c = textOf(await a.app.router.command({ who: teacher, text: 'cohort 30' }));
    expect(c).toContain('Cohort, last 30 days');
    expect(c).toMatch(/People answering: 2 of \d+/);
    expect(c).toContain('Key points most often missed:');
  });
});

describe('outbox delivery', () => {
  let api: FakeSlackApi;
  let clock = new Date('2026-11-21T09:00:00Z');
  const now = () => clock;
  let app: App;

  beforeAll(async () => {
    api = await new FakeSlackApi().start();
    app = await openApp({ databaseUrl: undefined, dataDir: '', dataKey: TEST_KEY }, silentLogger, { memory: true, now });
  });
  afterAll(async () => {
    await app.close();
    await api.stop();
  });

  const enqueue = async (key: string, channel = 'C0OUT') =>
    app.store.outbox.enqueue(app.db, {
      dedupeKey: key,
      platform: 'slack',
      workspace: 'T0001',
      channel,
      kind: 'test',
      payload: { blocks: [{ type: 'text', text: key }], visibility: 'public' },
    });

  it('resumes after a drainer dies mid-drain: nothing lost, nothing sent twice', async () => {
    for (let i = 0; i < 10; i++) await enqueue(`crash-${i}`);
    const real = slackTransport({ apiUrl: api.apiUrl, tokenFor: async () => api.botToken });
    let sends = 0;
    // The process "dies": the 4th send reaches Slack but its drainer never records it; the 5th never leaves.
    const dying: Transport = {
      findDelivered: real.findDelivered,
      async send(m) {
        sends++;
        if (sends === 4) {
          await real.send(m);
          return new Promise(() => undefined);
        }
        if (sends === 5) return new Promise(() => undefined);
        return real.send(m);
      },
    };
    const first = new Outbox(app.store, new Map([['slack', dying]]), silentLogger, now, {
      ratePerSecond: 10_000,
      leaseMs: 30_000,
    });
    void first.drain();
    const deadline = Date.now() + 5000;
    while (sends < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 100));
    // Restart: a new drainer once the dead one's lease has expired.
    clock = new Date(clock.getTime() + 60_000);
    const second = new Outbox(app.store, new Map([['slack', real]]), silentLogger, now, {
      ratePerSecond: 10_000,
      leaseMs: 30_000,
    });
    const stats = await second.drain();
    expect(stats.recovered).toBeGreaterThanOrEqual(1);
    const keys = api.deliveredKeys();
    for (let i = 0; i < 10; i++) expect(keys.get(`crash-${i}`), `crash-${i}`).toBe(1);
  });

  it('waits out 429 Retry-After, backs off on 500, and gives up on channel_not_found — telling the instructor', async () => {
    api.fail('chat.postMessage', { status: 429, retryAfter: 2 });
    api.fail('chat.postMessage', { status: 500 });
    await enqueue('flaky-1');
    const outbox = new Outbox(
      app.store,
      new Map([['slack', slackTransport({ apiUrl: api.apiUrl, tokenFor: async () => api.botToken })]]),
      silentLogger,
      now,
      {
        ratePerSecond: 10_000,
        ...deliveryHooks(app.store, dropReplies.deliveryFailed),
      },
    );
    await outbox.drain();
    expect(api.deliveredKeys().get('flaky-1')).toBeUndefined();
    clock = new Date(clock.getTime() + 2_000);
    await outbox.drain();
    expect(api.deliveredKeys().get('flaky-1')).toBeUndefined();
    clock = new Date(clock.getTime() + 10 * 60_000);
    await outbox.drain();
    expect(api.deliveredKeys().get('flaky-1')).toBe(1);

    const teacherRow = await app.store.users.ensure({ platform: 'slack', workspace: 'T0001', user: 'U0TEACH' });
    api.fail('chat.postMessage', { status: 200, error: 'channel_not_found' });
    await app.store.outbox.enqueue(app.db, {
      dedupeKey: 'gone-1',
      platform: 'slack',
      workspace: 'T0001',
      channel: 'C0GONE',
      kind: 'drop',
      payload: { blocks: [{ type: 'text', text: 'q' }], visibility: 'public' },
      notifyUserId: teacherRow.id,
    });
    await outbox.drain();
    const counts = await app.store.outbox.counts();
    expect(counts.failed).toBe(1);
    const notice = api.messages.find((m) => m.channel === 'D0TEACH' && m.text.includes('could not post the daily question'));
    expect(notice?.text).toContain('channel_not_found');
  });
});
