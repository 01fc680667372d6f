import type { Db, Queryable } from './db.ts';
import type { ExternalUser } from './users.ts';

/** A file the bot uploaded to a platform on a user's behalf (a report download). */
export interface Upload {
  platform: string;
  workspace: string;
  fileRef: string;
}

/** Platform file ids of the bot's uploads per user, so forget can delete them there too. */
export class UploadRepo {
  readonly #db: Db;
  constructor(db: Db) {
    this.#db = db;
  }

  /** Records an upload for a known user; an unknown identity records nothing (there is nothing to forget). */
  async record(who: ExternalUser, fileRef: string): Promise<void> {
    await this.#db.query(
      `INSERT INTO uploads (user_id, platform, workspace, file_ref)
       SELECT u.id, $1, $2, $4 FROM users u JOIN workspaces w ON w.id = u.workspace_id
       WHERE w.platform = $1 AND w.external_id = $2 AND u.external_id = $3
       ON CONFLICT (platform, file_ref) DO NOTHING`,
      [who.platform, who.workspace, who.user, fileRef],
    );
  }

  async forUser(q: Queryable, userId: number): Promise<Upload[]> {
    const rows = await q.query<{ platform: string; workspace: string; file_ref: string }>(
      'SELECT platform, workspace, file_ref FROM uploads WHERE user_id = $1 ORDER BY id',
      [userId],
    );
    return rows.map((r) => ({ platform: r.platform, workspace: r.workspace, fileRef: r.file_ref }));
  }
}
