import type { Db, Queryable } from './db.ts';

/** A user as the platform names them: the platform, its workspace (team, guild) and user ids. */
export interface ExternalUser {
  platform: string;
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
  async ensure(who: ExternalUser): Promise<UserRow> {
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

  /** A user by id, with the platform ids needed to reach them. */
  async byId(id: number): Promise<(UserRow & { externalId: string; workspaceExternalId: string; platform: string }) | undefined> {
    const [u] = await this.#db.query<{
      id: number;
      workspace_id: number;
      timezone: string;
      track: string | null;
      external_id: string;
      ws_external: string;
      platform: string;
    }>(
      `SELECT u.id, u.workspace_id, u.timezone, u.track, u.external_id, w.external_id AS ws_external, u.platform
       FROM users u JOIN workspaces w ON w.id = u.workspace_id WHERE u.id = $1`,
      [id],
    );
    return u
      ? {
          id: Number(u.id),
          workspaceId: Number(u.workspace_id),
          timezone: u.timezone,
          track: u.track,
          externalId: u.external_id,
          workspaceExternalId: u.ws_external,
          platform: u.platform,
        }
      : undefined;
  }

  async setTimezone(userId: number, timezone: string): Promise<void> {
    await this.#db.query('UPDATE users SET timezone = $2 WHERE id = $1', [userId, timezone]);
  }

  async setTrack(userId: number, track: string | null): Promise<void> {
    await this.#db.query('UPDATE users SET track = $2 WHERE id = $1', [userId, track]);
  }

  /**
   * Deletes the user and everything personal (those tables cascade from users), inside the
   * caller's transaction. What belongs to the workspace — channel drops, custom questions, the
   * Slack installation — stays and only loses its creator link (ON DELETE SET NULL).
   */
  async forget(tx: Queryable, userId: number): Promise<void> {
    // A personal (DM) drop is the user's own; channel drops are the workspace's.
    await tx.query("DELETE FROM drop_schedules WHERE user_id = $1 AND kind = 'dm'", [userId]);
    const [u] = await tx.query<{ external_id: string }>('DELETE FROM users WHERE id = $1 RETURNING external_id', [userId]);
    if (u) await tx.query('UPDATE slack_installations SET installed_by = NULL WHERE installed_by = $1', [u.external_id]);
  }

  /** A workspace's platform and external id (a channel drop outlives its creator, not its workspace). */
  async workspace(id: number): Promise<{ platform: string; externalId: string } | undefined> {
    const [w] = await this.#db.query<{ platform: string; external_id: string }>(
      'SELECT platform, external_id FROM workspaces WHERE id = $1',
      [id],
    );
    return w ? { platform: w.platform, externalId: w.external_id } : undefined;
  }
}
