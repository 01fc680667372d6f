import type { Run, Schedule } from '../../store/drops.ts';
import type { Store } from '../../store/index.ts';
import type { Identity, UserRow } from '../../store/users.ts';
import { loadBank } from '../bank/load.ts';
import { Difficulty, Track } from '../bank/schema.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { Grade } from '../practice/grade-schema.ts';
import type { PracticeQuestion, PracticeService } from '../practice/service.ts';
import { loadTaxonomy } from '../skills/taxonomy.ts';
import { stableOrder } from '../text/order.ts';
import { isValidZone, localParts, previousDate, weekdayOf, zonedInstant } from '../time.ts';

/** A drop older than this when a tick first sees it is skipped (and logged), not posted hours late. */
export const DEFAULT_LATE_WINDOW_MS = 2 * 3_600_000;

export interface DropSetup {
  channel: string;
  time: string;
  timezone: string;
  track?: string;
  difficulty?: string;
  weekdaysOnly?: boolean;
  pool?: 'bank' | 'custom';
  feedback?: 'thread' | 'dm';
  summaryTime?: string;
}

export interface TickResult {
  drops: number;
  summaries: number;
  dmDrops: number;
  skipped: { scheduleId: number; runKey: string; lateMs: number }[];
}

export interface ThreadAnswer {
  who: Identity;
  channel: string;
  /** The thread root (the drop's message) and the answer's own message id. */
  threadRef: string;
  messageRef: string;
  text: string;
}

/** A post as the chat layer renders it (its neutral reply model); opaque to the core. */
export type Post = unknown;

/** Builds the posts; injected by the composition root, so the core never imports the chat layer. */
export interface DropReplies {
  drop(q: PracticeQuestion, schedule: Schedule): Post;
  threadFeedback(g: Grade, o: { attemptId: number; previousBest?: number; mention: string }): Post;
  fullFeedback(g: Grade, o: { previousBest?: number }): Post;
  summary(o: { question: PracticeQuestion; answered: number; average: number | undefined; missed: string[] }): Post;
  dmQuestion(q: PracticeQuestion, reason: string): Post;
  deliveryFailed(o: { kind: string; channel: string; error: string }): Post;
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const hhmm = (t: string) => {
  const m = t.match(TIME);
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
};

/** Daily drops in channels and DMs: who may run them, when they fire, and what happens to answers. */
export class DropService {
  readonly #store: Store;
  readonly #practice: PracticeService;
  readonly #now: () => Date;
  readonly #replies: DropReplies;
  readonly #lateWindowMs: number;

  constructor(store: Store, practice: PracticeService, replies: DropReplies, now: () => Date, opts: { lateWindowMs?: number } = {}) {
    this.#store = store;
    this.#practice = practice;
    this.#replies = replies;
    this.#now = now;
    this.#lateWindowMs = opts.lateWindowMs ?? DEFAULT_LATE_WINDOW_MS;
  }

  /** Workspace admins and owners (as the platform says) and the instructors listed here. */
  async canManage(user: UserRow, who: Identity): Promise<boolean> {
    if (who.roles?.some((r) => r === 'admin' || r === 'owner')) return true;
    return this.#store.drops.isInstructor(user.workspaceId, user.id);
  }

  /** The installer becomes the first instructor. */
  async addInstaller(who: Identity): Promise<void> {
    const u = await this.#store.users.ensure(who);
    await this.#store.drops.addInstructor(u.workspaceId, u.id);
  }

  async addInstructor(by: UserRow, target: Identity): Promise<void> {
    const u = await this.#store.users.ensure(target);
    await this.#store.drops.addInstructor(by.workspaceId, u.id);
  }

  async removeInstructor(by: UserRow, target: Identity): Promise<boolean> {
    const u = await this.#store.users.ensure(target);
    return this.#store.drops.removeInstructor(by.workspaceId, u.id);
  }

