import type { Cipher } from './crypto.ts';
import type { Db } from './db.ts';

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
