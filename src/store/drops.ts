import type { Db, Queryable } from './db.ts';

export interface Schedule {
  id: number;
  workspaceId: number;
  /** Who set a channel drop up (null once they used /prep forget: the drop is the workspace's), or a DM drop's subscriber. */
  userId: number | null;
  kind: 'channel' | 'dm';
  platform: string;
  channel: string | null;
  localTime: string;
  timezone: string;
  weekdaysOnly: boolean;
  track: string;
  difficulty: string | null;
  pool: 'bank' | 'custom';
  feedback: 'thread' | 'dm';
  summaryTime: string;
  paused: boolean;
}

export type NewSchedule = Omit<Schedule, 'id' | 'paused'>;

export interface Run {
  id: number;
  scheduleId: number;
  runKey: string;
  questionId: string | null;
  scheduledAt: Date;
  status: 'queued' | 'posted' | 'skipped' | 'failed';
  messageRef: string | null;
}

type RawSchedule = {
  id: number;
  workspace_id: number;
  user_id: number | null;
  kind: 'channel' | 'dm';
  platform: string;
  channel: string | null;
  local_time: string;
  timezone: string;
  weekdays_only: boolean;
  track: string;
  difficulty: string | null;
  pool: 'bank' | 'custom';
  feedback: 'thread' | 'dm';
  summary_time: string;
  paused: boolean;
};

const SCHEDULE_COLS =
  'id, workspace_id, user_id, kind, platform, channel, local_time, timezone, weekdays_only, track, difficulty, pool, feedback, summary_time, paused';
const RUN_COLS = 'id, schedule_id, run_key, question_id, scheduled_at, status, message_ref';

const toSchedule = (r: RawSchedule): Schedule => ({
  id: Number(r.id),
  workspaceId: Number(r.workspace_id),
  userId: r.user_id === null ? null : Number(r.user_id),
  kind: r.kind,
  platform: r.platform,
  channel: r.channel,
  localTime: r.local_time,
  timezone: r.timezone,
  weekdaysOnly: r.weekdays_only,
  track: r.track,
  difficulty: r.difficulty,
  pool: r.pool,
  feedback: r.feedback,
  summaryTime: r.summary_time,
  paused: r.paused,
});

type RawRun = {
  id: number;
  schedule_id: number;
  run_key: string;
  question_id: string | null;
  scheduled_at: Date | string;
  status: Run['status'];
  message_ref: string | null;
};
const toRun = (r: RawRun): Run => ({
  id: Number(r.id),
  scheduleId: Number(r.schedule_id),
  runKey: r.run_key,
  questionId: r.question_id,
  scheduledAt: new Date(r.scheduled_at),
  status: r.status,
  messageRef: r.message_ref,
});

/** Instructors, drop schedules and their runs. */
export class DropRepo {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  async isInstructor(workspaceId: number, userId: number): Promise<boolean> {
    return (await this.#db.query('SELECT 1 FROM instructors WHERE workspace_id = $1 AND user_id = $2', [workspaceId, userId])).length > 0;
  }

  async addInstructor(workspaceId: number, userId: number): Promise<void> {
    await this.#db.query('INSERT INTO instructors (workspace_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [workspaceId, userId]);
  }

  async removeInstructor(workspaceId: number, userId: number): Promise<boolean> {
    return (
      (await this.#db.query('DELETE FROM instructors WHERE workspace_id = $1 AND user_id = $2 RETURNING user_id', [workspaceId, userId]))
        .length > 0
    );
  }

  async firstInstructor(workspaceId: number): Promise<number | undefined> {
    const [r] = await this.#db.query<{ user_id: number }>(
      'SELECT user_id FROM instructors WHERE workspace_id = $1 ORDER BY created_at, user_id LIMIT 1',
      [workspaceId],
    );
    return r ? Number(r.user_id) : undefined;
  }