  async setup(user: UserRow, who: Identity, s: DropSetup): Promise<Result<Schedule>> {
    const time = hhmm(s.time);
    if (!time) return fail('bad_arguments', `"${s.time}" is not a time. Use 24-hour HH:MM, e.g. 09:00.`);
    if (!isValidZone(s.timezone))
      return fail(
        'bad_arguments',
        `"${s.timezone}" is not a time zone I know. Use an IANA name such as Europe/Berlin or America/New_York.`,
      );
    const summary = hhmm(s.summaryTime ?? '17:00');
    if (!summary) return fail('bad_arguments', 'summary= must be a time like 17:00.');
    if (s.track && !Track.safeParse(s.track).success)
      return fail('bad_arguments', `Unknown track "${s.track}". Tracks: ${Track.options.join(', ')}.`);
    if (s.difficulty && !Difficulty.safeParse(s.difficulty).success)
      return fail('bad_arguments', 'difficulty= must be easy, medium or hard.');
    if (s.pool === 'custom' && (await this.#store.practice.customQuestions(user.workspaceId)).length === 0)
      return fail('bad_arguments', 'pool=custom needs questions of your own first: add them with /prep bank add.');
    const schedule = await this.#store.drops.upsertSchedule({
      workspaceId: user.workspaceId,
      userId: user.id,
      kind: 'channel',
      platform: who.platform,
      channel: s.channel,
      localTime: time,
      timezone: s.timezone,
      weekdaysOnly: s.weekdaysOnly ?? false,
      track: s.track ?? 'general',
      difficulty: s.difficulty ?? null,
      pool: s.pool ?? 'bank',
      feedback: s.feedback ?? 'thread',
      summaryTime: summary,
    });
    return ok(schedule);
  }

  list(user: UserRow): Promise<Schedule[]> {
    return this.#store.drops.schedules(user.workspaceId);
  }

  /** A schedule of this workspace by id, or by channel when there is just one there. */
  async find(user: UserRow, ref: string | undefined): Promise<Result<Schedule>> {
    const all = await this.list(user);
    const found = ref
      ? all.find((s) => String(s.id) === ref.replace(/^#/, '') || s.channel === ref)
      : all.length === 1
        ? all[0]
        : undefined;
    if (found) return ok(found);
    if (all.length === 0)
      return fail(
        'not_found',
        'There are no drops in this workspace yet. Set one up with /prep drop setup #channel 09:00 Europe/Berlin track=backend',
      );
    return fail('not_found', `Which drop? Give its id or channel: ${all.map((s) => `#${s.id} (${s.channel})`).join(', ')}.`);
  }

  async setPaused(s: Schedule, paused: boolean): Promise<void> {
    await this.#store.drops.setPaused(s.id, paused);
  }

  async remove(s: Schedule): Promise<void> {
    await this.#store.drops.removeSchedule(s.id);
  }

  /** Posts the next question of a schedule now (a run of its own, outside the daily key). */
  async now(s: Schedule): Promise<Result<PracticeQuestion>> {
    const at = this.#now();
    const q = await this.#nextQuestion(s);
    if (!q)
      return fail('not_found', 'This drop has no questions to post: check its track and difficulty, or add questions with /prep bank add.');
    await this.#claimDrop(s, `now:${at.toISOString().slice(0, 16)}`, q, at);
    return ok(q);
  }

  /** Personal daily question in the DM, at a local time. */
  async dailyOn(user: UserRow, who: Identity, time: string): Promise<Result<Schedule>> {
    const t = hhmm(time);
    if (!t) return fail('bad_arguments', `"${time}" is not a time. Use 24-hour HH:MM, e.g. /prep daily on 08:30`);
    return ok(
      await this.#store.drops.upsertSchedule({
        workspaceId: user.workspaceId,
        userId: user.id,
        kind: 'dm',
        platform: who.platform,
        channel: null,
        localTime: t,
        timezone: user.timezone,
        weekdaysOnly: false,
        track: user.track ?? 'general',
        difficulty: null,
        pool: 'bank',
        feedback: 'dm',
        summaryTime: '23:59',
      }),
    );
  }

  async dailyOff(user: UserRow): Promise<boolean> {
    const s = await this.#store.drops.dmSchedule(user.id);
    if (s) await this.#store.drops.removeSchedule(s.id);
    return Boolean(s);
  }

  /**
   * One tick: claims every drop, summary and personal question that is due. Any number of
   * replicas may tick at once: each run is a unique (schedule, run key) row, so exactly one
   * claims it, and the post is queued in the same transaction.
   */
  async tick(): Promise<TickResult> {
    const now = this.#now();
    const result: TickResult = { drops: 0, summaries: 0, dmDrops: 0, skipped: [] };
    for (const s of await this.#store.drops.activeSchedules()) {
      const today = localParts(now, s.timezone).date;
      for (const date of [previousDate(today), today]) {
        if (s.weekdaysOnly && [0, 6].includes(weekdayOf(date))) continue;
        const at = zonedInstant(date, s.localTime, s.timezone);
        if (at > now) continue;
        const late = now.getTime() - at.getTime();
        const existing = await this.#store.drops.run(s.id, date);
        if (!existing) {
          if (late > this.#lateWindowMs) {
            const claimed = await this.#store.db.transaction((tx) =>
              this.#store.drops.claimRun(tx, { scheduleId: s.id, runKey: date, questionId: null, scheduledAt: at, status: 'skipped' }),
            );
            if (claimed) result.skipped.push({ scheduleId: s.id, runKey: date, lateMs: late });
            continue;
          }
          if (s.kind === 'dm') {
            if (await this.#claimDmDrop(s, date, at)) result.dmDrops++;
            continue;
          }
          const q = await this.#nextQuestion(s);
          if (q && (await this.#claimDrop(s, date, q, at))) result.drops++;
          continue;
        }
        if (s.kind === 'channel' && existing.status === 'posted' && existing.messageRef) {
          const summaryAt = zonedInstant(date, s.summaryTime, s.timezone);
          if (
            summaryAt <= now &&
            now.getTime() - summaryAt.getTime() <= this.#lateWindowMs &&
            (await this.#claimSummary(s, existing, date, summaryAt))
          )
            result.summaries++;
        }
      }
    }
    return result;
  }

  /** Grades a reply in a drop's thread and queues the feedback (in the thread, or by DM). */
  async answerInThread(a: ThreadAnswer): Promise<boolean> {
    const found = await this.#store.drops.runByMessage(a.who.platform, a.channel, a.threadRef);
    if (!found?.run.questionId) return false;
    const { run, schedule } = found;
    const user = await this.#store.users.ensure(a.who);
    const q = await this.#practice.question(user, run.questionId as string);
    if (!q) return false;
    const graded = await this.#practice.grade(user, q, a.text, 'drop', run.id);
    const inThread = schedule.feedback === 'thread';
    await this.#store.outbox.enqueue(this.#store.db, {
      dedupeKey: `feedback:${a.who.platform}:${a.channel}:${a.messageRef}`,
      platform: a.who.platform,
      workspace: a.who.workspace,
      channel: inThread ? a.channel : `dm:${a.who.user}`,
      thread: inThread ? a.threadRef : null,
      kind: 'feedback',
      payload: inThread
        ? this.#replies.threadFeedback(graded.grade, {
            attemptId: graded.attemptId,
            previousBest: graded.previousBest,
            mention: a.who.user,
          })
        : this.#replies.fullFeedback(graded.grade, { previousBest: graded.previousBest }),
      userId: user.id,
    });
    return true;
  }

