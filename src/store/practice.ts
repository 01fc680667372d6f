import type { Cipher } from './crypto.ts';
import type { Db } from './db.ts';

export interface AttemptInput {
  questionId: string;
  category: string;
  mode: 'practice' | 'mock' | 'follow-up' | 'drop' | 'dm-drop';
  score: number;
  criteria: { name: string; score: number }[];
  missing: string[];
  answer: string;
  feedbackJson: string;
  at: Date;
  dropRunId?: number;
}

export interface AttemptSummary {
  id: number;
  questionId: string;
  category: string;
  mode: string;
  score: number;
  missing: string[];
  createdAt: Date;
}

export interface ReviewRow {
  questionId: string;
  ease: number;
  intervalDays: number;
  repetitions: number;
  lastScore: number;
  dueAt: Date;
}

export interface CustomQuestionRow {
  id: number;
  text: string;
  category: 'behavioural' | 'coding' | 'system-design' | 'technical';
  difficulty: string;
  track: string;
  reference: string;
  rubric: { point: string; aliases: string[]; weight: number }[];
}

/** Attempts (answers sealed), the review schedule, and instructors' own questions. */
export class PracticeRepo {
  readonly #db: Db;
  readonly #cipher: Cipher;
  constructor(db: Db, cipher: Cipher) {
    this.#db = db;
    this.#cipher = cipher;
  }

  async addAttempt(userId: number, a: AttemptInput): Promise<number> {
    const answer = this.#cipher.seal(a.answer);
    const feedback = this.#cipher.seal(a.feedbackJson);
    const [row] = await this.#db.query<{ id: number }>(
      `INSERT INTO attempts (user_id, question_id, category, mode, score, criteria, missing, key_id, answer, feedback, created_at, drop_run_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        userId,
        a.questionId,
        a.category,
        a.mode,
        a.score,
        JSON.stringify(a.criteria),
        JSON.stringify(a.missing),
        answer.keyId,
        answer.data,
        feedback.data,
        a.at,
        a.dropRunId ?? null,
      ],
    );
    return Number(row.id);
  }

  async attempts(userId: number, opts: { since?: Date; limit?: number } = {}): Promise<AttemptSummary[]> {
    const rows = await this.#db.query<{
      id: number;
      question_id: string;
      category: string;
      mode: string;
      score: number;
      missing: string[];
      created_at: Date | string;
    }>(
      `SELECT id, question_id, category, mode, score, missing, created_at FROM attempts
       WHERE user_id = $1 AND created_at >= $2 ORDER BY created_at DESC, id DESC LIMIT $3`,
      [userId, opts.since ?? new Date(0), opts.limit ?? 1000],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      questionId: r.question_id,
      category: r.category,
      mode: r.mode,
      score: Number(r.score),
      missing: typeof r.missing === 'string' ? JSON.parse(r.missing) : r.missing,
      createdAt: new Date(r.created_at),
    }));
  }

  async feedback(userId: number, attemptId: number): Promise<string | undefined> {
    const [r] = await this.#db.query<{ key_id: string; feedback: Uint8Array }>(
      'SELECT key_id, feedback FROM attempts WHERE user_id = $1 AND id = $2',
      [userId, attemptId],
    );
    return r ? this.#cipher.open({ keyId: r.key_id, data: Buffer.from(r.feedback) }) : undefined;
  }

  /** The answer of one of this user's attempts, unsealed. */
  async answer(userId: number, attemptId: number): Promise<string | undefined> {
    const [r] = await this.#db.query<{ key_id: string; answer: Uint8Array }>(
      'SELECT key_id, answer FROM attempts WHERE user_id = $1 AND id = $2',
      [userId, attemptId],
    );
    return r ? this.#cipher.open({ keyId: r.key_id, data: Buffer.from(r.answer) }) : undefined;
  }

  async review(userId: number, questionId: string): Promise<ReviewRow | undefined> {
    const [r] = await this.#db.query<RawReview>(`SELECT ${REVIEW_COLS} FROM reviews WHERE user_id = $1 AND question_id = $2`, [
      userId,
      questionId,
    ]);
    return r ? toReview(r) : undefined;
  }

  async saveReview(userId: number, r: ReviewRow): Promise<void> {
    await this.#db.query(
      `INSERT INTO reviews (user_id, question_id, ease, interval_days, repetitions, last_score, due_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (user_id, question_id) DO UPDATE SET ease = EXCLUDED.ease, interval_days = EXCLUDED.interval_days,
         repetitions = EXCLUDED.repetitions, last_score = EXCLUDED.last_score, due_at = EXCLUDED.due_at, updated_at = now()`,
      [userId, r.questionId, r.ease, r.intervalDays, r.repetitions, r.lastScore, r.dueAt],
    );
  }

  /** Reviews due by `at`, most overdue first. */
  async due(userId: number, at: Date): Promise<ReviewRow[]> {
    const rows = await this.#db.query<RawReview>(
      `SELECT ${REVIEW_COLS} FROM reviews WHERE user_id = $1 AND due_at <= $2 ORDER BY due_at, question_id`,
      [userId, at],
    );
    return rows.map(toReview);
  }

  async nextDue(userId: number): Promise<Date | undefined> {
    const [r] = await this.#db.query<{ due_at: Date | string }>('SELECT min(due_at) AS due_at FROM reviews WHERE user_id = $1', [userId]);
    return r?.due_at ? new Date(r.due_at) : undefined;
  }

  async addCustomQuestion(workspaceId: number, userId: number, q: Omit<CustomQuestionRow, 'id'>): Promise<number> {
    const [row] = await this.#db.query<{ id: number }>(
      `INSERT INTO custom_questions (workspace_id, created_by, text, category, difficulty, track, reference, rubric)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [workspaceId, userId, q.text, q.category, q.difficulty, q.track, q.reference, JSON.stringify(q.rubric)],
    );
    return Number(row.id);
  }

  async customQuestions(workspaceId: number): Promise<CustomQuestionRow[]> {
    const rows = await this.#db.query<{
      id: number;
      text: string;
      category: CustomQuestionRow['category'];
      difficulty: string;
      track: string;
      reference: string;
      rubric: unknown;
    }>('SELECT id, text, category, difficulty, track, reference, rubric FROM custom_questions WHERE workspace_id = $1 ORDER BY id', [
      workspaceId,
    ]);
    return rows.map((r) => ({
      ...r,
      id: Number(r.id),
      rubric: (typeof r.rubric === 'string' ? JSON.parse(r.rubric) : r.rubric) as CustomQuestionRow['rubric'],
    }));
  }
}

const REVIEW_COLS = 'question_id, ease, interval_days, repetitions, last_score, due_at';
type RawReview = {
  question_id: string;
  ease: number;
  interval_days: number;
  repetitions: number;
  last_score: number;
  due_at: Date | string;
};

function toReview(r: RawReview): ReviewRow {
  return {
    questionId: r.question_id,
    ease: Number(r.ease),
    intervalDays: Number(r.interval_days),
    repetitions: Number(r.repetitions),
    lastScore: Number(r.last_score),
    dueAt: new Date(r.due_at),
  };
}
