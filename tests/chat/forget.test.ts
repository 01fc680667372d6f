import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, type Reply } from '../../src/chat/message.ts';
import { dropReplies } from '../../src/chat/replies/drops.ts';
import { runShell } from '../../src/chat/shell/index.ts';
import { slackTransport } from '../../src/chat/slack/transport.ts';
import type { Identity } from '../../src/core/identity.ts';
import { deliveryHooks } from '../../src/jobs/hooks.ts';
import { Outbox } from '../../src/jobs/outbox.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { DB_TARGETS, dumpAllTables, freshApp } from '../helpers/db.ts';
import { loadPairs } from '../helpers/pairs.ts';
import { startSlackHarness } from '../helpers/slack.ts';

const textOf = (rs: Reply[]) => rs.map(plainText).join('\n');
const teacher: Identity = { platform: 'slack', workspace: 'T0001', user: 'U0TEACH', roles: ['admin'] };
const helper: Identity = { platform: 'slack', workspace: 'T0001', user: 'U0HELP' };
const student = (n: number): Identity => ({ platform: 'slack', workspace: 'T0001', user: `U0STU${n}` });
const ANSWER =
  'I would measure first: look at the query plan, add the missing index, then cache hot reads in Redis with a short TTL. p99 went from 800 ms to 150 ms.';

