import type { Db } from './db.ts';

/** Event ids already handled: the first caller to claim one processes it; retries are dropped. */
export class ProcessedEventRepo {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  async claim(eventId: string): Promise<boolean> {
    const rows = await this.#db.query('INSERT INTO processed_events (event_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING event_id', [
      eventId,
    ]);
    return rows.length === 1;
  }

  /** Slack retries for about an hour; a day of ids is plenty. */
  async prune(before: Date): Promise<void> {
    await this.#db.query('DELETE FROM processed_events WHERE received_at < $1', [before]);
  }
}
