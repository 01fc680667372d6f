import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './db.ts';

const hash = (token: string) => createHash('sha256').update(token).digest();

/** Unguessable, expiring links to one report page. */
export class ReportLinkRepo {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  /** A new 256-bit token; only its hash is stored. */
  async create(userId: number, reportId: number, expiresAt: Date): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.#db.query('INSERT INTO report_links (token_hash, report_id, user_id, expires_at) VALUES ($1, $2, $3, $4)', [
      hash(token),
      reportId,
      userId,
      expiresAt,
    ]);
    return token;
  }

  async resolve(token: string, at: Date): Promise<{ userId: number; reportId: number } | undefined> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
    const [row] = await this.#db.query<{ user_id: number; report_id: number }>(
      'SELECT user_id, report_id FROM report_links WHERE token_hash = $1 AND expires_at > $2',
      [hash(token), at],
    );
    return row ? { userId: Number(row.user_id), reportId: Number(row.report_id) } : undefined;
  }
}
