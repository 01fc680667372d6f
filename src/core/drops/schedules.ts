import type { Schedule } from '../../store/drops.ts';
import type { Store } from '../../store/index.ts';
import { Difficulty, Track } from '../bank/schema.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { Identity, User } from '../identity.ts';
import type { PracticeQuestion } from '../practice/service.ts';
import { isValidZone } from '../time.ts';
import type { DropQuestions } from './questions.ts';
import type { DropPosts } from './tick.ts';

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

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const hhmm = (t: string) => {
  const m = t.match(TIME);
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
};

/** Channel drops and personal daily questions: set up, list, pause, remove, post now. */
export class DropSchedules {
  readonly #store: Store;
  readonly #questions: DropQuestions;
  readonly #posts: DropPosts;
  readonly #now: () => Date;

  constructor(store: Store, questions: DropQuestions, posts: DropPosts, now: () => Date) {
    this.#store = store;
    this.#questions = questions;
    this.#posts = posts;
    this.#now = now;
  }

  async setup(user: User, who: Identity, s: DropSetup): Promise<Result<Schedule>> {
    const time = hhmm(s.time);
    if (!time) return fail('bad_time', { value: s.time });
    if (!isValidZone(s.timezone)) return fail('bad_time_zone', { value: s.timezone });
    const summary = hhmm(s.summaryTime ?? '17:00');
    if (!summary) return fail('bad_time', { value: s.summaryTime ?? '', option: 'summary' });
    if (s.track && !Track.safeParse(s.track).success) return fail('unknown_track', { value: s.track });
    if (s.difficulty && !Difficulty.safeParse(s.difficulty).success) return fail('unknown_difficulty', { value: s.difficulty });
    if (s.pool === 'custom' && (await this.#store.practice.customQuestions(user.workspaceId)).length === 0)
      return fail('custom_pool_empty');
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

  list(user: User): Promise<Schedule[]> {
    return this.#store.drops.schedules(user.workspaceId);
  }

  /** A schedule of this workspace by id, or by channel when there is just one there. */
  async find(user: User, ref: string | undefined): Promise<Result<Schedule>> {
    const all = await this.list(user);
    const found = ref
      ? all.find((s) => String(s.id) === ref.replace(/^#/, '') || s.channel === ref)
      : all.length === 1
        ? all[0]
        : undefined;
    if (found) return ok(found);
    if (all.length === 0) return fail('no_drops');
    return fail('which_drop', { choices: all.map((s) => `#${s.id} (${s.channel})`).join(', ') });
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
    const q = await this.#questions.next(s);
    if (!q) return fail('drop_without_questions');
    await this.#posts.claimDrop(s, `now:${at.toISOString().slice(0, 16)}`, q, at);
    return ok(q);
  }

  /** Personal daily question in the DM, at a local time. */
  async dailyOn(user: User, who: Identity, time: string): Promise<Result<Schedule>> {
    const t = hhmm(time);
    if (!t) return fail('bad_time', { value: time, command: 'daily on' });
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

  async dailyOff(user: User): Promise<boolean> {
    const s = await this.#store.drops.dmSchedule(user.id);
    if (s) await this.#store.drops.removeSchedule(s.id);
    return Boolean(s);
  }
}
