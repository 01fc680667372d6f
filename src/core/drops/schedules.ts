import type { Schedule } from '../../store/drops.ts';
import type { Store } from '../../store/index.ts';
import { Difficulty, Track } from '../bank/schema.ts';
import { fail, ok, type Result } from '../errors.ts';
import { hasCommunities, type Identity, type User } from '../identity.ts';
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

/**
 * Which channel drops a caller sees: those of their community (a Discord server), or the whole
 * workspace's (null) where the workspace is the community (Slack). On a platform with communities,
 * a caller outside any (a DM) manages none: undefined.
 */
function communityOf(who: Identity): string | null | undefined {
  if (who.community !== undefined) return who.community;
  return hasCommunities(who.platform) ? undefined : null;
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
    const community = communityOf(who);
    if (community === undefined) return fail('drops_from_server', { what: 'drops' });
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
      community,
    });
    // The channel has a drop of another community (a channel id of another server): not ours to change.
    if (!schedule) return fail('drop_of_another_server', { channel: s.channel });
    return ok(schedule);
  }

  /** The channel drops the caller manages: their community's (see communityOf). */
  async list(user: User, who: Identity): Promise<Result<Schedule[]>> {
    const community = communityOf(who);
    if (community === undefined) return fail('drops_from_server', { what: 'drops' });
    return ok(await this.#store.drops.schedules(user.workspaceId, 'channel', community));
  }

  /** A schedule of the caller's community by id, or by channel when there is just one there. */
  async find(user: User, who: Identity, ref: string | undefined): Promise<Result<Schedule>> {
    const listed = await this.list(user, who);
    if (!listed.ok) return listed;
    const all = listed.value;
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

  /** Personal daily question in the DM, at a local time. It is the person's own: no community. */
  async dailyOn(user: User, who: Identity, time: string): Promise<Result<Schedule>> {
    const t = hhmm(time);
    if (!t) return fail('bad_time', { value: time, command: 'daily on' });
    const schedule = await this.#store.drops.upsertSchedule({
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
      community: null,
    });
    if (!schedule) throw new Error('a personal drop conflicts with nothing but itself');
    return ok(schedule);
  }

  async dailyOff(user: User): Promise<boolean> {
    const s = await this.#store.drops.dmSchedule(user.id);
    if (s) await this.#store.drops.removeSchedule(s.id);
    return Boolean(s);
  }
}
