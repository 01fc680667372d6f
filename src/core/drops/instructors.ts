import type { Store } from '../../store/index.ts';
import { fail, ok, type Result } from '../errors.ts';
import { hasCommunities, type Identity, type User } from '../identity.ts';

/**
 * Who may run drops: workspace admins and owners (as the platform says, for the place the request
 * came from) and the instructors listed here. The list is per community: on Discord, an instructor
 * added in one server is one there only; on Slack (no communities) the rows are the workspace's.
 */
export class Instructors {
  readonly #store: Store;
  constructor(store: Store) {
    this.#store = store;
  }

  async canManage(user: User, who: Identity): Promise<boolean> {
    // The terminal and the CLI are one person's own workspace: they run it.
    if (who.platform === 'shell' || who.platform === 'cli') return true;
    if (who.roles?.some((r) => r === 'admin' || r === 'owner')) return true;
    return this.#store.drops.isInstructor(user.workspaceId, user.id, who.community ?? null);
  }

  /** The installer becomes the first instructor (Slack: a workspace is one community). */
  async addInstaller(who: Identity): Promise<void> {
    const u = await this.#store.users.ensure(who);
    await this.#store.drops.addInstructor(u.workspaceId, u.id, who.community ?? null);
  }

  /** Adds an instructor to the community the caller (`by`, `byWho`) speaks from. */
  async add(by: User, byWho: Identity, target: Identity): Promise<Result<void>> {
    if (hasCommunities(byWho.platform) && byWho.community === undefined) return fail('drops_from_server', { what: 'instructors' });
    const u = await this.#store.users.ensure(target);
    await this.#store.drops.addInstructor(by.workspaceId, u.id, byWho.community ?? null);
    return ok(undefined);
  }

  /** Removes an instructor from the caller's community; false when they were not one there. */
  async remove(by: User, byWho: Identity, target: Identity): Promise<Result<boolean>> {
    if (hasCommunities(byWho.platform) && byWho.community === undefined) return fail('drops_from_server', { what: 'instructors' });
    const u = await this.#store.users.ensure(target);
    return ok(await this.#store.drops.removeInstructor(by.workspaceId, u.id, byWho.community ?? null));
  }
}
