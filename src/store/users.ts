import type { Db } from './db.ts';

export type Platform = 'shell' | 'slack' | 'discord' | 'cli';

/** Who is talking to the bot, as the platform names them. */
export interface Identity {
  platform: Platform;
  workspace: string;
  user: string;
}

export interface UserRow {
  id: number;
  workspaceId: number;
  timezone: string;
  track: string | null;
}

export class UserRepo {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  /** Finds or creates the workspace and the user in one round trip each. */
  async ensure(who: Identity): Promise<UserRow> {
    const [ws] = await this.#db.query<{ id: number }>(
      `INSERT INTO workspaces (platform, external_id) VALUES ($1, $2)
       ON CONFLICT (platform, external_id) DO UPDATE SET platform = EXCLUDED.platform
       RETURNING id`,
      [who.platform, who.workspace],
    );
    const [u] = await this.#db.query<{ id: number; workspace_id: number; timezone: string; track: string | null }>(
      `INSERT INTO users (workspace_id, platform, external_id) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, external_id) DO UPDATE SET platform = EXCLUDED.platform
       RETURNING id, workspace_id, timezone, track`,
      [ws.id, who.platform, who.user],
    );
    return { id: Number(u.id), workspaceId: Number(u.workspace_id), timezone: u.timezone, track: u.track };
  }

  async setTimezone(userId: number, timezone: string): Promise<void> {
    await this.#db.query('UPDATE users SET timezone = $2 WHERE id = $1', [userId, timezone]);
  }

  async setTrack(userId: number, track: string | null): Promise<void> {
    await this.#db.query('UPDATE users SET track = $2 WHERE id = $1', [userId, track]);
  }

  /** Deletes the user; every table holding their data cascades from users. */
  async forget(userId: number): Promise<void> {
    await this.#db.query('DELETE FROM users WHERE id = $1', [userId]);
  }
}
