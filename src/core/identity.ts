/** The chat platforms the core serves; an adapter names itself with one of these. */
export type Platform = 'shell' | 'slack' | 'discord' | 'cli';

/** Who is talking to the bot, as the platform names them. */
export interface Identity {
  platform: Platform;
  workspace: string;
  user: string;
  /** Workspace roles the platform reports for this user (admin, owner), when the adapter looked them up. */
  roles?: string[];
}

/** A known user: the database ids the core keys everything by, and their settings. */
export interface User {
  id: number;
  workspaceId: number;
  timezone: string;
  track: string | null;
}
