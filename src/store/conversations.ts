import type { Db, Queryable } from './db.ts';

/** What the bot waits for next from a user. Holds ids and options only, never personal text. */
export type ConversationState =
  | { kind: 'awaiting-document'; doc: 'cv' | 'jd' | 'panel'; append?: boolean }
  | { kind: 'idle' }
  | { kind: string; [key: string]: unknown };

export class ConversationRepo {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  async get(userId: number): Promise<ConversationState> {
    const [row] = await this.#db.query<{ state: ConversationState }>('SELECT state FROM conversations WHERE user_id = $1', [userId]);
    return row?.state ?? { kind: 'idle' };
  }

  /** Sets the state; pass a transaction to make it part of a larger write. */
  async set(userId: number, state: ConversationState, q: Queryable = this.#db): Promise<void> {
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
