/** The chat platforms the core serves; an adapter names itself with one of these. */
export type Platform = 'shell' | 'slack' | 'discord' | 'cli';

/** Who is talking to the bot, as the platform names them. */
export interface Identity {
  platform: Platform;
  workspace: string;
  user: string;
  /** Workspace roles the platform reports for this user (admin, owner), when the adapter looked them up. */
  roles?: string[];
  /**
   * The community inside the workspace the request came from: on Discord, the server (guild id),
   * since a Discord user's workspace is the bot's application. Undefined in a DM, and on platforms
   * whose workspace already is the community (Slack, the terminal). Drops and instructors belong
   * to a community.
   */
  community?: string;
}

/** Platforms whose workspace holds several communities (Discord: every server the bot is in). */
export const hasCommunities = (platform: Platform): boolean => platform === 'discord';

/** A known user: the database ids the core keys everything by, and their settings. */
export interface User {
  id: number;
  workspaceId: number;
  timezone: string;
  track: string | null;
}
