import type { WebClient } from '@slack/web-api';
import type { Identity } from '../../core/identity.ts';
import type { Logger } from '../../log.ts';
import type { Router } from '../router.ts';

/** What every listener needs: the router (the only way into the core), a logger, and Slack-side helpers. */
export interface SlackDeps {
  router: Router;
  log: Logger;
  /** Bot token for file downloads when a single workspace is configured (OAuth installs use the context's token). */
  botToken?: string;
  onCommand?: (command: string, seconds: number) => void;
  afterAck: AfterAck;
  /** The user's workspace roles (admin, owner) from users.info, cached for a few minutes. */
  roles: (client: WebClient, userId: string) => Promise<string[]>;
  /** Records the bot's uploads for a user (their report files), so /prep forget deletes them on Slack. */
  uploadedFor: (who: Identity) => (fileId: string) => Promise<void>;
}

/** users.info → roles, remembered for five minutes per user. */
export function rolesLookup(ttlMs = 5 * 60_000): SlackDeps['roles'] {
  const cache = new Map<string, { roles: string[]; until: number }>();
  return async (client, userId) => {
    const hit = cache.get(userId);
    if (hit && hit.until > Date.now()) return hit.roles;
    const u = (await client.users.info({ user: userId })).user;
    const roles = [u?.is_admin ? 'admin' : '', u?.is_owner || u?.is_primary_owner ? 'owner' : ''].filter(Boolean);
    cache.set(userId, { roles, until: Date.now() + ttlMs });
    return roles;
  };
}

/** Who is talking: the Slack team (or enterprise) and user ids, as the neutral identity. */
export function slackIdentity(
  body: {
    team_id?: string;
    team?: { id?: string } | null;
    enterprise?: { id?: string } | null;
    user_id?: string;
    user?: { id?: string; team_id?: string };
  },
  userId?: string,
): Identity {
  const workspace = body.team_id ?? body.team?.id ?? body.user?.team_id ?? body.enterprise?.id ?? 'unknown';
  return { platform: 'slack', workspace, user: userId ?? body.user_id ?? body.user?.id ?? 'unknown' };
}

/** The channel id of the user's DM with the bot. */
export async function dmChannel(client: WebClient, userId: string): Promise<string> {
  const r = await client.conversations.open({ users: userId });
  const id = r.channel?.id;
  if (!id) throw new Error('conversations.open returned no channel');
  return id;
}

/**
 * Work that follows an ack, run a few jobs at a time in arrival order. Under a burst, acks
 * (cheap) then only ever compete with a handful of jobs, so Slack's 3-second deadline holds
 * for the last request of the burst as well as the first.
 */
export class AfterAck {
  readonly #limit: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(limit = 4) {
    this.#limit = limit;
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    // Yield first: requests already read off the socket get their acks before any work starts.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.#running >= this.#limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#running++;
    try {
      return await job();
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
  }
}

/** Listener runs not finished yet, so a graceful stop can wait for the work already acked. */
export class InFlight {
  #count = 0;
  #waiters: (() => void)[] = [];

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.#count++;
    try {
      return await work();
    } finally {
      this.#count--;
      if (this.#count === 0) for (const w of this.#waiters.splice(0)) w();
    }
  }

  get count(): number {
    return this.#count;
  }

  /** Resolves once nothing is running (at once when idle). */
  idle(): Promise<void> {
    return this.#count === 0 ? Promise.resolve() : new Promise((resolve) => this.#waiters.push(resolve));
  }
}
