import type { Cipher } from './crypto.ts';
import type { Db } from './db.ts';

export interface ReportRow {
  id: number;
  engine: string;
  fitScore: number;
  questionCount: number;
  durationMs: number;
  cvVersion: number;
  jdVersion: number;
  panelVersion: number | null;
  interviewDate: string | null;
  createdAt: Date;
}

export type NewReport = Omit<ReportRow, 'id'> & {
  /** The report JSON; sealed before it is stored. */
  json: string;
};

const COLS = `id, engine, fit_score, question_count, duration_ms, cv_version, jd_version, panel_version,
  to_char(interview_date, 'YYYY-MM-DD') AS interview_date, created_at`;

interface Row {
  id: number;
  engine: string;
  fit_score: number;
  question_count: number;
  duration_ms: number;
  cv_version: number;
  jd_version: number;
  panel_version: number | null;
  interview_date: string | null;
  created_at: Date | string;
}

const toRow = (r: Row): ReportRow => ({
  id: Number(r.id),
  engine: r.engine,
  fitScore: Number(r.fit_score),
  questionCount: Number(r.question_count),
  durationMs: Number(r.duration_ms),
  cvVersion: Number(r.cv_version),
  jdVersion: Number(r.jd_version),
  panelVersion: r.panel_version === null ? null : Number(r.panel_version),
  interviewDate: r.interview_date,
  createdAt: new Date(r.created_at),
});

/** Stored reports: searchable columns in clear, the sections sealed. */
export class ReportRepo {
  readonly #db: Db;
  readonly #cipher: Cipher;
  constructor(db: Db, cipher: Cipher) {
    this.#db = db;
    this.#cipher = cipher;
  }

  async add(userId: number, r: NewReport): Promise<ReportRow> {
    const sealed = this.#cipher.seal(r.json);
    const [row] = await this.#db.query<Row>(
      `INSERT INTO reports (user_id, engine, fit_score, question_count, duration_ms, cv_version, jd_version, panel_version, interview_date, key_id, body, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${COLS}`,
      [
        userId,
        r.engine,
        r.fitScore,
        r.questionCount,
        Math.round(r.durationMs),
        r.cvVersion,
        r.jdVersion,
        r.panelVersion,
        r.interviewDate,
        sealed.keyId,
        sealed.data,
        r.createdAt,
      ],
    );
    return toRow(row);
  }

  async list(userId: number, limit = 5): Promise<ReportRow[]> {
    const rows = await this.#db.query<Row>(`SELECT ${COLS} FROM reports WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`, [
      userId,
      limit,
    ]);
    return rows.map(toRow);
  }

  /** The report JSON of one of this user's reports (the latest when id is omitted). */
  async json(userId: number, id?: number): Promise<{ row: ReportRow; json: string } | undefined> {
    const [row] = await this.#db.query<Row & { key_id: string; body: Uint8Array }>(
      `SELECT ${COLS}, key_id, body FROM reports WHERE user_id = $1 ${id ? 'AND id = $2' : ''} ORDER BY created_at DESC, id DESC LIMIT 1`,
      id ? [userId, id] : [userId],
    );
    if (!row) return undefined;
    return { row: toRow(row), json: this.#cipher.open({ keyId: row.key_id, data: Buffer.from(row.body) }) };
  }
}
