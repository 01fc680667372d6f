import { createHash, randomBytes } from 'node:crypto';
import type { Cipher } from './crypto.ts';
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

/** Text a user pasted that looks like a document, kept sealed until they say what it is. */
export class PendingDocumentRepo {
  readonly #db: Db;
  readonly #cipher: Cipher;
  constructor(db: Db, cipher: Cipher) {
    this.#db = db;
    this.#cipher = cipher;
  }

  async hold(userId: number, text: string): Promise<void> {
    const s = this.#cipher.seal(text);
    await this.#db.query(
      `INSERT INTO pending_documents (user_id, key_id, body) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET key_id = EXCLUDED.key_id, body = EXCLUDED.body, created_at = now()`,
      [userId, s.keyId, s.data],
    );
  }

  async take(userId: number): Promise<string | undefined> {
    const [row] = await this.#db.query<{ key_id: string; body: Uint8Array }>(
      'DELETE FROM pending_documents WHERE user_id = $1 RETURNING key_id, body',
      [userId],
    );
    return row ? this.#cipher.open({ keyId: row.key_id, data: Buffer.from(row.body) }) : undefined;
  }
}

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

/** OAuth installations, sealed (they hold bot tokens). Keyed by enterprise or team id. */
export class SlackInstallationRepo {
  readonly #db: Db;
  readonly #cipher: Cipher;
  constructor(db: Db, cipher: Cipher) {
    this.#db = db;
    this.#cipher = cipher;
  }

  async save(key: string, ids: { teamId?: string; enterpriseId?: string; installedBy?: string }, installation: unknown): Promise<void> {
    const s = this.#cipher.seal(JSON.stringify(installation));
    await this.#db.query(
      `INSERT INTO slack_installations (install_key, team_id, enterprise_id, key_id, body, installed_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (install_key) DO UPDATE SET key_id = EXCLUDED.key_id, body = EXCLUDED.body, installed_by = EXCLUDED.installed_by, updated_at = now()`,
      [key, ids.teamId ?? null, ids.enterpriseId ?? null, s.keyId, s.data, ids.installedBy ?? null],
    );
  }

  async fetch(key: string): Promise<unknown | undefined> {
    const [row] = await this.#db.query<{ key_id: string; body: Uint8Array }>(
      'SELECT key_id, body FROM slack_installations WHERE install_key = $1',
      [key],
    );
    return row ? JSON.parse(this.#cipher.open({ keyId: row.key_id, data: Buffer.from(row.body) })) : undefined;
  }

  async delete(key: string): Promise<void> {
    await this.#db.query('DELETE FROM slack_installations WHERE install_key = $1', [key]);
  }
}
