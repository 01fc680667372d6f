import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, type Reply } from '../../src/chat/message.ts';
import type { Identity } from '../../src/core/identity.ts';
import { DB_TARGETS, dumpAllTables, freshApp } from '../helpers/db.ts';
import { loadPairs } from '../helpers/pairs.ts';

const who: Identity = { platform: 'shell', workspace: 'cohort-7', user: 'amara' };
const textOf = (rs: Reply[]) => rs.map(plainText).join('\n');
let clock = new Date('2026-11-21T09:00:00Z');

describe.each(DB_TARGETS)('practice, mock interviews, stats and forgetting on %s', (kind) => {
  let app: Awaited<ReturnType<typeof freshApp>>;
  beforeAll(async () => {
    clock = new Date('2026-11-21T09:00:00Z');
    app = await freshApp(kind, () => clock);
  });
  afterAll(async () => {
    await app.drop();
  });
  const cmd = (t: string) => app.router.command({ who, text: t });
  const say = (t: string) => app.router.message({ who, text: t });

  it('asks a question, grades the next message and schedules it again', async () => {
    const q = await cmd('practice backend medium');
    expect(q[0].expect).toBe('answer');
    expect(textOf(q)).toMatch(/Practice question[\s\S]*medium · backend track, medium/);
    const hint = textOf(await cmd('hint'));
    expect(hint).toMatch(/^Hint 1 — a key point to cover: /);
    const fb = textOf(
      await say(
        'I would start by measuring. Because the service is slow under load, I would check the query plan, add the missing index and cache the hot reads in Redis, then watch p99 latency fall from 900 ms to about 200 ms. The trade-off is stale data, so I would set a short TTL.',
      ),
    );
    expect(fb).toMatch(/Feedback: \d+\/100/);
    expect(fb).toContain('You used 1 hint.');
    expect(fb).toContain('Outline of a strong answer:');
    expect(fb).toMatch(/I'll bring this question back/);
    expect(textOf(await say('another message'))).toContain("I'm not waiting for anything");
  });

  it('skips to another question', async () => {
    const first = textOf(await cmd('practice frontend'));
    const skipped = textOf(await cmd('skip'));
    expect(skipped).toContain('Skipped. Try this one');
    expect(skipped.split('\n')[1]).not.toBe(first.split('\n')[1]);
    await cmd('cancel');
  });

  it('rejects an unknown track with what to type instead', async () => {
    expect(textOf(await cmd('practice basketweaving'))).toMatch(/give a track \(general, backend/);
  });

  it('prefers questions from the latest report, then brings weak answers back when due', async () => {
    const pair = loadPairs().find((p) => p.name === 'data-engineer');
    await cmd(`cv ${pair?.cv}`);
    await cmd(`jd ${pair?.jd}`);
    await cmd('report');
    const q = textOf(await cmd('practice'));
    expect(q).toMatch(/#1 in your report #\d+ \(\d+% likely\)/);
    await say('I am not sure.');
    clock = new Date(clock.getTime() + 5 * 3_600_000);
    const again = textOf(await cmd('practice'));
    expect(again).toContain('due for review — last time you scored');
    // The most overdue weak answer comes back first: both earlier questions scored low, and either may be it.
    expect(again).not.toMatch(/in your report/);
    await cmd('cancel');
  });

  it('runs a mock interview with follow-ups and ends with a transcript', async () => {
    // Answer a practice question first: the mock must not open with the question just answered.
    const practised = textOf(await cmd('practice'));
    const justAnswered = practised.split('\n')[1];
    await say('I would start with the requirements and then pick a simple design.');
    const start = await cmd('mock 2');
    expect(textOf(start)).toContain('Mock interview: 2 questions');
    expect(textOf(start)).toContain('Question 1 of 2');
    expect(textOf(start)).not.toContain(justAnswered);
    const answer =
      'I would keep it simple: a batch job in Airflow that reads the files, cleans them with Spark and loads them into the warehouse.';
    let out = textOf(await say(answer));
    expect(out).toMatch(/Score: \d+\/100/);
    // A short answer misses points: the follow-up names the most important one, and its score says why.
    expect(out).toContain('Follow-up');
    expect(out).toContain('Your answer did not get to this:');
    out = textOf(await say('I would rerun it for the affected partitions only.'));
    expect(out).toMatch(/Follow-up score: \d+\/100 — you covered/);
    expect(out).toContain('Question 2 of 2');
    out = textOf(await say(answer));
    if (out.includes('Follow-up')) out = textOf(await say('I would add tests for the edge cases and monitor it.'));
    expect(out).toMatch(/Mock interview transcript — average \d+\/100/);
    expect(out).toContain('Three things to work on:');
    expect(out).toMatch(/Q1 \(\d+\/100\)/);
    // The transcript keeps what the candidate said, read back from the sealed attempts.
    expect(out).toContain('You said: I would keep it simple');
    expect(out).toContain('You said: I would rerun it for the affected partitions only.');
  });

  it('shows stats: attempts, averages by category, streak, weakest points, reviews due', async () => {
    await cmd('timezone Europe/Berlin');
    const s = textOf(await cmd('stats'));
    expect(s).toContain('Your progress');
    expect(s).toMatch(/Answers: [4-9]/);
    expect(s).toMatch(/Streak: 1 day/);
    expect(s).toContain('By category (weakest first):');
    expect(s).toContain('Key points you miss most:');
    expect(s).toContain('Streak counted in Europe/Berlin');
  });

  it('takes an instructor question with a reference answer and grades against it', async () => {
    const added = textOf(
      await cmd(
        'bank add Q: What is a database index and when would you not add one?\nA: An index is a separate data structure, usually a B-tree, that lets the database find rows without scanning the whole table. It speeds up reads on the indexed columns but slows down writes, because every insert and update must also update the index. Avoid indexes on small tables, on columns with very few distinct values, and on write-heavy tables.',
      ),
    );
    expect(added).toMatch(/Added custom-\d+/);
    expect(added).toContain('key points from your reference');
    expect(textOf(await cmd('bank list'))).toContain('What is a database index');
    expect(textOf(await cmd('bank add just a question'))).toContain('Write it as "/prep bank add Q:');
  });

  it('forgets every row of the user in every table', async () => {
    const me = await app.services.profile.user(who);
    await cmd('practice');
    // Fill the rest: a personal daily drop, an instructor role, a queued DM, a report link, a pending paste.
    await cmd('daily on 08:30');
    await app.store.drops.addInstructor(me.workspaceId, me.id);
    await app.store.outbox.enqueue(app.db, {
      dedupeKey: 'forget-test',
      platform: 'shell',
      workspace: 'cohort-7',
      channel: 'dm:amara',
      kind: 'dm-drop',
      payload: {},
      userId: me.id,
    });
    const latest = await app.services.reports.get(me);
    if (latest) await app.services.reports.link(me, latest.id);
    await app.store.pending.hold(me.id, 'Amara Quinlan — a pasted CV waiting to be saved');
    const before = await dumpAllTables(app.db);
    for (const table of [
      '"kind":"cv"',
      '"question_id"',
      '"fit_score"',
      '"reference"',
      '"local_time":"08:30"',
      '"dedupe_key":"forget-test"',
      '"token_hash"',
    ])
      expect(before).toContain(table);
    expect(textOf(await cmd('forget confirm'))).toContain('has been deleted');
    const after = await dumpAllTables(app.db);
    expect(after).not.toMatch(new RegExp(`"(user_id|created_by)":${me.id}\\b`));
    expect(after).not.toContain('"external_id":"amara"');
    // The custom question is the workspace's: it stays, without its author.
    expect(after).toMatch(/"created_by":null,"text":"What is a database index/);
    const counts = await app.db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM reports) + (SELECT count(*) FROM attempts) + (SELECT count(*) FROM reviews)
        + (SELECT count(*) FROM conversations) + (SELECT count(*) FROM instructors)
        + (SELECT count(*) FROM drop_schedules) + (SELECT count(*) FROM outbox) + (SELECT count(*) FROM report_links) + (SELECT count(*) FROM pending_documents) + (SELECT count(*) FROM uploads) AS n`,
    );
    expect(Number(counts[0].n)).toBe(0);
  });
});