  /** Attempts, participation and weakest topics of the workspace over a period. */
  async cohort(user: UserRow, days: number) {
    const since = new Date(this.#now().getTime() - days * 86_400_000);
    const attempts = await this.#store.drops.cohortAttempts(user.workspaceId, since);
    const people = new Set(attempts.map((a) => a.userId));
    const members = await this.#store.drops.workspaceUserCount(user.workspaceId);
    const byCategory = new Map<string, number[]>();
    for (const a of attempts) byCategory.set(a.category, [...(byCategory.get(a.category) ?? []), a.score]);
    const missed = new Map<string, number>();
    for (const a of attempts) for (const m of a.missing) missed.set(m, (missed.get(m) ?? 0) + 1);
    const bank = loadBank(loadTaxonomy());
    const topics = new Map<string, number[]>();
    for (const a of attempts)
      for (const t of bank.byId.get(a.questionId)?.topics ?? [a.category]) topics.set(t, [...(topics.get(t) ?? []), a.score]);
    const avg = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length));
    return {
      days,
      attempts: attempts.length,
      participants: people.size,
      members,
      average: attempts.length ? avg(attempts.map((a) => a.score)) : undefined,
      byCategory: [...byCategory.entries()]
        .map(([category, xs]) => ({ category, attempts: xs.length, average: avg(xs) }))
        .sort((a, b) => a.average - b.average),
      weakestTopics: [...topics.entries()]
        .filter(([, xs]) => xs.length >= 2)
        .map(([topic, xs]) => ({ topic, attempts: xs.length, average: avg(xs) }))
        .sort((a, b) => a.average - b.average)
        .slice(0, 5),
      mostMissed: [...missed.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([point, n]) => ({ point, missed: n })),
    };
  }