  async instructorCount(workspaceId: number): Promise<number> {
    const [r] = await this.#db.query<{ n: number }>('SELECT count(*)::int AS n FROM instructors WHERE workspace_id = $1', [workspaceId]);
    return Number(r.n);
  }

  async upsertSchedule(s: NewSchedule): Promise<Schedule> {
    const conflict = s.kind === 'channel' ? "(workspace_id, channel) WHERE kind = 'channel'" : "(user_id) WHERE kind = 'dm'";
    const [row] = await this.#db.query<RawSchedule>(
      `INSERT INTO drop_schedules (workspace_id, user_id, kind, platform, channel, local_time, timezone, weekdays_only, track, difficulty, pool, feedback, summary_time)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT ${conflict} DO UPDATE SET user_id = EXCLUDED.user_id, local_time = EXCLUDED.local_time, timezone = EXCLUDED.timezone,
         weekdays_only = EXCLUDED.weekdays_only, track = EXCLUDED.track, difficulty = EXCLUDED.difficulty, pool = EXCLUDED.pool,
         feedback = EXCLUDED.feedback, summary_time = EXCLUDED.summary_time, paused = false
       RETURNING ${SCHEDULE_COLS}`,
      [
        s.workspaceId,
        s.userId,
        s.kind,
        s.platform,
        s.channel,
        s.localTime,
        s.timezone,
        s.weekdaysOnly,
        s.track,
        s.difficulty,
        s.pool,
        s.feedback,
        s.summaryTime,
      ],
    );
    return toSchedule(row);
  }