describe.each(DB_TARGETS)('forget keeps what is the workspace’s and deletes what is personal, on %s', (kind) => {
  let app: Awaited<ReturnType<typeof freshApp>>;
  let api: FakeSlackApi;
  let clock = new Date('2026-03-16T07:00:00Z');
  beforeAll(async () => {
    api = await new FakeSlackApi().start();
    app = await freshApp(kind, () => clock);
  });
  afterAll(async () => {
    await app.drop();
    await api.stop();
  });
  const cmd = (who: Identity, t: string) => app.router.command({ who, text: t });
  const outbox = () =>
    new Outbox(
      app.store,
      new Map([['slack', slackTransport({ apiUrl: api.apiUrl, tokenFor: async () => api.botToken })]]),
      silentLogger,
      () => clock,
      {
        ratePerSecond: 10_000,
        ...deliveryHooks(app.store, dropReplies.deliveryFailed),
      },
    );

  it('an instructor’s forget keeps the channel drop and the custom question, without the creator link, and the drop still posts', async () => {
    expect(textOf(await cmd(teacher, 'drop setup #C0COHORT 09:00 Europe/Berlin track=backend pool=custom'))).toContain(
      'pool=custom needs questions',
    );
    const added = textOf(
      await cmd(
        teacher,
        'bank add Q: What is a database index and when would you not add one?\nA: An index is a separate data structure, usually a B-tree, that lets the database find rows without scanning the whole table. It speeds up reads on the indexed columns but slows down writes, because every insert and update must also update the index. Avoid indexes on small tables, on columns with very few distinct values, and on write-heavy tables.',
      ),
    );
    expect(added).toMatch(/Added custom-\d+/);
    expect(textOf(await cmd(teacher, 'drop setup #C0COHORT 09:00 Europe/Berlin track=backend pool=custom'))).toContain('Drop set up');
    expect(textOf(await cmd(teacher, 'instructor add @U0HELP'))).toContain('Added as an instructor');
    expect(textOf(await cmd(teacher, 'daily on 08:30'))).toContain('Every day at 08:30');
    const me = await app.services.user(teacher);

    expect(textOf(await cmd(teacher, 'forget confirm'))).toContain('has been deleted');
    const schedules = await app.db.query<{ kind: string; user_id: number | null; channel: string | null }>(
      'SELECT kind, user_id, channel FROM drop_schedules',
    );
    expect(schedules).toEqual([{ kind: 'channel', user_id: null, channel: 'C0COHORT' }]);
    const custom = await app.db.query<{ created_by: number | null; text: string }>('SELECT created_by, text FROM custom_questions');
    expect(custom).toEqual([{ created_by: null, text: 'What is a database index and when would you not add one?' }]);
    const after = await dumpAllTables(app.db);
    expect(after).not.toMatch(new RegExp(`"(user_id|created_by|notify_user_id)":${me.id}\\b`));
    expect(after).not.toContain('"external_id":"U0TEACH"');

    // The drop is the workspace's: another instructor still sees it, the tick still posts it to the right workspace.
    expect(textOf(await cmd(helper, 'drop list'))).toContain('C0COHORT');
    clock = new Date('2026-03-16T08:05:00Z');
    const ticked = await app.services.drops.ticker.tick();
    expect(ticked.drops).toBe(1);
    const [queued] = await app.db.query<{ workspace: string; notify_user_id: number | null }>(
      "SELECT workspace, notify_user_id FROM outbox WHERE kind = 'drop'",
    );
    expect(queued.workspace).toBe('T0001');
    // Its failures now go to the remaining instructor.
    expect(queued.notify_user_id).toBe((await app.services.user(helper)).id);
    await outbox().drain();
    expect(api.messages.filter((m) => m.channel === 'C0COHORT')).toHaveLength(1);
    expect(JSON.stringify(api.messages[0].blocks)).toContain('What is a database index');
  });

  it('keeps the workspace’s model spend (its daily budget) after a forget, without whose it was', async () => {
    const who = await app.services.user(student(6));
    const call = { task: 'grade', model: 'm', tokensIn: 100, tokensOut: 50, costUsd: 0.25, latencyMs: 10, outcome: 'ok' as const };
    await app.store.llmCalls.add(who.workspaceId, who.id, null, [call, call], clock);
    const spent = async () =>
      (
        await app.db.query<{ usd: number }>('SELECT coalesce(sum(cost_usd), 0) AS usd FROM llm_calls WHERE workspace_id = $1', [
          who.workspaceId,
        ])
      )[0].usd;
    const before = Number(await spent());
    await app.services.profile.forget(who);
    expect(Number(await spent())).toBe(before);
    expect(await app.db.query('SELECT 1 FROM llm_calls WHERE user_id = $1', [who.id])).toHaveLength(0);
  });

  it('/prep privacy says what forget deletes and what stays with the workspace', async () => {
    const said = textOf(await cmd(student(5), 'privacy'));
    expect(said).toContain('report files I upload to you (Slack) or write for you (the terminal');
    expect(said).toMatch(/\/prep forget deletes all of the above[\s\S]*uploads[\s\S]*posts queued for you/);
    expect(said).toContain('channel drops you set up and custom questions you added keep running, no longer linked to you');
  });

  it('recomputes cohort figures from what remains after a student’s forget', async () => {
    for (const n of [1, 2]) {
      const q = await cmd(student(n), 'practice backend easy');
      expect(q[0].expect).toBe('answer');
      await app.router.message({ who: student(n), text: ANSWER });
    }
    expect(textOf(await cmd(helper, 'cohort'))).toMatch(/People answering: 2 of \d+/);
    expect(textOf(await cmd(student(2), 'forget confirm'))).toContain('has been deleted');
    expect(textOf(await cmd(helper, 'cohort'))).toMatch(/People answering: 1 of \d+/);
  });

  it('seals outbox payloads and drops the text once delivered; a user’s queued posts go with them', async () => {
    const who = await app.services.user(student(3));
    const secret = 'Amara Quinlan’s answer about the payments ledger';
    await app.store.outbox.enqueue(app.db, {
      dedupeKey: 'sealed-test',
      platform: 'slack',
      workspace: 'T0001',
      channel: 'dm:U0STU3',
      kind: 'feedback',
      payload: { blocks: [{ type: 'text', text: secret }], visibility: 'private' },
      userId: who.id,
    });
    expect(await dumpAllTables(app.db)).not.toContain('payments ledger');
    const [claimed] = await app.store.outbox.claim(clock, 10, new Date(clock.getTime() + 60_000));
    expect(JSON.stringify(claimed.payload)).toContain(secret);
    await app.store.outbox.retryAt(claimed.id, clock, 'test');
    await outbox().drain();
    expect(api.messages.some((m) => JSON.stringify(m.blocks).includes('payments ledger'))).toBe(true);
    const [row] = await app.db.query<{ payload: unknown; body: unknown; status: string }>(
      "SELECT payload, body, status FROM outbox WHERE dedupe_key = 'sealed-test'",
    );
    expect(row).toEqual({ payload: null, body: null, status: 'sent' });

    await app.store.outbox.enqueue(app.db, {
      dedupeKey: 'queued-for-3',
      platform: 'slack',
      workspace: 'T0001',
      channel: 'dm:U0STU3',
      kind: 'feedback',
      payload: { blocks: [], visibility: 'private' },
      userId: who.id,
    });
    await app.services.profile.forget(who);
    expect(await app.db.query("SELECT 1 FROM outbox WHERE dedupe_key IN ('queued-for-3', 'sealed-test')")).toHaveLength(0);
  });
});