  /** Questions of a schedule's pool, least used first, never repeating until the pool is used up. */
  async #nextQuestion(s: Schedule): Promise<PracticeQuestion | undefined> {
    const pool = await this.#pool(s);
    if (pool.length === 0) return undefined;
    const used = await this.#store.drops.usedQuestions(s.id);
    const count = new Map<string, number>();
    for (const id of used) count.set(id, (count.get(id) ?? 0) + 1);
    const last = used[used.length - 1];
    return [...pool].sort(
      (a, b) =>
        (count.get(a.id) ?? 0) - (count.get(b.id) ?? 0) ||
        Number(a.id === last) - Number(b.id === last) ||
        stableOrder(s.id, a.id) - stableOrder(s.id, b.id),
    )[0];
  }

  async #pool(s: Schedule): Promise<PracticeQuestion[]> {
    if (s.pool === 'custom') {
      const owner = { id: s.userId, workspaceId: s.workspaceId, timezone: s.timezone, track: null };
      return this.#practice.customQuestions(owner);
    }
    return loadBank(loadTaxonomy())
      .questions.filter(
        (q) => q.tracks.includes(s.track as Track) && (!s.difficulty || q.difficulty === s.difficulty) && q.category !== 'coding',
      )
      .map((q) => ({ ...q, source: 'bank' as const }));
  }

  async #claimDrop(s: Schedule, runKey: string, q: PracticeQuestion, at: Date): Promise<Run | undefined> {
    const creator = await this.#store.users.byId(s.userId);
    return this.#store.db.transaction(async (tx) => {
      const run = await this.#store.drops.claimRun(tx, { scheduleId: s.id, runKey, questionId: q.id, scheduledAt: at, status: 'queued' });
      if (!run) return undefined;
      await this.#store.outbox.enqueue(tx, {
        dedupeKey: `drop:${run.id}`,
        platform: s.platform,
        workspace: creator?.workspaceExternalId ?? '',
        channel: s.channel ?? '',
        kind: 'drop',
        payload: this.#replies.drop(q, s),
        runId: run.id,
        notifyUserId: s.userId,
      });
      return run;
    });
  }

  async #claimSummary(s: Schedule, run: Run, date: string, at: Date): Promise<boolean> {
    const q = run.questionId
      ? await this.#practice.question({ id: s.userId, workspaceId: s.workspaceId, timezone: s.timezone, track: null }, run.questionId)
      : undefined;
    if (!q) return false;
    const answers = await this.#store.drops.runAttempts(run.id);
    const latest = new Map<number, { score: number; missing: string[] }>();
    for (const a of answers) latest.set(a.userId, a);
    const missed = new Map<string, number>();
    for (const a of latest.values()) for (const m of a.missing) missed.set(m, (missed.get(m) ?? 0) + 1);
    const scores = [...latest.values()].map((a) => a.score);
    const creator = await this.#store.users.byId(s.userId);
    return this.#store.db.transaction(async (tx) => {
      const claimed = await this.#store.drops.claimRun(tx, {
        scheduleId: s.id,
        runKey: `summary:${date}`,
        questionId: run.questionId,
        scheduledAt: at,
        status: 'queued',
      });
      if (!claimed) return false;
      await this.#store.outbox.enqueue(tx, {
        dedupeKey: `summary:${run.id}`,
        platform: s.platform,
        workspace: creator?.workspaceExternalId ?? '',
        channel: s.channel ?? '',
        thread: run.messageRef,
        kind: 'summary',
        payload: this.#replies.summary({
          question: q,
          answered: latest.size,
          average: scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : undefined,
          missed: [...missed.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 3)
            .map(([p]) => p),
        }),
        runId: claimed.id,
        notifyUserId: s.userId,
      });
      return true;
    });
  }

  async #claimDmDrop(s: Schedule, date: string, at: Date): Promise<boolean> {
    const user = await this.#store.users.byId(s.userId);
    if (!user) return false;
    const picked = await this.#practice.pick(user);
    if (!picked.ok) return false;
    const q = picked.value.question;
    return this.#store.db.transaction(async (tx) => {
      const run = await this.#store.drops.claimRun(tx, {
        scheduleId: s.id,
        runKey: date,
        questionId: q.id,
        scheduledAt: at,
        status: 'queued',
      });
      if (!run) return false;
      await this.#store.outbox.enqueue(tx, {
        dedupeKey: `dmdrop:${run.id}`,
        platform: s.platform,
        workspace: user.workspaceExternalId,
        channel: `dm:${user.externalId}`,
        kind: 'dm-drop',
        payload: this.#replies.dmQuestion(q, `your daily question — ${picked.value.reason}`),
        runId: run.id,
        userId: user.id,
      });
      await this.#store.conversations.set(user.id, { kind: 'practice', questionId: q.id, hints: 0 }, tx);
      return true;
    });
  }
}