  async schedules(workspaceId: number, kind: 'channel' | 'dm' = 'channel'): Promise<Schedule[]> {
    return (
      await this.#db.query<RawSchedule>(`SELECT ${SCHEDULE_COLS} FROM drop_schedules WHERE workspace_id = $1 AND kind = $2 ORDER BY id`, [
        workspaceId,
        kind,
      ])
    ).map(toSchedule);
  }

  async schedule(id: number): Promise<Schedule | undefined> {
    const [r] = await this.#db.query<RawSchedule>(`SELECT ${SCHEDULE_COLS} FROM drop_schedules WHERE id = $1`, [id]);
    return r ? toSchedule(r) : undefined;
  }

  async dmSchedule(userId: number): Promise<Schedule | undefined> {
    const [r] = await this.#db.query<RawSchedule>(`SELECT ${SCHEDULE_COLS} FROM drop_schedules WHERE user_id = $1 AND kind = 'dm'`, [
      userId,
    ]);
    return r ? toSchedule(r) : undefined;
  }

  async activeSchedules(): Promise<Schedule[]> {
    return (await this.#db.query<RawSchedule>(`SELECT ${SCHEDULE_COLS} FROM drop_schedules WHERE NOT paused ORDER BY id`)).map(toSchedule);
  }

  async setPaused(id: number, paused: boolean): Promise<void> {
    await this.#db.query('UPDATE drop_schedules SET paused = $2 WHERE id = $1', [id, paused]);
  }

  async removeSchedule(id: number): Promise<void> {
    await this.#db.query('DELETE FROM drop_schedules WHERE id = $1', [id]);
  }

  /** Claims a run: exactly one caller (any replica) gets it back; everyone else gets undefined. */
  async claimRun(
    tx: Queryable,
    r: { scheduleId: number; runKey: string; questionId: string | null; scheduledAt: Date; status: Run['status'] },
  ): Promise<Run | undefined> {
    const [row] = await tx.query<RawRun>(
      `INSERT INTO drop_runs (schedule_id, run_key, question_id, scheduled_at, status) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (schedule_id, run_key) DO NOTHING RETURNING ${RUN_COLS}`,
      [r.scheduleId, r.runKey, r.questionId, r.scheduledAt, r.status],
    );
    return row ? toRun(row) : undefined;
  }

  async run(scheduleId: number, runKey: string): Promise<Run | undefined> {
    const [r] = await this.#db.query<RawRun>(`SELECT ${RUN_COLS} FROM drop_runs WHERE schedule_id = $1 AND run_key = $2`, [
      scheduleId,
      runKey,
    ]);
    return r ? toRun(r) : undefined;
  }

  async runById(id: number): Promise<Run | undefined> {
    const [r] = await this.#db.query<RawRun>(`SELECT ${RUN_COLS} FROM drop_runs WHERE id = $1`, [id]);
    return r ? toRun(r) : undefined;
  }

  /** The channel drop whose posted message is this thread root. */
  async runByMessage(platform: string, channel: string, messageRef: string): Promise<{ run: Run; schedule: Schedule } | undefined> {
    const [r] = await this.#db.query<RawRun & { sid: number }>(
      `SELECT r.id, r.schedule_id, r.run_key, r.question_id, r.scheduled_at, r.status, r.message_ref, s.id AS sid
       FROM drop_runs r JOIN drop_schedules s ON s.id = r.schedule_id
       WHERE r.message_ref = $1 AND s.platform = $2 AND s.channel = $3`,
      [messageRef, platform, channel],
    );
    if (!r) return undefined;
    const schedule = await this.schedule(Number(r.sid));
    return schedule ? { run: toRun(r), schedule } : undefined;
  }

  async markPosted(runId: number, messageRef: string): Promise<void> {
    await this.#db.query("UPDATE drop_runs SET status = 'posted', message_ref = $2 WHERE id = $1", [runId, messageRef]);
  }

  async markFailed(runId: number): Promise<void> {
    await this.#db.query("UPDATE drop_runs SET status = 'failed' WHERE id = $1", [runId]);
  }

  /** Question ids a schedule has used, oldest first. */
  async usedQuestions(scheduleId: number): Promise<string[]> {
    const rows = await this.#db.query<{ question_id: string }>(
      "SELECT question_id FROM drop_runs WHERE schedule_id = $1 AND question_id IS NOT NULL AND run_key NOT LIKE 'summary:%' ORDER BY id",
      [scheduleId],
    );
    return rows.map((r) => r.question_id);
  }

  /** Answers given in a drop's thread: scores and missed points, by user. */
  async runAttempts(runId: number): Promise<{ userId: number; score: number; missing: string[] }[]> {
    const rows = await this.#db.query<{ user_id: number; score: number; missing: unknown }>(
      "SELECT user_id, score, missing FROM attempts WHERE drop_run_id = $1 AND mode = 'drop' ORDER BY id",
      [runId],
    );
    return rows.map((r) => ({
      userId: Number(r.user_id),
      score: Number(r.score),
      missing: (typeof r.missing === 'string' ? JSON.parse(r.missing) : r.missing) as string[],
    }));
  }

  /** The workspace's attempts since a date, for /prep cohort. */
  async cohortAttempts(
    workspaceId: number,
    since: Date,
  ): Promise<{ userId: number; category: string; score: number; missing: string[]; questionId: string }[]> {
    const rows = await this.#db.query<{ user_id: number; category: string; score: number; missing: unknown; question_id: string }>(
      `SELECT a.user_id, a.category, a.score, a.missing, a.question_id FROM attempts a JOIN users u ON u.id = a.user_id
       WHERE u.workspace_id = $1 AND a.created_at >= $2 AND a.mode <> 'follow-up'`,
      [workspaceId, since],
    );
    return rows.map((r) => ({
      userId: Number(r.user_id),
      category: r.category,
      score: Number(r.score),
      missing: (typeof r.missing === 'string' ? JSON.parse(r.missing) : r.missing) as string[],
      questionId: r.question_id,
    }));
  }

  async workspaceUserCount(workspaceId: number): Promise<number> {
    const [r] = await this.#db.query<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE workspace_id = $1', [workspaceId]);
    return Number(r.n);
  }
}
