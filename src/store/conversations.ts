import type { Db, Queryable } from './db.ts';

/** A conversation state as stored: JSON with a kind. The core owns its shapes and validates what it reads. */
export type StoredState = { kind: string } & Record<string, unknown>;

export class ConversationRepo {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  async get(userId: number): Promise<unknown> {
    const [row] = await this.#db.query<{ state: unknown }>('SELECT state FROM conversations WHERE user_id = $1', [userId]);
    return row?.state ?? { kind: 'idle' };
  }

  /** Sets the state; pass a transaction to make it part of a larger write. */
  async set(userId: number, state: StoredState, q: Queryable = this.#db): Promise<void> {
    await q.query(
      `INSERT INTO conversations (user_id, state, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
      [userId, JSON.stringify(state)],
    );
  }

  async clear(userId: number): Promise<void> {
    await this.#db.query('DELETE FROM conversations WHERE user_id = $1', [userId]);
  }
}
