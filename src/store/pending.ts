import type { Cipher } from './crypto.ts';
import type { Db } from './db.ts';

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