describe('forget deletes the report files outside the database', () => {
  it('Slack: the bot’s uploads of the user’s reports are deleted with files.delete, through the outbox', async () => {
    const h = await startSlackHarness({ publicUrl: 'https://prep.example.test' });
    try {
      const [pair] = loadPairs();
      await h.app.router.command({ who: student(9), text: `cv ${pair.cv}` });
      await h.app.router.command({ who: student(9), text: `jd ${pair.jd}` });
      await h.command('report', { user: 'U0STU9' });
      await h.fake.waitFor('files.completeUploadExternal');
      // The row is written once Slack's answer is back, a moment after the fake sees the call.
      let upload: { file_ref: string } | undefined;
      for (let i = 0; i < 100 && !upload; i++) {
        [upload] = await h.app.db.query<{ file_ref: string }>('SELECT file_ref FROM uploads');
        if (!upload) await new Promise((r) => setTimeout(r, 20));
      }
      if (!upload) throw new Error('no upload recorded after files.completeUploadExternal');
      expect(h.fake.uploads.map((u) => u.fileId)).toContain(upload.file_ref);

      await h.command('forget confirm', { user: 'U0STU9', channel: 'D0STU9' });
      await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args).includes('has been deleted'));
      const out = new Outbox(h.app.store, new Map([['slack', h.slack.transport]]), silentLogger, () => new Date(), { ratePerSecond: 1000 });
      await out.drain();
      await h.fake.waitFor('files.delete', (c) => c.args.file === upload.file_ref);
      expect(h.fake.deletedFiles.has(upload.file_ref)).toBe(true);
      expect(await h.app.db.query('SELECT 1 FROM uploads')).toHaveLength(0);
    } finally {
      await h.stop();
    }
  });

  it('terminal: the user’s report files under DATA_DIR/reports go, another user’s stay', async () => {
    const app = await freshApp('pglite');
    const filesDir = mkdtempSync(join(tmpdir(), 'reports-'));
    const [pair] = loadPairs();
    const session = async (user: string, lines: string[]) => {
      const output = new PassThrough();
      let printed = '';
      output.on('data', (d) => {
        printed += d;
      });
      await runShell(app.router, { input: Readable.from(lines.map((l) => `${l}\n`)), output, tty: false, user, filesDir });
      return printed;
    };
    try {
      for (const user of ['amara', 'bo']) {
        await app.router.command({ who: { platform: 'shell', workspace: 'local', user }, text: `cv ${pair.cv}` });
        await app.router.command({ who: { platform: 'shell', workspace: 'local', user }, text: `jd ${pair.jd}` });
        expect(await session(user, ['/prep report'])).toContain(join(filesDir, user));
      }
      expect(readdirSync(join(filesDir, 'amara')).length).toBeGreaterThan(0);
      expect(await session('amara', ['/prep forget confirm'])).toContain('has been deleted');
      expect(existsSync(join(filesDir, 'amara'))).toBe(false);
      expect(readdirSync(join(filesDir, 'bo')).length).toBeGreaterThan(0);
    } finally {
      await app.drop();
    }
  });
});
