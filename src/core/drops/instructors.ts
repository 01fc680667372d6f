import type { Store } from '../../store/index.ts';
import type { Identity, User } from '../identity.ts';

/** Who may run drops: workspace admins and owners (as the platform says) and the instructors listed here. */
export class Instructors {
  readonly #store: Store;
  constructor(store: Store) {
    this.#store = store;
  }

  async canManage(user: User, who: Identity): Promise<boolean> {
    // The terminal and the CLI are one person's own workspace: they run it.
    if (who.platform === 'shell' || who.platform === 'cli') return true;
    if (who.roles?.some((r) => r === 'admin' || r === 'owner')) return true;
    return this.#store.drops.isInstructor(user.workspaceId, user.id);
  }

  /** The installer becomes the first instructor. */
  async addInstaller(who: Identity): Promise<void> {
    const u = await this.#store.users.ensure(who);
    await this.#store.drops.addInstructor(u.workspaceId, u.id);
  }

  async add(by: User, target: Identity): Promise<void> {
    const u = await this.#store.users.ensure(target);
    await this.#store.drops.addInstructor(by.workspaceId, u.id);
  }

  async remove(by: User, target: Identity): Promise<boolean> {
    const u = await this.#store.users.ensure(target);
    return this.#store.drops.removeInstructor(by.workspaceId, u.id);
  }
}
