import type { Run, Schedule } from '../../store/drops.ts';
import type { Store } from '../../store/index.ts';
import type { ConversationState } from '../conversation/state.ts';
import type { PracticeQuestion, PracticeService } from '../practice/service.ts';
import { localParts, previousDate, weekdayOf, zonedInstant } from '../time.ts';
import type { DropQuestions } from './questions.ts';
import { claimAndQueue } from './queue.ts';
import type { DropReplies } from './service.ts';

/** A drop older than this when a tick first sees it is skipped (and logged), not posted hours late. */
export const DEFAULT_LATE_WINDOW_MS = 2 * 3_600_000;

export interface TickResult {
  drops: number;
  summaries: number;
  dmDrops: number;
  skipped: { scheduleId: number; runKey: string; lateMs: number }[];
}

/** What a due run posts: the drop, the day's summary in its thread, a personal question by DM. */
export class DropPosts {
  readonly #store: Store;
  readonly #practice: PracticeService;
  readonly #replies: DropReplies;

  constructor(store: Store, practice: PracticeService, replies: DropReplies) {
    this.#store = store;
    this.#practice = practice;
    this.#replies = replies;
  }

  async claimDrop(s: Schedule, runKey: string, q: PracticeQuestion, at: Date): Promise<Run | undefined> {
    const workspace = await this.#workspace(s);
    const notifyUserId = await this.#notify(s);
    return claimAndQueue(this.#store, { scheduleId: s.id, runKey, questionId: q.id, scheduledAt: at, status: 'queued' }, (run) => ({
      dedupeKey: `drop:${run.id}`,
      platform: s.platform,
      workspace,
      channel: s.channel ?? '',
      kind: 'drop',
      payload: this.#replies.drop(q, s),
      runId: run.id,
      notifyUserId,
    }));
  }

  async claimSummary(s: Schedule, run: Run, date: string, at: Date): Promise<boolean> {
    const q = run.questionId ? await this.#practice.question({ workspaceId: s.workspaceId }, run.questionId) : undefined;
    if (!q) return false;
    const answers = await this.#store.drops.runAttempts(run.id);
    const latest = new Map<number, { score: number; missing: string[] }>();
    for (const a of answers) latest.set(a.userId, a);
    const missed = new Map<string, number>();
    for (const a of latest.values()) for (const m of a.missing) missed.set(m, (missed.get(m) ?? 0) + 1);
    const scores = [...latest.values()].map((a) => a.score);
    const workspace = await this.#workspace(s);
    const notifyUserId = await this.#notify(s);
    const claimed = await claimAndQueue(
      this.#store,
      { scheduleId: s.id, runKey: `summary:${date}`, questionId: run.questionId, scheduledAt: at, status: 'queued' },
      (claim) => ({
        dedupeKey: `summary:${run.id}`,
        platform: s.platform,
        workspace,
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
        runId: claim.id,
        notifyUserId,
      }),
    );
    return Boolean(claimed);
  }

  /** The platform's id of the schedule's workspace: a channel drop may have no creator any more. */
  async #workspace(s: Schedule): Promise<string> {
    return (await this.#store.users.workspace(s.workspaceId))?.externalId ?? '';
  }

  /** Who hears about a post that cannot be delivered: the drop's creator, else (they left) the longest-serving instructor. */
  async #notify(s: Schedule): Promise<number | null> {
    return s.userId ?? (await this.#store.drops.firstInstructor(s.workspaceId)) ?? null;
  }

  async claimDmDrop(s: Schedule, date: string, at: Date): Promise<boolean> {
    if (s.userId === null) return false;
    const user = await this.#store.users.byId(s.userId);
    if (!user) return false;
    const picked = await this.#practice.pick(user);
    if (!picked.ok) return false;
    const q = picked.value.question;
    const waiting: ConversationState = { kind: 'practice', questionId: q.id, hints: 0 };
    const run = await claimAndQueue(
      this.#store,
      { scheduleId: s.id, runKey: date, questionId: q.id, scheduledAt: at, status: 'queued' },
      (claim) => ({
        dedupeKey: `dmdrop:${claim.id}`,
        platform: s.platform,
        workspace: user.workspaceExternalId,
        channel: `dm:${user.externalId}`,
        kind: 'dm-drop',
        payload: this.#replies.dmQuestion(q, `your daily question — ${picked.value.reason}`),
        runId: claim.id,
        userId: user.id,
      }),
      // The answer to a daily question is the user's next DM message.
      (tx) => this.#store.conversations.set(user.id, waiting, tx),
    );
    return Boolean(run);
  }
}

/** The clock of drops: every replica ticks; each due run is claimed by exactly one. */
export class DropTicker {
  readonly #store: Store;
  readonly #questions: DropQuestions;
  readonly #posts: DropPosts;
  readonly #now: () => Date;
  readonly #lateWindowMs: number;

  constructor(store: Store, questions: DropQuestions, posts: DropPosts, now: () => Date, lateWindowMs = DEFAULT_LATE_WINDOW_MS) {
    this.#store = store;
    this.#questions = questions;
    this.#posts = posts;
    this.#now = now;
    this.#lateWindowMs = lateWindowMs;
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
            const claimed = await claimAndQueue(
              this.#store,
              { scheduleId: s.id, runKey: date, questionId: null, scheduledAt: at, status: 'skipped' },
              undefined,
            );
            if (claimed) result.skipped.push({ scheduleId: s.id, runKey: date, lateMs: late });
            continue;
          }
          if (s.kind === 'dm') {
            if (await this.#posts.claimDmDrop(s, date, at)) result.dmDrops++;
            continue;
          }
          const q = await this.#questions.next(s);
          if (q && (await this.#posts.claimDrop(s, date, q, at))) result.drops++;
          continue;
        }
        if (s.kind === 'channel' && existing.status === 'posted' && existing.messageRef) {
          const summaryAt = zonedInstant(date, s.summaryTime, s.timezone);
          if (
            summaryAt <= now &&
            now.getTime() - summaryAt.getTime() <= this.#lateWindowMs &&
            (await this.#posts.claimSummary(s, existing, date, summaryAt))
          )
            result.summaries++;
        }
      }
    }
    return result;
  }
}
