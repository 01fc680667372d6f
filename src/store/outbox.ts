import type { Cipher } from './crypto.ts';
import type { Db, Queryable } from './db.ts';

/** One outgoing post, as stored until it is delivered (or given up on). */
export interface OutboxMessage {
  id: number;
  dedupeKey: string;
  platform: string;
  workspace: string;
  channel: string;
  thread: string | null;
  kind: string;
  /** The neutral reply (src/chat/message.ts) to render on the platform. */
  payload: unknown;
  runId: number | null;
  userId: number | null;
  notifyUserId: number | null;
  attempts: number;
  /** Why the last try failed, if one did. */
  lastError: string | null;
  createdAt: Date;
}

export type NewOutboxMessage = Omit<
  OutboxMessage,
  'id' | 'attempts' | 'lastError' | 'createdAt' | 'runId' | 'userId' | 'notifyUserId' | 'thread'
> & {
  thread?: string | null;
  runId?: number | null;
  userId?: number | null;
  notifyUserId?: number | null;
  notBefore?: Date;
};

type Raw = {
  id: number;
  dedupe_key: string;
  platform: string;
  workspace: string;
  channel: string;
  thread: string | null;
  kind: string;
  payload: unknown;
  key_id: string | null;
  body: Uint8Array | null;
  run_id: number | null;
  user_id: number | null;
  notify_user_id: number | null;
  attempts: number;
  last_error: string | null;
  created_at: Date | string;
};
const COLS =
  'id, dedupe_key, platform, workspace, channel, thread, kind, payload, key_id, body, run_id, user_id, notify_user_id, attempts, last_error, created_at';
const toMessage = (r: Raw, cipher: Cipher): OutboxMessage => ({
  id: Number(r.id),
  dedupeKey: r.dedupe_key,
  platform: r.platform,
  workspace: r.workspace,
  channel: r.channel,
  thread: r.thread,
  kind: r.kind,
  // Rows queued before payloads were sealed still carry them in the clear.
  payload:
    r.body && r.key_id
      ? JSON.parse(cipher.open({ keyId: r.key_id, data: Buffer.from(r.body) }))
      : typeof r.payload === 'string'
        ? JSON.parse(r.payload)
        : r.payload,
  runId: r.run_id === null ? null : Number(r.run_id),
  userId: r.user_id === null ? null : Number(r.user_id),
  notifyUserId: r.notify_user_id === null ? null : Number(r.notify_user_id),
  attempts: Number(r.attempts),
  lastError: r.last_error,
  createdAt: new Date(r.created_at),
});

/**
 * The delivery outbox. A post is a row (unique dedupe key) before it is anything else; drainers
 * claim due rows with FOR UPDATE SKIP LOCKED and lease them while sending, so replicas never
 * send the same row and a crash leaves the row to be checked and finished later.
 */
export class OutboxRepo {
  readonly #db: Db;
  readonly #cipher: Cipher;
  constructor(db: Db, cipher: Cipher) {
    this.#db = db;
    this.#cipher = cipher;
  }

  /**
   * Adds a post (due at once, or at notBefore) unless one with the same dedupe key exists; true
   * when added. The payload is sealed: feedback quotes answers, and the outbox keeps rows.
   */
  async enqueue(q: Queryable, m: NewOutboxMessage): Promise<boolean> {
    const sealed = this.#cipher.seal(JSON.stringify(m.payload));
    const rows = await q.query(
      `INSERT INTO outbox (dedupe_key, platform, workspace, channel, thread, kind, key_id, body, run_id, user_id, notify_user_id, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, COALESCE($12, 'epoch'::timestamptz)) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        m.dedupeKey,
        m.platform,
        m.workspace,
        m.channel,
        m.thread ?? null,
        m.kind,
        sealed.keyId,
        sealed.data,
        m.runId ?? null,
        m.userId ?? null,
        m.notifyUserId ?? null,
        m.notBefore ?? null,
      ],
    );
    return rows.length === 1;
  }

  /** Claims up to `limit` due rows for this drainer, leasing them until `leaseUntil`. */
  async claim(now: Date, limit: number, leaseUntil: Date): Promise<OutboxMessage[]> {
    return this.#db.transaction(async (tx) => {
      const rows = await tx.query<Raw>(
        `SELECT ${COLS} FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      );
      if (rows.length === 0) return [];
      await tx.query("UPDATE outbox SET status = 'sending', lease_until = $2, attempts = attempts + 1 WHERE id = ANY($1::bigint[])", [
        rows.map((r) => r.id),
        leaseUntil,
      ]);
      return rows.map((r) => ({ ...toMessage(r, this.#cipher), attempts: Number(r.attempts) + 1 }));
    });
  }

  /** Rows whose drainer died mid-send (lease expired): the caller checks whether they were delivered. */
  async expiredLeases(now: Date, limit = 100): Promise<OutboxMessage[]> {
    return this.#db.transaction(async (tx) => {
      const rows = await tx.query<Raw>(
        `SELECT ${COLS} FROM outbox WHERE status = 'sending' AND lease_until < $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      );
      if (rows.length)
        await tx.query('UPDATE outbox SET lease_until = $2 WHERE id = ANY($1::bigint[])', [
          rows.map((r) => r.id),
          new Date(now.getTime() + 60_000),
        ]);
      return rows.map((r) => toMessage(r, this.#cipher));
    });
  }

  async markSent(id: number, result: string, at: Date): Promise<void> {
    // A delivered post's text is on the platform; the row keeps only what dedupe needs.
    await this.#db.query(
      "UPDATE outbox SET status = 'sent', result = $2, sent_at = $3, lease_until = NULL, payload = NULL, key_id = NULL, body = NULL WHERE id = $1",
      [id, result, at],
    );
  }

  async retryAt(id: number, at: Date, error: string): Promise<void> {
    await this.#db.query("UPDATE outbox SET status = 'pending', next_attempt_at = $2, last_error = $3, lease_until = NULL WHERE id = $1", [
      id,
      at,
      error,
    ]);
  }

  async markFailed(id: number, error: string): Promise<void> {
    await this.#db.query("UPDATE outbox SET status = 'failed', last_error = $2, lease_until = NULL WHERE id = $1", [id, error]);
  }

  async counts(): Promise<Record<string, number>> {
    const rows = await this.#db.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM outbox GROUP BY status');
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  /** The next time a pending row becomes due, if any. */
  async nextDue(): Promise<Date | undefined> {
    const [r] = await this.#db.query<{ at: Date | string | null }>(
      "SELECT min(next_attempt_at) AS at FROM outbox WHERE status = 'pending'",
    );
    return r?.at ? new Date(r.at) : undefined;
  }
}
